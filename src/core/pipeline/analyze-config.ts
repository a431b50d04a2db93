import { createLineIndex, parseYamlText, type LineIndex, type ParsedYaml } from '../yaml';
import { assembleChunks, readLocationName } from './assemble';
import { parseChunk, type ChunkFrame, type ChunkParse } from './chunk-parse';
import { resplitAfterEdit } from './resplit';
import { seedChunks } from './seed-chunks';
import { splitConfigText, type ConfigSplit } from './split-config';
import type { ConfigAnalysis } from './types';
import { analyzeWholeText } from './whole-analysis';

/** What an analysis keeps for the next one and for renders and path lookups. */
export type AnalysisState =
  | { readonly mode: 'whole'; readonly parsed: ParsedYaml }
  | {
      readonly mode: 'chunked';
      readonly split: ConfigSplit;
      readonly frame: ChunkFrame;
      readonly chunks: readonly ChunkParse[];
      readonly fatal: boolean;
      /** The whole text's parse, made on first request. */
      parsed: ParsedYaml | null;
    };

const states = new WeakMap<ConfigAnalysis, AnalysisState>();

/** The state behind an analysis made by this module. */
export function readAnalysisState(analysis: ConfigAnalysis): AnalysisState {
  const state = states.get(analysis);
  if (!state) throw new Error('Not an analysis made by analyzeConfigText');
  return state;
}

function wholeAnalysis(text: string): ConfigAnalysis {
  const { analysis, parsed } = analyzeWholeText(text);
  states.set(analysis, { mode: 'whole', parsed });
  return analysis;
}

function sameFrame(a: ChunkFrame, b: ChunkFrame): boolean {
  return a === b || (a.header === b.header && a.trailer === b.trailer && a.indent === b.indent);
}

/** Chunk parses of the previous analysis by text, when they were made in the same frame. */
function indexPrevious(
  state: AnalysisState | undefined,
  frame: ChunkFrame,
): Map<string, ChunkParse> {
  const byText = new Map<string, ChunkParse>();
  if (state?.mode !== 'chunked' || !sameFrame(state.frame, frame)) return byText;
  for (const chunk of state.chunks) byText.set(chunk.text, chunk);
  return byText;
}

function chunkTexts(text: string, split: ConfigSplit, from: number, to: number): string[] {
  const texts: string[] = [];
  for (let index = from; index < to; index++)
    texts.push(text.slice(split.starts[index], split.starts[index + 1] ?? split.end));
  return texts;
}

function parseAll(texts: readonly string[], frame: ChunkFrame, reuse: Map<string, ChunkParse>) {
  return texts.map((chunk) => {
    const previous = reuse.get(chunk);
    return previous && previous.frame === frame ? previous : parseChunk(chunk, frame);
  });
}

/**
 * Splits the whole text again after an edit the re-scan could not follow, re-parsing only
 * chunks whose text is new. Null when the frame changed (every chunk would be new: analysing
 * the whole text is cheaper).
 */
function splitReusing(text: string, previous: AnalysisState) {
  if (previous.mode !== 'chunked') return null;
  const split = splitConfigText(text);
  if (!split) return null;
  const { frame } = previous;
  if (text.slice(0, split.starts[0]) !== frame.header || text.slice(split.end) !== frame.trailer)
    return null;
  if (split.indent !== frame.indent) return null;
  const reuse = indexPrevious(previous, frame);
  return {
    split,
    frame,
    chunks: parseAll(chunkTexts(text, split, 0, split.starts.length), frame, reuse),
    namesUnchanged: false,
  };
}

/**
 * From scratch: the whole text analysed at once (one parse and one check, the cheapest way),
 * then cut into chunks for the edits to come (see seedChunks). Chunked only when that works.
 */
function analyzeFromScratch(text: string): ConfigAnalysis {
  const { analysis, parsed } = analyzeWholeText(text);
  const split = splitConfigText(text);
  const chunks = split && seedChunks(text, split, parsed, analysis.diagnostics);
  if (!split || !chunks?.[0]) {
    states.set(analysis, { mode: 'whole', parsed });
    return analysis;
  }
  const chunked: ConfigAnalysis = { ...analysis, mode: 'chunked' };
  states.set(chunked, {
    mode: 'chunked',
    split,
    frame: chunks[0].frame,
    chunks,
    fatal: false,
    parsed,
  });
  return chunked;
}

/** Re-parses only the chunks an edit touched; the others are the previous parses. */
function splitAfterEdit(before: string, previous: AnalysisState, text: string) {
  if (previous.mode !== 'chunked') return null;
  const resplit = resplitAfterEdit(before, previous.split, text);
  if (!resplit) return null;
  const { split, first, count, oldCount } = resplit;
  const reuse = new Map<string, ChunkParse>();
  for (const chunk of previous.chunks.slice(first, first + oldCount)) reuse.set(chunk.text, chunk);
  const touched = parseAll(chunkTexts(text, split, first, first + count), previous.frame, reuse);
  const chunks = [
    ...previous.chunks.slice(0, first),
    ...touched,
    ...previous.chunks.slice(first + oldCount),
  ];
  const replaced = previous.chunks.slice(first, first + oldCount);
  // The previous text had no repeated name (it was chunked): the same names still repeat none.
  const namesUnchanged =
    count === oldCount &&
    touched.every(
      (chunk, index) =>
        readLocationName(chunk.location) === readLocationName(replaced[index]?.location),
    );
  return { split, frame: previous.frame, chunks, namesUnchanged };
}

/**
 * Analyses a `dagster_cloud.yaml` text: its value, YAML problems and diagnostics, exactly as
 * parseYamlText and collectDiagnostics give them. With the `previous` analysis (of the text
 * before an edit), only the `locations` items the edit touched are parsed and checked again;
 * the others keep their results, moved by the edit's offset and line delta.
 */
export function analyzeConfigText(text: string, previous?: ConfigAnalysis): ConfigAnalysis {
  const state = previous ? states.get(previous) : undefined;
  if (!previous || !state) return analyzeFromScratch(text);
  if (previous.text === text) return previous;
  const pieces = splitAfterEdit(previous.text, state, text) ?? splitReusing(text, state);
  const assembled = pieces && assembleChunks(pieces.split, pieces.chunks, pieces.namesUnchanged);
  if (!pieces || !assembled) return analyzeFromScratch(text);
  const analysis: ConfigAnalysis = {
    text,
    mode: 'chunked',
    value: assembled.value,
    problems: assembled.problems,
    diagnostics: assembled.diagnostics,
    locationCount: pieces.chunks.length,
  };
  const { split, frame, chunks } = pieces;
  states.set(analysis, {
    mode: 'chunked',
    split,
    frame,
    chunks,
    fatal: assembled.fatal,
    parsed: null,
  });
  return analysis;
}

/** The from-scratch analysis of the whole text, without chunks (the reference, and a fallback). */
export function analyzeConfigTextWhole(text: string): ConfigAnalysis {
  return wholeAnalysis(text);
}

/**
 * The whole text's parse (for edit planning and other whole-document needs). Made on first
 * request for a chunked analysis: it costs a full parse, so per-keystroke paths avoid it.
 */
export function getAnalysisParse(analysis: ConfigAnalysis): ParsedYaml {
  const state = readAnalysisState(analysis);
  if (state.mode === 'whole') return state.parsed;
  state.parsed ??= parseYamlText(analysis.text);
  return state.parsed;
}

const lazyParses = new WeakMap<ConfigAnalysis, ParsedYaml>();

/**
 * The whole text's parse as an object that parses only when `document` or `tokens` is read:
 * `text`, `value`, `problems` come from the analysis and `lineIndex` is built on its own, so
 * code that only needs those (a cursor's line and column) never pays for a full parse.
 */
export function getLazyAnalysisParse(analysis: ConfigAnalysis): ParsedYaml {
  const known = lazyParses.get(analysis);
  if (known) return known;
  const state = readAnalysisState(analysis);
  let lineIndex: LineIndex | undefined;
  const lazy: ParsedYaml = {
    text: analysis.text,
    value: analysis.value,
    problems: analysis.problems,
    get lineIndex() {
      lineIndex ??= state.parsed?.lineIndex ?? createLineIndex(analysis.text);
      return lineIndex;
    },
    get document() {
      return getAnalysisParse(analysis).document;
    },
    get tokens() {
      return getAnalysisParse(analysis).tokens;
    },
  };
  lazyParses.set(analysis, lazy);
  return lazy;
}
