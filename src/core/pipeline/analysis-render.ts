import { renderLocation, type RenderLocationInput, type RenderLocationResult } from '../render';
import { applyLocationDefaults } from '../render/merge';
import type { ParsedYaml } from '../yaml';
import { readAnalysisState } from './analyze-config';
import type { ChunkParse } from './chunk-parse';
import { renameIndexDeep, renameIndexInText } from './place';
import type { ConfigAnalysis } from './types';
import { getOrCreate } from '../get-or-create';

/**
 * The rendered manifests of one location, served from the location's own chunk when the
 * analysis is chunked; they equal what renderLocation gives on the whole text.
 */

/** renderLocation's input without the config, which comes from the analysis. */
export type AnalyzedRenderInput = Omit<
  RenderLocationInput,
  'configText' | 'parsedConfig' | 'config' | 'locationName'
>;

function nameOf(location: unknown): string | undefined {
  if (location === null || typeof location !== 'object') return undefined;
  const name = (location as { location_name?: unknown }).location_name;
  return typeof name === 'string' ? name : undefined;
}

/**
 * A stand-in parse that fails the way the whole text does: renderLocation refuses a config
 * with YAML errors by reporting the first one (with its line and column in the whole text).
 */
function failingParse(analysis: ConfigAnalysis, chunk: ChunkParse): ParsedYaml | null {
  const problem = analysis.problems.find((item) => item.severity === 'error');
  return problem ? { ...chunk.parsed, problems: [problem] } : null;
}

const defaultsMergeFails = new WeakMap<ChunkParse, boolean>();

/**
 * The first chunk whose item `defaults:` cannot be merged into: Dagster merges every location
 * before picking one, so that error is every location's. Memoized per chunk parse.
 */
function findDefaultsFailure(chunks: readonly ChunkParse[]): number {
  const root = chunks[0]?.root as { defaults?: unknown } | null | undefined;
  if (root?.defaults === undefined || root.defaults === null) return -1;
  return chunks.findIndex((chunk) => {
    let fails = defaultsMergeFails.get(chunk);
    if (fails === undefined) {
      // The item's own document, without parsing it: the frame's keys and this one location.
      fails = !applyLocationDefaults({ ...(chunk.root as object), locations: [chunk.location] }).ok;
      defaultsMergeFails.set(chunk, fails);
    }
    return fails;
  });
}

/**
 * What renderLocation needs to render location `index` of an analysed text: the parse to render
 * from (the location's own chunk when the analysis is chunked), the location's name, and the
 * index its results must be renamed to (chunks hold their item as location 0). The parse keeps
 * its identity while the chunk's text is unchanged, so callers can memoize renders on it.
 */
export interface AnalyzedRenderSource {
  readonly parsedConfig: ParsedYaml;
  readonly locationName: string | undefined;
  /** Rename location 0 to this index in the result (0: use it as it is). */
  readonly renameTo: number;
}

const plans = new WeakMap<ConfigAnalysis, Map<number, AnalyzedRenderSource>>();

/**
 * Where location `index` of the analysed text renders from (see {@link AnalyzedRenderSource}).
 * The same analysis and index give the same object.
 */
export function planAnalyzedRender(analysis: ConfigAnalysis, index: number): AnalyzedRenderSource {
  const byIndex = getOrCreate(plans, analysis, () => new Map());
  return getOrCreate(byIndex, index, () => planRender(analysis, index));
}

function planRender(analysis: ConfigAnalysis, index: number): AnalyzedRenderSource {
  const state = readAnalysisState(analysis);
  if (state.mode === 'whole') {
    const locations = (analysis.value as { locations?: unknown } | null)?.locations;
    const location = Array.isArray(locations) ? (locations[index] as unknown) : undefined;
    return { parsedConfig: state.parsed, locationName: nameOf(location), renameTo: 0 };
  }
  const { chunks } = state;
  const name = nameOf(chunks[index]?.location);
  const broken = analysis.problems.some((problem) => problem.severity === 'error');
  const failure = broken ? -1 : findDefaultsFailure(chunks);
  // Without a name renderLocation takes the first location.
  const at = failure !== -1 ? failure : name === undefined ? 0 : index;
  const chunk = chunks[at];
  if (!chunk) return { parsedConfig: chunks[0]!.parsed, locationName: name, renameTo: 0 };
  const failing = broken ? failingParse(analysis, chunk) : null;
  if (failing) return { parsedConfig: failing, locationName: name, renameTo: 0 };
  return { parsedConfig: chunk.parsed, locationName: name, renameTo: at };
}

/**
 * A render result with location 0 renamed to `index` (as renameIndexDeep renames it), its
 * `yaml` renamed on first read: renderLocation prints it only when read, and the preview
 * never reads it.
 */
export function renameRenderResult(
  result: RenderLocationResult,
  index: number,
): RenderLocationResult {
  if (index === 0 || result.error) return renameIndexDeep(result, index);
  const { locationName, manifests, notes } = result;
  let yaml: string | undefined;
  return {
    locationName: locationName === null ? null : renameIndexInText(locationName, index),
    manifests: renameIndexDeep(manifests, index),
    get yaml() {
      yaml ??= renameIndexInText(result.yaml, index);
      return yaml;
    },
    notes: renameIndexDeep(notes, index),
  };
}

/** Renders from a planned source: renderLocation on its parse, renamed to its index. */
export function renderAnalyzedSource(
  source: AnalyzedRenderSource,
  input: AnalyzedRenderInput = {},
): RenderLocationResult {
  const { parsedConfig, locationName, renameTo } = source;
  return renameRenderResult(renderLocation({ ...input, parsedConfig, locationName }), renameTo);
}

/**
 * Renders location `index` of the analysed text, as renderLocation({ configText, locationName })
 * with that location's name renders it on the whole text (a location without a string name
 * renders the first one, as renderLocation does without a name). Only that location's chunk is
 * rendered; the whole text is not parsed again.
 */
export function renderAnalyzedLocation(
  analysis: ConfigAnalysis,
  index: number,
  input: AnalyzedRenderInput = {},
): RenderLocationResult {
  return renderAnalyzedSource(planAnalyzedRender(analysis, index), input);
}
