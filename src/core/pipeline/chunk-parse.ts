import { collectDiagnostics, type Diagnostic } from '../diagnostics';
import { isMap, isSeq } from 'yaml';
import { countLineBreaks, parseYamlText, type ParsedYaml, type YamlProblem } from '../yaml';
import { shiftRange, type Shift } from './place';

/**
 * One `locations` item analysed on its own. Its stand-alone document is the whole text with
 * every other item left out: `header + chunk + trailer` (the header holds `locations:` and
 * whatever comes before, e.g. `defaults:`), so the item parses, validates and renders in the
 * same surroundings as in the whole file, as location 0.
 */

/** The text around the items, shared by every chunk's stand-alone document. */
export interface ChunkFrame {
  readonly header: string;
  readonly trailer: string;
  /** Line breaks in `header`: the 0-based line of the first item. */
  readonly headerLines: number;
  /** Column of the items' `-`. */
  readonly indent: number;
}

/** Something found in the header or the trailer, positioned relative to that piece. */
export interface FrameItem<T> {
  readonly region: 'header' | 'trailer';
  readonly item: T;
}

/** Diagnostics of a chunk, split by where they are (positions relative to their piece). */
export interface ChunkDiagnostics {
  /** In the item; relative to the chunk start (offset 0, line 0 = its first line). */
  readonly own: readonly Diagnostic[];
  readonly frame: readonly FrameItem<Diagnostic>[];
  /** `frame` as a string, to check every chunk saw the same surroundings. */
  readonly frameKey: string;
}

/** A chunk's parse, and what the whole-text assembly needs from it. */
export interface ChunkParse {
  readonly text: string;
  readonly frame: ChunkFrame;
  /** Line breaks in the chunk. */
  readonly lineCount: number;
  /**
   * The stand-alone document: `header + chunk + probe + trailer` (see probeLocation), or
   * without the probe when seeded (parsed on first read then).
   */
  readonly parsed: ParsedYaml;
  /** Where the trailer starts in `parsed`'s text. */
  readonly trailerStart: number;
  /** The top-level map around the item: its keys other than `locations` are the frame's. */
  readonly root: unknown;
  /** False when the chunk cannot be placed back as it is (the caller analyses the whole text). */
  readonly ok: boolean;
  /** The item's value (`locations[0]` of the stand-alone document). */
  readonly location: unknown;
  /** Whether the item has a `container_context.k8s` map (lint rules look at every location). */
  readonly hasK8s: boolean;
  /** Whether `defaults` has one. */
  readonly frameHasK8s: boolean;
  /** YAML problems in the item, relative to the chunk start. */
  readonly problems: readonly YamlProblem[];
  readonly frameProblems: readonly FrameItem<YamlProblem>[];
  readonly frameProblemsKey: string;
  /** Whether the item (or the frame) has a problem that stops Dagster's loader. */
  readonly fatal: boolean;
  readonly frameFatal: boolean;
  /** Diagnostics, by whether the probe has a k8s block (see `analyzeChunkDiagnostics`). */
  readonly diagnostics: Map<boolean, ChunkDiagnostics>;
}

/** As collectDiagnostics decides it: a duplicate key does not stop the loader. */
export function isFatal(problem: YamlProblem): boolean {
  return problem.severity === 'error' && problem.code !== 'DUPLICATE_KEY';
}

/** The layout of a stand-alone document: where the chunk, the stand-in and the trailer are. */
interface Layout {
  readonly chunkStart: number;
  readonly chunkEnd: number;
  /** Where the trailer starts (after the stand-in location, when there is one). */
  readonly trailerStart: number;
  readonly toChunk: Shift;
  readonly toTrailer: Shift;
}

function createLayout(frame: ChunkFrame, chunk: string, lineCount: number, extra = ''): Layout {
  const chunkStart = frame.header.length;
  const chunkEnd = chunkStart + chunk.length;
  const extraLines = countLineBreaks(extra);
  return {
    chunkStart,
    chunkEnd,
    trailerStart: chunkEnd + extra.length,
    toChunk: { offset: -chunkStart, line: -frame.headerLines },
    toTrailer: {
      offset: -(chunkEnd + extra.length),
      line: -(frame.headerLines + lineCount + extraLines),
    },
  };
}

type Region = 'header' | 'chunk' | 'extra' | 'trailer' | 'across';

/** Which piece of the stand-alone document a range lies in ('across' when it straddles two). */
function findRegion(layout: Layout, start: number, end: number): Region {
  const inside = (from: number, to: number) => start >= from && end <= to;
  if (start < layout.chunkStart) return inside(0, layout.chunkStart) ? 'header' : 'across';
  if (start < layout.chunkEnd)
    return inside(layout.chunkStart, layout.chunkEnd) ? 'chunk' : 'across';
  if (start < layout.trailerStart)
    return inside(layout.chunkEnd, layout.trailerStart) ? 'extra' : 'across';
  return 'trailer';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `container_context.k8s` is a map: what lint's listK8sBlocks counts. */
export function hasK8sBlock(owner: unknown): boolean {
  const context = isRecord(owner) ? owner.container_context : undefined;
  return isRecord(context) && isRecord(context.k8s);
}

/**
 * A location after the item, in every stand-alone document of a chunk that ends with a line
 * break (any chunk but a last one at the end of the text). It proves that the item leaves the
 * parser where the next item can start: had the item left a flow collection, a quote or the
 * parser's error state open, the probe would not parse as the next item (in the whole text
 * the next item would not either). Its `location_name` is not a string, so it never counts as
 * a duplicate name; everything reported inside it is dropped.
 */
function probeLocation(indent: number): string {
  return `${' '.repeat(indent)}- location_name: 0\n`;
}

/** The list holds the item inside the chunk's text, then the probe (when there is one). */
function isContained(parsed: ParsedYaml, layout: Layout, probed: boolean): boolean {
  const root = parsed.document.contents;
  if (!isMap(root)) return false;
  const pair = root.items.find(
    (item) => (item.key as { value?: unknown } | null)?.value === 'locations',
  );
  const list = pair?.value;
  if (!isSeq(list) || list.items.length !== (probed ? 2 : 1)) return false;
  const range = (index: number) =>
    (list.items[index] as { range?: [number, number, number] } | null)?.range;
  const item = range(0);
  if (!item || item[0] < layout.chunkStart || item[0] >= layout.chunkEnd) return false;
  if (!probed) return item[1] <= layout.chunkEnd;
  const probe = range(1);
  const value = (parsed.value as { locations?: unknown[] }).locations?.[1];
  // `yaml` may end an empty value's range in the next line's indentation: the probe's start
  // (after that indentation) is the bound.
  return (
    !!probe &&
    item[1] <= probe[0] &&
    probe[0] >= layout.chunkEnd &&
    probe[1] <= layout.trailerStart &&
    isRecord(value) &&
    value.location_name === 0
  );
}

/** Parses a chunk in its frame and sorts its YAML problems into the chunk's and the frame's. */
export function parseChunk(text: string, frame: ChunkFrame): ChunkParse {
  const lineCount = countLineBreaks(text);
  const probed = text.endsWith('\n');
  const probe = probed ? probeLocation(frame.indent) : '';
  const parsed = parseYamlText(frame.header + text + probe + frame.trailer);
  const layout = createLayout(frame, text, lineCount, probe);
  let ok = isContained(parsed, layout, probed);
  const problems: YamlProblem[] = [];
  const frameProblems: FrameItem<YamlProblem>[] = [];
  for (const problem of parsed.problems) {
    const region = findRegion(layout, problem.range.start.offset, problem.range.end.offset);
    if (region === 'chunk')
      problems.push({ ...problem, range: shiftRange(problem.range, layout.toChunk) });
    else if (region === 'header') frameProblems.push({ region, item: problem });
    else if (region === 'trailer')
      frameProblems.push({
        region,
        item: { ...problem, range: shiftRange(problem.range, layout.toTrailer) },
      });
    else ok = false;
  }
  const root = parsed.value;
  const list = isRecord(root) ? root.locations : undefined;
  const location = Array.isArray(list) ? list[0] : undefined;
  return {
    text,
    frame,
    lineCount,
    parsed,
    trailerStart: layout.trailerStart,
    root,
    ok,
    location,
    hasK8s: hasK8sBlock(location),
    frameHasK8s: isRecord(root) && hasK8sBlock(root.defaults),
    problems,
    frameProblems,
    frameProblemsKey: frameProblems.length === 0 ? '' : JSON.stringify(frameProblems),
    fatal: problems.some(isFatal),
    frameFatal: frameProblems.some(({ item }) => isFatal(item)),
    diagnostics: new Map(),
  };
}

/**
 * The chunk's diagnostics (collectDiagnostics on its stand-alone document), memoized per
 * `withStandIn`: whether the lint must judge the item as part of a file that uses k8s
 * elsewhere (the item itself has no k8s block, another location has). The document is the one
 * parseChunk parsed, so its parse is reused. Returns null when one cannot be placed back (the
 * caller then analyses the whole text).
 */
export function analyzeChunkDiagnostics(
  chunk: ChunkParse,
  withStandIn: boolean,
): ChunkDiagnostics | null {
  const cached = chunk.diagnostics.get(withStandIn);
  if (cached) return cached;
  const { frame, text } = chunk;
  // The probe needs a line of its own after the item; without one, the item is the text's end
  // and needs no probe. Such a last item without k8s in a k8s file is left to the whole-text
  // analysis, as when the probe carried the k8s block.
  const probed = text.endsWith('\n');
  if (withStandIn && !probed) return null;
  const extra = probed ? probeLocation(frame.indent) : '';
  const layout = createLayout(frame, text, chunk.lineCount, extra);
  const own: Diagnostic[] = [];
  const framed: FrameItem<Diagnostic>[] = [];
  const document = frame.header + text + extra + frame.trailer;
  for (const diagnostic of collectDiagnostics(document, { fileUsesK8s: withStandIn })) {
    if (diagnostic.code === 'internal-error') return null;
    const { start, end } = diagnostic.range;
    const region = findRegion(layout, start.offset, end.offset);
    if (region === 'across') return null;
    if (region === 'extra') {
      // A YAML problem in the probe: the item leaves the parser where no next item can start.
      if (diagnostic.source === 'yaml') return null;
      continue;
    }
    if (region === 'chunk') {
      // Whatever lies in the item must be about the item: anything else spans locations.
      if (diagnostic.path[0] !== 'locations' || diagnostic.path[1] !== 0) return null;
      own.push({ ...diagnostic, range: shiftRange(diagnostic.range, layout.toChunk) });
    } else if (region === 'header') framed.push({ region, item: diagnostic });
    else
      framed.push({
        region,
        item: { ...diagnostic, range: shiftRange(diagnostic.range, layout.toTrailer) },
      });
  }
  const result = {
    own,
    frame: framed,
    frameKey: framed.length === 0 ? '' : JSON.stringify(framed),
  };
  chunk.diagnostics.set(withStandIn, result);
  return result;
}
