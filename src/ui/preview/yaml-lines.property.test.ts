import fc from 'fast-check';
import { parse, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../core/render/merge/types';
import { listLeafPointers } from '../../core/render/manifests/origins';
import { readPointer } from '../../core/render/manifests/placeholders';
import {
  renderManifestsYaml,
  renderManifestYamlSpans,
} from '../../core/render/manifests/serialize';
import type { ManifestMark, RenderedManifest } from '../../core/render/manifests/types';
import { goldenRenderInput } from '../../core/render/golden/drivers';
import { renderPreview } from './render-preview';
import { buildTabView } from './tab-view';
import { buildYamlLines, parseYamlLines, rememberPrintedYaml } from './yaml-lines';

/**
 * The preview classifies the manifests from the spans their printer reports; the lines must be
 * exactly those of the reference, which parses the printed text back with `yaml`.
 */

function manifestOf(body: JsonObject, marks: readonly ManifestMark[] = []): RenderedManifest {
  return { role: 'run', body, namespace: null, display: {}, origins: new Map(), marks };
}

/** Prints `manifests` as the preview does, then compares its lines with the reference's. */
function expectSameLines(manifests: readonly RenderedManifest[]): number {
  const printed = manifests.map((manifest) => renderManifestYamlSpans(manifest));
  for (const item of printed) rememberPrintedYaml(item);
  const text = printed.map((item) => item.text).join('---\n');
  expect(text).toBe(renderManifestsYaml(manifests));
  expect(buildYamlLines(text)).toEqual(parseYamlLines(text));
  return printed.filter((item) => item.spans !== null).length;
}

const fixtures = import.meta.glob<string>('../../core/render/golden/fixtures/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const goldenInputs = Object.entries(fixtures)
  .filter(([path]) => path.endsWith('.input.yaml'))
  .map(
    ([path, text]) => [path, parse(text, { version: '1.1' }) as Record<string, unknown>] as const,
  );
const goldenExpected = Object.entries(fixtures).filter(([path]) => path.endsWith('.expected.yaml'));

describe('buildYamlLines from the printer spans: the lines of the reference parse', () => {
  it.each(goldenInputs.filter(([, input]) => input.driver === 'agent'))(
    'golden %s through the preview (every tab)',
    (_, input) => {
      const preview = renderPreview(goldenRenderInput(input));
      const rendered = preview.targets.filter((target) => target.manifest !== null);
      expect(rendered.length).toBeGreaterThanOrEqual(3);
      for (const tab of ['run', 'deployment', 'service', 'all'] as const) {
        const { yaml } = buildTabView(preview, tab);
        expect(buildYamlLines(yaml)).toEqual(parseYamlLines(yaml));
      }
      expect(expectSameLines(rendered.map((target) => target.manifest!))).toBe(rendered.length);
    },
  );

  it.each(goldenExpected)('golden objects of %s, marks on every third scalar', (_, text) => {
    const bodies = parseAllDocuments(text, { version: '1.1' }).map(
      (doc) => doc.toJS() as JsonObject,
    );
    const manifests = bodies
      .filter((body) => body !== null && typeof body === 'object' && !Array.isArray(body))
      .map((body) => {
        const leaves = listLeafPointers(body)
          .filter((pointer) => typeof readPointer(body, pointer) !== 'object')
          .filter((_, index) => index % 3 === 0);
        return manifestOf(
          body,
          leaves.map((pointer, index) => ({
            pointer,
            comment: index % 2 ? 'display' : 'placeholder: "xxxxxx" = random suffix',
          })),
        );
      });
    expect(expectSameLines(manifests)).toBe(manifests.length);
  });

  it('classifies a remembered text from its spans, in any piece of the stream', () => {
    const printed = renderManifestYamlSpans(manifestOf({ kind: 'Job', count: '1' }));
    expect(printed.text).toBe("kind: Job\ncount: '1'\n");
    // Spans that no parse would give: only the spans path can produce these lines.
    rememberPrintedYaml({
      text: printed.text,
      spans: printed.spans!.map((span) => ({ ...span, pointer: `/spans${span.pointer}` })),
    });
    const lines = buildYamlLines(`a: 1\n---\n${printed.text}`);
    expect(lines.slice(2)).toEqual([
      [
        { text: 'kind', kind: 'key', document: 1, pointer: '/spans/kind' },
        { text: ':', kind: 'punctuation' },
        { text: ' ', kind: 'text' },
        { text: 'Job', kind: 'string', document: 1, pointer: '/spans/kind' },
      ],
      [
        { text: 'count', kind: 'key', document: 1, pointer: '/spans/count' },
        { text: ':', kind: 'punctuation' },
        { text: ' ', kind: 'text' },
        { text: "'1'", kind: 'string', document: 1, pointer: '/spans/count' },
      ],
    ]);
    expect(buildYamlLines(printed.text)[0]![0]).toEqual({
      text: 'kind',
      kind: 'key',
      document: 0,
      pointer: '/spans/kind',
    });
  });
});

/** Strings that print plain, single-quoted, double-quoted or as block scalars. */
const STRINGS = [
  '',
  'loc-1',
  'registry.example.com/data/loc-1:v1.1',
  'yes',
  'on',
  'n',
  'null',
  '~',
  '1',
  '0.5',
  '1715790000.0',
  '0o17',
  '1:30',
  '2001-12-14',
  '<run-id>',
  '{"a": 1}',
  'a: b',
  'a #b',
  'a#b',
  '#x',
  ' lead',
  'trail ',
  '- x',
  '?',
  "it's",
  "'x",
  '"quoted"',
  `both ' and "`,
  '---',
  '--- x',
  'a\nb',
  'line\n',
  'a\n---\nb',
  'tab\there',
  'ctl\u0007',
  'é ü 漢字',
  'a/b~c',
  '*alias',
  '|',
];

const stringArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...STRINGS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const scalarArb = fc.oneof(
  { weight: 4, arbitrary: stringArb },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, -7, 0.5, 1e21, 1.5e-7, NaN, -Infinity) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null, [], {}) },
);
const { value: valueArb } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: scalarArb },
    { weight: 1, arbitrary: fc.array(tie('value'), { minLength: 1, maxLength: 3 }) },
    { weight: 1, arbitrary: tie('map') },
  ),
  map: fc.dictionary(stringArb, tie('value'), { minKeys: 1, maxKeys: 4 }),
}));
const bodyArb = fc.dictionary(stringArb, valueArb, { minKeys: 1, maxKeys: 5 });
const manifestArb = fc
  .tuple(bodyArb, fc.array(fc.nat(), { maxLength: 4 }))
  .map(([generated, picks]) => {
    const body = generated as JsonObject;
    const leaves = listLeafPointers(body);
    const marks = picks.map((pick, index) => ({
      pointer: leaves[pick % leaves.length] ?? '',
      comment: index % 2 ? 'display' : 'placeholder: new UUID per run',
    }));
    return manifestOf(body, marks);
  });

describe('buildYamlLines from the printer spans, on random manifests', () => {
  it('equals the reference on streams of one to four documents', () => {
    let documents = 0;
    let withSpans = 0;
    fc.assert(
      fc.property(fc.array(manifestArb, { minLength: 1, maxLength: 4 }), (manifests) => {
        documents += manifests.length;
        withSpans += expectSameLines(manifests);
      }),
      { numRuns: 1500 },
    );
    // Most documents must go through the spans, not the parse fallback.
    expect(withSpans / documents).toBeGreaterThan(0.25);
  });
});
