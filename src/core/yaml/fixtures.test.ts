import { describe, expect, it } from 'vitest';
import { parseYamlText } from './parse-yaml';
import { planSetValue } from './plan-set-value';
import { printYamlTokens } from './print-yaml';
import {
  findFirstScalarLeaf,
  hasAliases,
  listChangedLines,
  readAtPath,
  replaceAtPath,
} from './round-trip-checks';
import { applyTextEdits } from './text-edit';

// Read through Vite (`?raw` keeps the bytes): the core's lint forbids Node built-ins, tests included.
const fixtures = import.meta.glob<string>('./fixtures/*.yaml.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const names = Object.keys(fixtures)
  .map((path) => path.slice('./fixtures/'.length))
  .sort();

function readFixture(name: string): string {
  const text = fixtures[`./fixtures/${name}`];
  if (text === undefined) throw new Error(`No fixture ${name}`);
  return text;
}

describe('fixtures', () => {
  it('are all there', () => {
    expect(names).toEqual([
      'anchors-aliases.yaml.txt',
      'blank-lines.yaml.txt',
      'block-scalars.yaml.txt',
      'comment-only.yaml.txt',
      'comments.yaml.txt',
      'crlf.yaml.txt',
      'empty.yaml.txt',
      'flow-style.yaml.txt',
      'no-final-newline.yaml.txt',
      'quoted-scalars.yaml.txt',
      'unindented-lists.yaml.txt',
    ]);
  });

  it('are read byte for byte (CRLF, no final newline)', () => {
    expect(readFixture('crlf.yaml.txt')).toMatch(/^locations:\r\n {2}# CRLF/);
    expect(readFixture('crlf.yaml.txt')).not.toMatch(/[^\r]\n/);
    expect(readFixture('no-final-newline.yaml.txt').endsWith('- only-secret')).toBe(true);
  });

  it.each(names)('%s parses without problems and prints back byte for byte', (name) => {
    const text = readFixture(name);
    const parsed = parseYamlText(text);
    expect(parsed.problems).toEqual([]);
    expect(printYamlTokens(parsed)).toBe(text);
  });

  it.each(names.filter((name) => !['empty.yaml.txt', 'comment-only.yaml.txt'].includes(name)))(
    '%s: setting its first scalar changes exactly one line and nothing else',
    (name) => {
      const text = readFixture(name);
      const parsed = parseYamlText(text);
      const path = findFirstScalarLeaf(parsed);
      expect(path).toBeDefined();
      const edited = applyTextEdits(text, planSetValue(parsed, path ?? [], 'changed-value'));
      expect(listChangedLines(text, edited)).toHaveLength(1);
      const reparsed = parseYamlText(edited);
      expect(reparsed.problems).toEqual([]);
      expect(readAtPath(reparsed.value, path ?? [])).toBe('changed-value');
      if (!hasAliases(parsed)) {
        expect(reparsed.value).toEqual(replaceAtPath(parsed.value, path ?? [], 'changed-value'));
      }
    },
  );
});
