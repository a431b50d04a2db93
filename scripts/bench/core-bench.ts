import { parseDocument } from 'yaml';
import { collectDiagnostics } from '../../src/core/diagnostics';
import {
  analyzeConfigText,
  planAnalyzedRender,
  renderAnalyzedLocation,
  renderAnalyzedSource,
} from '../../src/core/pipeline';
import type { AnalyzedRenderInput, ConfigAnalysis } from '../../src/core/pipeline';
import { generateConfigText } from '../../src/core/pipeline/fixtures/generate-config';
import { DEFAULT_DEPLOYMENT_NAME, DEFAULT_JOB_NAME, renderLocation } from '../../src/core/render';
import { checkRenderedManifest } from '../../src/core/render/checks';
import { AGENT_HELM_VALUES_SNIPPET } from '../../src/core/templates';
import { parseYamlText } from '../../src/core/yaml';
import { summarize, timeInterleaved, timeOnce, type Summary, type Timing } from './stats';

/**
 * Part 1 of `npm run bench`: the core pipeline on generated files, from scratch and per
 * keystroke, next to `yaml`'s parseDocument alone on the same text.
 */

/** One file size's figures (ms). Absent entries were not run at that size (too slow). */
export interface CoreSizeResult {
  readonly locations: number;
  readonly bytes: number;
  readonly parseDocument: Timing;
  /** parseYamlText + collectDiagnostics: what the store ran per change before the pipeline. */
  readonly wholeCheck: Timing;
  /** analyzeConfigText from scratch (parse + diagnostics, per location). */
  readonly chunkedCheck: Timing;
  /** Whole-text check plus renderLocation of every location (quadratic: small sizes only). */
  readonly wholeRenderAll?: Timing;
  /** analyzeConfigText plus renderAnalyzedLocation of every location. */
  readonly chunkedRenderAll: Timing;
  /** What opening a file costs the app: check plus the first location's render. */
  readonly chunkedLoad: Timing;
}

function namesOf(value: unknown): (string | undefined)[] {
  const locations = (value as { locations?: unknown[] }).locations ?? [];
  return locations.map((location) => {
    const name = (location as { location_name?: unknown }).location_name;
    return typeof name === 'string' ? name : undefined;
  });
}

function renderAllWhole(text: string): void {
  const parsed = parseYamlText(text);
  collectDiagnostics(text);
  for (const locationName of namesOf(parsed.value))
    renderLocation({ parsedConfig: parsed, locationName });
}

function renderAllChunked(text: string): void {
  const analysis = analyzeConfigText(text);
  for (let index = 0; index < analysis.locationCount; index++)
    renderAnalyzedLocation(analysis, index);
}

/** Measures one size; `quick` lowers the repetitions for the largest files. */
export function benchCoreSize(locations: number): CoreSizeResult {
  const text = generateConfigText(locations);
  const budgetMs = locations >= 500 ? 3_000 : 1_500;
  const options = { minRuns: locations >= 500 ? 3 : 7, maxRuns: 40, budgetMs };
  const [parse, wholeCheck, chunkedCheck, chunkedLoad] = timeInterleaved(
    [
      () => parseDocument(text),
      () => {
        parseYamlText(text);
        collectDiagnostics(text);
      },
      () => analyzeConfigText(text),
      () => renderAnalyzedLocation(analyzeConfigText(text), 0),
    ],
    options,
  );
  const [chunkedRenderAll] = timeInterleaved([() => renderAllChunked(text)], {
    ...options,
    minRuns: locations >= 500 ? 3 : 5,
  });
  const wholeRenderAll =
    locations <= 200
      ? timeInterleaved([() => renderAllWhole(text)], { minRuns: 3, maxRuns: 10, budgetMs })[0]
      : undefined;
  return {
    locations,
    bytes: text.length,
    parseDocument: parse!,
    wholeCheck: wholeCheck!,
    chunkedCheck: chunkedCheck!,
    chunkedLoad: chunkedLoad!,
    chunkedRenderAll: chunkedRenderAll!,
    ...(wholeRenderAll ? { wholeRenderAll } : {}),
  };
}

/** Per-keystroke figures (ms) for one size. */
export interface KeystrokeResult {
  readonly locations: number;
  /** analyzeConfigText(next, previous) + render of the edited (selected) location. */
  readonly incremental: Timing;
  /** The same keystrokes through the whole-text functions (smaller sizes only). */
  readonly whole?: Timing;
  /** How many of the keystrokes the pipeline handled per chunk. */
  readonly chunkedShare: number;
}

/**
 * Types `count` characters into the middle location's module name, one analysis per
 * keystroke, as the store does while the user types in the editor.
 */
export function benchKeystrokes(locations: number, count = 120): KeystrokeResult {
  const base = generateConfigText(locations);
  const target = Math.floor(locations / 2);
  const anchor = `module_name: pipes.loc_${target}.defs`;
  const at = base.indexOf(anchor) + anchor.length;
  const typed = 'abcdefghij'.repeat(Math.ceil(count / 10)).slice(0, count);
  const texts = Array.from(
    { length: count },
    (_, index) => base.slice(0, at) + typed.slice(0, index + 1) + base.slice(at),
  );
  let analysis: ConfigAnalysis = analyzeConfigText(base);
  renderAnalyzedLocation(analysis, target);
  const incremental = { wall: [] as number[], cpu: [] as number[] };
  let chunked = 0;
  for (const text of texts) {
    const { wall, cpu } = timeOnce(() => {
      analysis = analyzeConfigText(text, analysis);
      renderAnalyzedLocation(analysis, target);
    });
    incremental.wall.push(wall);
    incremental.cpu.push(cpu);
    if (analysis.mode === 'chunked') chunked++;
  }
  let whole: Timing | undefined;
  if (locations <= 200) {
    const samples = { wall: [] as number[], cpu: [] as number[] };
    for (const text of texts.slice(0, locations <= 10 ? count : 30)) {
      const { wall, cpu } = timeOnce(() => {
        parseYamlText(text);
        collectDiagnostics(text);
        renderLocation({ configText: text, locationName: `loc-${target}` });
      });
      samples.wall.push(wall);
      samples.cpu.push(cpu);
    }
    whole = { wall: summarize(samples.wall), cpu: summarize(samples.cpu) };
  }
  return {
    locations,
    incremental: { wall: summarize(incremental.wall), cpu: summarize(incremental.cpu) },
    chunkedShare: chunked / count,
    ...(whole ? { whole } : {}),
  };
}

/** The render inputs the app starts with (src/store/render-inputs.ts' defaults). */
const APP_RENDER_INPUTS: AnalyzedRenderInput = {
  helmValues: AGENT_HELM_VALUES_SNIPPET,
  deploymentName: DEFAULT_DEPLOYMENT_NAME,
  jobName: DEFAULT_JOB_NAME,
};

/** Per-keystroke figures (CPU ms) of the preview path, split into its two halves. */
export interface PreviewKeystrokeResult {
  readonly locations: number;
  /** analyzeConfigText(next, previous). */
  readonly analysis: Summary;
  /** planAnalyzedRender + renderAnalyzedSource (kind 'all') + checkRenderedManifest of each. */
  readonly render: Summary;
  /** Both, per keystroke. */
  readonly total: Summary;
}

/**
 * Types and deletes characters in location 1's image tag (`count` keystrokes) as the app handles
 * a keystroke in the editor: the analysis against the previous one, then the preview of that
 * location with the app's default inputs (every object rendered in one call, then checked, as
 * src/ui/preview/render-preview.ts does; the YAML of the shown tab is not printed). Timed per
 * half (section 1c of `npm run bench`).
 */
export function benchPreviewKeystrokes(locations: number, count = 200): PreviewKeystrokeResult {
  const base = generateConfigText(locations);
  const anchor = 'image: registry.example.com/data/loc-1:v1.1';
  const at = base.indexOf(anchor) + anchor.length;
  // Ten characters typed, then deleted one by one, over and over: the image stays realistic.
  const texts = Array.from({ length: count }, (_, index) => {
    const step = (index + 1) % 20;
    const length = step <= 10 ? step : 20 - step;
    // Joined, not concatenated: a flat string, as the editor's getValue() gives.
    return [base.slice(0, at), 'abcdefghij'.slice(0, length), base.slice(at)].join('');
  });
  const renderOne = (analysis: ConfigAnalysis): void => {
    const source = planAnalyzedRender(analysis, 1);
    const result = renderAnalyzedSource(source, { ...APP_RENDER_INPUTS, kind: 'all' });
    for (const manifest of result.manifests) checkRenderedManifest(manifest);
  };
  let analysis: ConfigAnalysis = analyzeConfigText(base);
  renderOne(analysis);
  const samples = { analysis: [] as number[], render: [] as number[], total: [] as number[] };
  for (const text of texts) {
    const first = timeOnce(() => {
      analysis = analyzeConfigText(text, analysis);
    });
    const second = timeOnce(() => renderOne(analysis));
    samples.analysis.push(first.cpu);
    samples.render.push(second.cpu);
    samples.total.push(first.cpu + second.cpu);
  }
  return {
    locations,
    analysis: summarize(samples.analysis),
    render: summarize(samples.render),
    total: summarize(samples.total),
  };
}
