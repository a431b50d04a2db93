import { describe, expect, it } from 'vitest';
import { analyzeConfigText } from './analyze-config';
import { viewFromScratch, viewOfAnalysis } from './fixtures/compare';

/**
 * Real files (../shared/corpus, absent from a fresh clone): CRLF, unindented lists, comments,
 * odd spacing. Each is analysed from scratch and after typing into every location's name;
 * every result must equal the whole-text functions'. Read through Vite (`?raw` keeps the
 * bytes): the core's lint forbids Node built-ins.
 */
const corpus = import.meta.glob<string>('../../../../shared/corpus/config/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const files = Object.entries(corpus)
  .map(([path, text]) => [path.replace(/^.*\//, ''), text] as const)
  .sort(([a], [b]) => a.localeCompare(b));
const available = files.length > 0;
if (!available) console.warn('pipeline corpus test: ../shared/corpus is absent, skipped');

describe.skipIf(!available)('the pipeline on the corpus', () => {
  it.each(files)('%s: from scratch and after typing in each location', (_, text) => {
    let analysis = analyzeConfigText(text);
    expect(viewOfAnalysis(analysis)).toEqual(viewFromScratch(text));
    let current = text;
    for (const match of text.matchAll(/location_name:[^\r\n#]*/g)) {
      const at = (match.index ?? 0) + match[0].trimEnd().length;
      const shift = current.length - text.length;
      current = `${current.slice(0, at + shift)}x${current.slice(at + shift)}`;
      analysis = analyzeConfigText(current, analysis);
      expect(viewOfAnalysis(analysis)).toEqual(viewFromScratch(current));
    }
  });

  it('handles most real files per location', () => {
    const chunked = files.filter(([, text]) => analyzeConfigText(text).mode === 'chunked');
    expect(chunked.length).toBeGreaterThanOrEqual(files.length - 4);
  });
});
