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

// The real-world corpus lives in ../shared, next to the repository (absent in a fresh clone).
// Read through Vite (`?raw` keeps the bytes): the core's lint forbids Node built-ins.
const corpus = import.meta.glob<string>('../../../../shared/corpus/{config,tags,helm}/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const files = Object.entries(corpus)
  .map(([path, text]) => [path.replace(/^.*\/corpus\//, ''), text] as const)
  .sort(([a], [b]) => a.localeCompare(b));
const hasCorpus = files.length > 0;
if (!hasCorpus) console.warn('corpus.test: ../shared/corpus is absent, corpus round trips skipped');

describe.skipIf(!hasCorpus)('the real-world corpus', () => {
  it('holds config, tags and helm files', () => {
    const folders = new Set(files.map(([name]) => name.split('/')[0]));
    expect([...folders].sort()).toEqual(['config', 'helm', 'tags']);
  });

  it.each(files)('%s prints back byte for byte', (_name, text) => {
    expect(printYamlTokens(parseYamlText(text))).toBe(text);
  });

  it.each(files)('%s: setting its first scalar changes exactly one line', (_name, text) => {
    const parsed = parseYamlText(text);
    const path = findFirstScalarLeaf(parsed);
    expect(path).toBeDefined();
    const edited = applyTextEdits(text, planSetValue(parsed, path ?? [], 'changed-value'));
    expect(listChangedLines(text, edited)).toHaveLength(1);
    const reparsed = parseYamlText(edited);
    expect(reparsed.problems.map((p) => p.code)).toEqual(parsed.problems.map((p) => p.code));
    expect(readAtPath(reparsed.value, path ?? [])).toBe('changed-value');
    if (!hasAliases(parsed)) {
      expect(reparsed.value).toEqual(replaceAtPath(parsed.value, path ?? [], 'changed-value'));
    }
  });
});
