import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeConfigText,
  planAnalyzedRender,
  type AnalyzedRenderInput,
  type ConfigAnalysis,
} from '../../core/pipeline';
import { generateConfigText } from '../../core/pipeline/fixtures/generate-config';
import { PIPELINE_TEXTS } from '../../core/pipeline/fixtures/texts';
import { parseYamlText } from '../../core/yaml';
import { renderAnalyzedPreview, renderPreview } from './render-preview';

/**
 * The preview's fast path (the selected location rendered from the per-location analysis,
 * memoized per location parse and inputs) must show exactly what renderPreview on the whole
 * text shows, after any edit, for every location and for inputs that fail some objects only.
 */

const INPUTS: readonly AnalyzedRenderInput[] = [
  {},
  { opName: 'load', executorConfig: {} },
  { runTag: { container_config: 3 } },
];

const FRAGMENTS = [
  'a',
  ' ',
  '\n',
  ':',
  '-',
  '"',
  '#',
  '[',
  '0',
  '\n  - location_name: added\n    image: x:1\n',
  'location_name: beta',
  '\n    container_context:\n      k8s:\n        namespace: ns\n',
  '\n    image: ',
  'defaults:\n  image: d:1\n',
  '\n        resources:\n          limits: {cpu: "1"}\n',
];

interface Edit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  at: fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((at) => at / 1_000_000),
  remove: fc.nat({ max: 4 }),
  insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constant('')),
});

function applyEdit(text: string, edit: Edit): string {
  const offset = Math.floor(edit.at * text.length);
  const remove = Math.min(edit.remove, text.length - offset);
  return text.slice(0, offset) + edit.insert + text.slice(offset + remove);
}

/** The location name the whole-text preview gets: the name of entry `index`, when a string. */
function nameAt(text: string, index: number): string | undefined {
  const locations = (parseYamlText(text).value as { locations?: unknown } | null)?.locations;
  const location = Array.isArray(locations) ? (locations[index] as unknown) : undefined;
  const name = (location as { location_name?: unknown } | null)?.location_name;
  return typeof name === 'string' ? name : undefined;
}

function fastPreview(analysis: ConfigAnalysis, index: number, inputs: AnalyzedRenderInput) {
  return renderAnalyzedPreview(planAnalyzedRender(analysis, index), inputs, JSON.stringify(inputs));
}

function expectSamePreview(text: string, analysis: ConfigAnalysis, index: number): void {
  for (const inputs of INPUTS) {
    const expected = renderPreview({
      ...inputs,
      configText: text,
      locationName: nameAt(text, index),
    });
    expect(fastPreview(analysis, index, inputs)).toEqual(expected);
  }
}

const TEXTS: Readonly<Record<string, string>> = {
  ...PIPELINE_TEXTS,
  generated: generateConfigText(4),
};

describe('the analysed preview equals renderPreview on the whole text', () => {
  for (const [name, initial] of Object.entries(TEXTS)) {
    it(`after random edits of ${name}`, () => {
      fc.assert(
        fc.property(
          fc.array(editArbitrary, { minLength: 1, maxLength: 5 }),
          fc.nat({ max: 5 }),
          (edits, index) => {
            let text = initial;
            let analysis = analyzeConfigText(text);
            expectSamePreview(text, analysis, index);
            for (const edit of edits) {
              text = applyEdit(text, edit);
              analysis = analyzeConfigText(text, analysis);
              expectSamePreview(text, analysis, index);
            }
          },
        ),
        { numRuns: 15, seed: 20_261_128 },
      );
    }, 180_000);
  }
});

describe('renderAnalyzedPreview memoizes per location', () => {
  const text = generateConfigText(4);
  const image = 'registry.example.com/data/loc-1:v1.1';
  const at = text.indexOf(image) + image.length;

  it('returns the same preview for a keystroke in another location, a new one in its own', () => {
    const before = analyzeConfigText(text);
    const otherEdit = text.indexOf('location_name: loc-3') + 'location_name: loc-3'.length;
    const elsewhere = analyzeConfigText(
      `${text.slice(0, otherEdit)}x${text.slice(otherEdit)}`,
      before,
    );
    const inside = analyzeConfigText(`${text.slice(0, at)}x${text.slice(at)}`, before);
    expect(before.mode).toBe('chunked');
    expect(elsewhere.mode).toBe('chunked');
    expect(fastPreview(elsewhere, 1, {})).toBe(fastPreview(before, 1, {}));
    const edited = fastPreview(inside, 1, {});
    expect(edited).not.toBe(fastPreview(before, 1, {}));
    expect(edited.targets.find((target) => target.role === 'run')?.yaml).toContain(`${image}x`);
  });

  it('renders again when the inputs change', () => {
    const analysis = analyzeConfigText(text);
    const plain = fastPreview(analysis, 1, {});
    const withStep = fastPreview(analysis, 1, { opName: 'load', executorConfig: {} });
    expect(withStep).not.toBe(plain);
    expect(withStep.targets.map((target) => target.role)).toEqual([
      'deployment',
      'service',
      'run',
      'step',
    ]);
    expect(fastPreview(analysis, 1, {})).toBe(plain);
  });
});
