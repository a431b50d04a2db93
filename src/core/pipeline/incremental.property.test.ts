import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeConfigText } from './analyze-config';
import { viewFromScratch, viewOfAnalysis } from './fixtures/compare';
import { generateConfigText } from './fixtures/generate-config';
import { PIPELINE_TEXTS } from './fixtures/texts';
import type { ConfigAnalysis } from './types';

/**
 * The pipeline's promise: after any sequence of edits, the incremental analysis (each one made
 * from the previous) equals the whole-text functions on the edited text. The edits are random
 * splices of characters and fragments that make, break and mend YAML: new items, keys at the
 * items' column, quotes and brackets left open, duplicate names, k8s blocks appearing.
 */

const FRAGMENTS = [
  'a',
  ' ',
  '\n',
  ':',
  '-',
  '"',
  "'",
  '#',
  '[',
  ']',
  '{',
  '}',
  '0',
  '\n  - location_name: added\n    image: x:1\n',
  '\n- location_name: flat\n',
  '  - location_name: alpha\n',
  'location_name: beta',
  '\n    container_context:\n      k8s:\n        namespace: ns\n',
  '\n    image: ',
  'env_vars: [A=1, B]',
  '\nextra: 1\n',
  'defaults:\n  image: d:1\n',
  '\n        resources:\n          limits: {cpu: "1"}\n',
  '    bad indent: [\n',
];

interface Edit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

const editArbitrary: fc.Arbitrary<Edit> = fc
  .record({
    at: fc.integer({ min: 0, max: 999_999 }).map((at) => at / 1_000_000),
    remove: fc.nat({ max: 6 }),
    insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constant('')),
  })
  .map(({ at, remove, insert }) => ({ at, remove, insert }));

function applyEdit(text: string, edit: Edit): string {
  const offset = Math.floor(edit.at * text.length);
  const remove = Math.min(edit.remove, text.length - offset);
  return text.slice(0, offset) + edit.insert + text.slice(offset + remove);
}

describe('incremental analysis equals the whole-text functions', () => {
  for (const [name, initial] of Object.entries(PIPELINE_TEXTS)) {
    it(`after random edits of ${name}`, () => {
      fc.assert(
        fc.property(fc.array(editArbitrary, { minLength: 1, maxLength: 6 }), (edits) => {
          let text = initial;
          let analysis: ConfigAnalysis = analyzeConfigText(text);
          for (const edit of edits) {
            text = applyEdit(text, edit);
            analysis = analyzeConfigText(text, analysis);
            expect(viewOfAnalysis(analysis)).toEqual(viewFromScratch(text));
          }
        }),
        { numRuns: 25, seed: 20_240_6 },
      );
    }, 120_000);
  }
});

/** What a person does while typing: one character in, or one out (Backspace). */
const keystrokeArbitrary: fc.Arbitrary<Edit> = fc.record({
  // Unbiased integers: fast-check favours the ends of a range (and doubles cluster near 0),
  // but people type all over the file.
  at: fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((at) => at / 1_000_000),
  remove: fc.constantFrom(0, 0, 0, 1),
  // Mostly letters and digits, sometimes the characters that change YAML's structure.
  insert: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('a', 'z', '0', '-', '.', '') },
    { weight: 1, arbitrary: fc.constantFrom(' ', ':', '"', '#', '\n', '\n    ', '[') },
  ),
});

describe('typing into a generated file', () => {
  it('stays equal to the whole-text functions, mostly without analysing the whole text', () => {
    const initial = generateConfigText(6);
    let steps = 0;
    let chunked = 0;
    fc.assert(
      fc.property(fc.array(keystrokeArbitrary, { minLength: 1, maxLength: 10 }), (edits) => {
        let text = initial;
        let analysis: ConfigAnalysis = analyzeConfigText(text);
        for (const edit of edits) {
          text = applyEdit(text, edit);
          analysis = analyzeConfigText(text, analysis);
          steps++;
          if (analysis.mode === 'chunked') chunked++;
          expect(viewOfAnalysis(analysis)).toEqual(viewFromScratch(text));
        }
      }),
      { numRuns: 15, seed: 6 },
    );
    expect(chunked / steps).toBeGreaterThan(0.5);
  }, 180_000);
});
