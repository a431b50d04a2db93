import { sortDiagnostics, type Diagnostic } from '../diagnostics';
import type { YamlProblem } from '../yaml';
import {
  analyzeChunkDiagnostics,
  type ChunkDiagnostics,
  type ChunkParse,
  type FrameItem,
} from './chunk-parse';
import type { SourceRange } from '../source-range';
import { NO_SHIFT, placeDiagnostic, placeProblem, shiftRange, type Shift } from './place';
import type { ConfigSplit } from './split-config';

/**
 * Puts the chunks' results together into the whole text's: positions shifted to where each
 * chunk sits, location 0 renamed to its index, the facts that reach across locations (is k8s
 * used anywhere, does any item stop the loader, are names unique) applied as collectDiagnostics
 * would on the whole text.
 */

/** What the assembly gives, or null when the whole text must be analysed at once. */
export interface Assembled {
  readonly value: unknown;
  readonly problems: readonly YamlProblem[];
  readonly diagnostics: readonly Diagnostic[];
  /** Whether some problem stops Dagster's loader (then renders fail, as on the whole text). */
  readonly fatal: boolean;
}

interface Renamed {
  readonly index: number;
  readonly own: readonly Diagnostic[];
  readonly diagnostics: readonly Diagnostic[];
}

interface Placed {
  /** Where the chunk's results were placed for: its shift, index and diagnostics. */
  readonly offset: number;
  readonly line: number;
  readonly index: number;
  readonly own: readonly Diagnostic[];
  readonly diagnostics: readonly Diagnostic[];
  readonly problems: readonly YamlProblem[];
}

/**
 * The last renaming and placement of each chunk's diagnostics: unchanged chunks before an edit
 * keep their objects, and chunks after it only move (their index rarely changes).
 */
const renamings = new WeakMap<ChunkDiagnostics, Renamed>();
const placements = new WeakMap<ChunkDiagnostics, Placed>();

function renameChunk(owner: ChunkDiagnostics, own: readonly Diagnostic[], index: number) {
  const cached = renamings.get(owner);
  if (cached?.index === index && cached.own === own) return cached.diagnostics;
  const diagnostics = own.map((diagnostic) => placeDiagnostic(diagnostic, NO_SHIFT, index));
  renamings.set(owner, { index, own, diagnostics });
  return diagnostics;
}

const NO_PROBLEMS: readonly YamlProblem[] = [];

/**
 * The chunk's diagnostics and problems where the chunk sits (`offset`, `line`) as location
 * `index`. Called for every chunk with findings on every edit: the cache check compares numbers
 * (no key string per chunk) and the shift object is made only when the results move.
 */
function placeChunk(
  chunk: ChunkParse,
  own: readonly Diagnostic[],
  owner: ChunkDiagnostics,
  offset: number,
  line: number,
  index: number,
): Placed {
  const cached = placements.get(owner);
  if (
    cached?.offset === offset &&
    cached.line === line &&
    cached.index === index &&
    cached.own === own
  )
    return cached;
  const shift: Shift = { offset, line };
  const placed: Placed = {
    offset,
    line,
    index,
    own,
    diagnostics: renameChunk(owner, own, index).map((diagnostic) => ({
      ...diagnostic,
      range: shiftRange(diagnostic.range, shift),
    })),
    problems:
      chunk.problems.length === 0
        ? NO_PROBLEMS
        : chunk.problems.map((problem) => placeProblem(problem, shift)),
  };
  placements.set(owner, placed);
  return placed;
}

/**
 * Joins pieces that are each sorted (the order their whole-text function gives) and lie in
 * text order. When every piece starts strictly after the previous one ends, the join is what
 * sorting the whole list by position gives (and no entry repeats one of another piece);
 * otherwise null, and the caller sorts.
 */
function joinOrdered<T extends { readonly range: SourceRange }>(
  pieces: readonly (readonly T[])[],
): T[] | null {
  const out: T[] = [];
  let lastStart = -1;
  for (const piece of pieces) {
    const first = piece[0];
    if (!first) continue;
    if (first.range.start.offset <= lastStart) return null;
    for (const item of piece) out.push(item);
    lastStart = piece[piece.length - 1]!.range.start.offset;
  }
  return out;
}

const NONE: readonly Diagnostic[] = [];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Two locations with the same string name: pydantic's check and by-name rendering need all. */
export function readLocationName(location: unknown): unknown {
  return isRecord(location) ? location.location_name : undefined;
}

function hasDuplicateNames(chunks: readonly ChunkParse[]): boolean {
  const names = new Set<string>();
  for (const { location } of chunks) {
    const name = readLocationName(location);
    if (typeof name !== 'string') continue;
    if (names.has(name)) return true;
    names.add(name);
  }
  return false;
}

function placeFrame<T>(
  items: readonly FrameItem<T>[],
  trailer: Shift,
  place: (item: T, shift: Shift) => T,
) {
  const header: T[] = [];
  const after: T[] = [];
  for (const { region, item } of items) {
    if (region === 'header') header.push(item);
    else after.push(place(item, trailer));
  }
  return { header, after };
}

/**
 * Assembles the analysis (`namesKnownUnique`: the caller knows no two string names repeat, as
 * after an edit that changed no name of a text that had none repeated) of the text split by `split` from its chunks' parses. Returns null
 * when something reaches across chunks in a way the pieces cannot reproduce.
 */
export function assembleChunks(
  split: ConfigSplit,
  chunks: readonly ChunkParse[],
  namesKnownUnique = false,
): Assembled | null {
  const head = chunks[0];
  if (!head) return null;
  // One pass for the facts every chunk adds to (this runs per keystroke over every chunk).
  let usesK8s = head.frameHasK8s;
  let fatal = head.frameFatal;
  for (const chunk of chunks) {
    if (!chunk.ok || chunk.frameProblemsKey !== head.frameProblemsKey) return null;
    usesK8s ||= chunk.hasK8s;
    fatal ||= chunk.fatal;
  }
  if (!namesKnownUnique && hasDuplicateNames(chunks)) return null;
  const root = head.root;
  if (!isRecord(root)) return null;
  const results: ChunkDiagnostics[] = [];
  for (const chunk of chunks) {
    const result = analyzeChunkDiagnostics(chunk, usesK8s && !chunk.hasK8s && !chunk.frameHasK8s);
    if (!result) return null;
    results.push(result);
  }
  // The frame's diagnostics as the whole text has them: with a fatal problem, only YAML ones
  // (a stand-alone document with a fatal problem reports just those).
  const frameSource = fatal
    ? results[chunks.findIndex((chunk) => chunk.fatal || chunk.frameFatal)]
    : results[0];
  if (!frameSource) return null;
  if (!fatal && results.some((result) => result.frameKey !== frameSource.frameKey)) return null;

  const lastIndex = chunks.length - 1;
  const trailerShift: Shift = {
    offset: split.end,
    line: (split.lines[lastIndex] ?? 0) + (chunks[lastIndex]?.lineCount ?? 0),
  };
  const frameDiagnostics = placeFrame(frameSource.frame, trailerShift, (item, shift) =>
    placeDiagnostic(item, shift, 0),
  );
  const frameProblems = placeFrame(head.frameProblems, trailerShift, placeProblem);
  const diagnosticPieces: (readonly Diagnostic[])[] = [frameDiagnostics.header];
  const problemPieces: (readonly YamlProblem[])[] = [frameProblems.header];
  for (let index = 0; index < chunks.length; index++) {
    const chunk = chunks[index]!;
    const result = results[index]!;
    let own = result.own;
    if (fatal && !chunk.fatal) {
      // The whole text stops the loader elsewhere: this item's schema and lint checks never run.
      if (own.some((diagnostic) => diagnostic.source === 'yaml')) return null;
      own = NONE;
    }
    // Most items have nothing to report: nothing to place.
    if (own.length === 0 && chunk.problems.length === 0) continue;
    const offset = split.starts[index] ?? 0;
    const placed = placeChunk(chunk, own, result, offset, split.lines[index] ?? 0, index);
    if (placed.diagnostics.length > 0) diagnosticPieces.push(placed.diagnostics);
    if (placed.problems.length > 0) problemPieces.push(placed.problems);
  }
  diagnosticPieces.push(frameDiagnostics.after);
  problemPieces.push(frameProblems.after);
  const problems = joinOrdered(problemPieces);
  return {
    value: { ...root, locations: chunks.map((chunk) => chunk.location) },
    problems:
      problems ?? problemPieces.flat().sort((a, b) => a.range.start.offset - b.range.start.offset),
    diagnostics: joinOrdered(diagnosticPieces) ?? sortDiagnostics(diagnosticPieces.flat()),
    fatal,
  };
}
