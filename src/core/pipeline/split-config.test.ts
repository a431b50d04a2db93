import { describe, expect, it } from 'vitest';
import {
  CRLF_NO_FINAL_NEWLINE,
  K8S_LOCATIONS,
  WITH_DEFAULTS,
  WITH_TRAILER,
} from './fixtures/texts';
import { hasUnsupportedSyntax, splitConfigText } from './split-config';

/** Offset and 0-based line of the line holding `needle`. */
function lineOf(text: string, needle: string): [number, number] {
  const offset = text.indexOf(needle);
  const lineStart = text.lastIndexOf('\n', offset) + 1;
  return [lineStart, text.slice(0, lineStart).split('\n').length - 1];
}

describe('splitConfigText', () => {
  it('finds indented items, with comments and blank lines kept in the item before them', () => {
    const [alpha, alphaLine] = lineOf(K8S_LOCATIONS, '- location_name: alpha');
    const [beta, betaLine] = lineOf(K8S_LOCATIONS, '- location_name: beta');
    const [gamma, gammaLine] = lineOf(K8S_LOCATIONS, '- location_name: gamma');
    expect([alphaLine, betaLine, gammaLine]).toEqual([2, 16, 19]);
    expect(splitConfigText(K8S_LOCATIONS)).toEqual({
      starts: [alpha, beta, gamma],
      lines: [2, 16, 19],
      end: K8S_LOCATIONS.length,
      indent: 2,
    });
  });

  it('finds an unindented list after a defaults block', () => {
    const [one] = lineOf(WITH_DEFAULTS, '- location_name: one');
    const [two] = lineOf(WITH_DEFAULTS, '- location_name: two');
    expect(splitConfigText(WITH_DEFAULTS)).toEqual({
      starts: [one, two],
      lines: [6, 10],
      end: WITH_DEFAULTS.length,
      indent: 0,
    });
  });

  it('ends the list at the next top-level key, which starts the trailer', () => {
    expect(splitConfigText(WITH_TRAILER)).toEqual({
      starts: [11, 99],
      lines: [1, 6],
      end: WITH_TRAILER.indexOf('extra_key'),
      indent: 2,
    });
  });

  it('reads CRLF lines and a last item without a final newline', () => {
    expect(splitConfigText(CRLF_NO_FINAL_NEWLINE)).toEqual({
      starts: [12, 91],
      lines: [1, 5],
      end: CRLF_NO_FINAL_NEWLINE.length,
      indent: 2,
    });
  });

  it.each([
    ['anchors', 'x: &a 1\nlocations:\n  - location_name: a\n    image: *a\n'],
    ['Jinja', 'locations:\n  - location_name: "{{ env }}"\n'],
    ['a flow list', 'locations: [{location_name: a}]\n'],
    [
      'a second locations key',
      'locations:\n  - location_name: a\nlocations:\n  - location_name: b\n',
    ],
    ['a quoted key', '"locations":\n  - location_name: a\n'],
    ['no items', 'locations:\n# none yet\n'],
    ['a non-item first line', 'locations:\n  location_name: a\n'],
    ['a line less indented than the items', 'locations:\n    - location_name: a\n  image: x\n'],
    ['a literal locations.0', 'locations:\n  - location_name: a # see locations.0\n'],
    ['tab indentation', 'locations:\n\t- location_name: a\n'],
    ['a document marker', 'locations:\n  - location_name: a\n---\nlocations: []\n'],
  ])('leaves %s to the whole-text analysis', (_, text) => {
    expect(splitConfigText(text)).toBeNull();
  });
});

describe('hasUnsupportedSyntax', () => {
  it('accepts plain block YAML and rejects what reaches across items', () => {
    expect(hasUnsupportedSyntax(K8S_LOCATIONS)).toBe(false);
    expect(hasUnsupportedSyntax('a: "*/5 * * * *"\n')).toBe(true);
    expect(hasUnsupportedSyntax('a: b\r c\n')).toBe(true);
    expect(hasUnsupportedSyntax('a: b\r\nc: d\r\n')).toBe(false);
  });
});
