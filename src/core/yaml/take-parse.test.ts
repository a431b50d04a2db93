import { describe, expect, it } from 'vitest';
import { parseYamlText, takeOrParseYamlText } from './parse-yaml';

const TEXT = 'locations:\n  - location_name: a\n    image: x\n';

describe('takeOrParseYamlText: the parse just made for a text is handed over once', () => {
  it('returns the very result parseYamlText just gave for the same text', () => {
    const parsed = parseYamlText(TEXT);
    expect(takeOrParseYamlText(TEXT)).toBe(parsed);
  });

  it('parses again once the result was taken, with an equal result', () => {
    const parsed = parseYamlText(TEXT);
    takeOrParseYamlText(TEXT);
    const again = takeOrParseYamlText(TEXT);
    expect(again).not.toBe(parsed);
    expect(again.value).toEqual({ locations: [{ location_name: 'a', image: 'x' }] });
    expect(again.problems).toEqual([]);
  });

  it('parses a different text itself and drops the kept one', () => {
    parseYamlText(TEXT);
    const other = takeOrParseYamlText('a: 1\n');
    expect(other.value).toEqual({ a: 1 });
    expect(takeOrParseYamlText(TEXT)).not.toBe(other);
  });
});
