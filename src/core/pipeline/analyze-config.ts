import { parseYamlText, type ParsedYaml } from '../yaml';
import { assembleChunks, readLocationName } from './assemble';
import { parseChunk, type ChunkFrame, type ChunkParse } from './chunk-parse';
import { resplitAfterEdit } from './resplit';
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

function countLineBreaks(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
  return count;
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

/** Splits and parses the whole text again (reusing chunk parses with the same text). */
function splitFresh(text: string, previous: AnalysisState | undefined) {
  const split = splitConfigText(text);
  if (!split) return null;
  const header = text.slice(0, split.starts[0]);
  const candidate: ChunkFrame = {
    header,
    trailer: text.slice(split.end),
    headerLines: countLineBreaks(header),
    indent: split.indent,
  };
  const frame =
    previous?.mode === 'chunked' && sameFrame(previous.frame, candidate)
      ? previous.frame
      : candidate;
  const reuse = indexPrevious(previous, frame);
  return {
    split,
    frame,
    chunks: parseAll(chunkTexts(text, split, 0, split.starts.length), frame, reuse),
    namesUnchanged: false,
  };
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
  const previousState = previous ? states.get(previous) : undefined;
  if (previous && previous.text === text && previousState) return previous;
  const pieces =
    (previous && previousState && splitAfterEdit(previous.text, previousState, text)) ??
    splitFresh(text, previousState);
  const assembled = pieces && assembleChunks(pieces.split, pieces.chunks, pieces.namesUnchanged);
  if (!pieces || !assembled) return wholeAnalysis(text);
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
