import { countLineBreaks, findLastStartAtOrBefore } from '../yaml';
import { hasUnsupportedSyntax, scanListItems, type ConfigSplit } from './split-config';

/** The part of a text an edit replaced: `[start, oldEnd)` of the old text is `[start, newEnd)` now. */
export interface ChangedSpan {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** The first block compared; blocks double while they match, then halve down to MIN_BLOCK. */
const BLOCK = 2048;
const MIN_BLOCK = 32;

/**
 * How far two texts match from one end, at most `max`: native compares of blocks that double
 * while they match (a keystroke near the start of a 600 KB text costs ~10 compares, not 300),
 * then halve around the first difference, then per char. Exact whatever the block sizes: only
 * equal blocks are skipped. `sameBlock(from, to)` compares the characters `from` to `to` away
 * from that end, `sameChar(at)` one character.
 */
function matchLength(
  max: number,
  sameBlock: (from: number, to: number) => boolean,
  sameChar: (at: number) => boolean,
): number {
  let length = 0;
  let block = BLOCK;
  let growing = true;
  while (block >= MIN_BLOCK) {
    const end = length + block;
    if (end <= max && sameBlock(length, end)) {
      length = end;
      if (growing) block *= 2;
    } else {
      growing = false;
      block >>= 1;
    }
  }
  while (length < max && sameChar(length)) length++;
  return length;
}

/** Length of the common prefix of `a` and `b`, at most `max`. */
function commonPrefixLength(a: string, b: string, max: number): number {
  return matchLength(
    max,
    (from, to) => a.slice(from, to) === b.slice(from, to),
    (at) => a.charCodeAt(at) === b.charCodeAt(at),
  );
}

/** Length of the common suffix of `a` and `b`, at most `max`. */
function commonSuffixLength(a: string, b: string, max: number): number {
  return matchLength(
    max,
    (from, to) =>
      a.slice(a.length - to, a.length - from) === b.slice(b.length - to, b.length - from),
    (at) => a.charCodeAt(a.length - 1 - at) === b.charCodeAt(b.length - 1 - at),
  );
}

/**
 * The span two texts differ in: common prefix and suffix left out. Compares blocks of text
 * natively first, so a keystroke in a 600 KB file costs a memory compare, not a JS loop.
 */
export function findChangedSpan(before: string, after: string): ChangedSpan {
  const shorter = Math.min(before.length, after.length);
  const start = commonPrefixLength(before, after, shorter);
  const suffix = commonSuffixLength(before, after, shorter - start);
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/** The new split after an edit, and which chunks it re-scanned. */
export interface Resplit {
  readonly split: ConfigSplit;
  /** Chunks `[first, first + count)` of the new split replace `[first, first + oldCount)`. */
  readonly first: number;
  readonly count: number;
  readonly oldCount: number;
}

/**
 * Splits `after` by re-scanning only the chunks of `split` (the split of `before`) that the
 * edit touched; the chunks after them move by the edit's offset and line delta. Returns null
 * when the edit reaches the header or the trailer, or the re-scanned lines do not fit (the
 * caller then splits the whole text again).
 */
export function resplitAfterEdit(
  before: string,
  split: ConfigSplit,
  after: string,
): Resplit | null {
  const span = findChangedSpan(before, after);
  const { starts } = split;
  const first = findLastStartAtOrBefore(starts, span.start);
  if (first === -1) return null;
  const hasTrailer = split.end < before.length;
  if (hasTrailer && span.oldEnd >= split.end) return null;
  const last = findLastStartAtOrBefore(starts, span.oldEnd);
  const delta = span.newEnd - span.oldEnd;
  const regionStart = starts[first] ?? 0;
  const oldRegionEnd = starts[last + 1] ?? split.end;
  const newRegionEnd = oldRegionEnd + delta;
  if (hasUnsupportedSyntax(after.slice(regionStart, newRegionEnd))) return null;
  const firstLine = split.lines[first] ?? 0;
  const scan = scanListItems(after, regionStart, newRegionEnd, split.indent, firstLine);
  if (!scan || scan.end !== newRegionEnd || scan.starts[0] !== regionStart) return null;
  const lineDelta =
    countLineBreaks(after, regionStart, newRegionEnd) -
    countLineBreaks(before, regionStart, oldRegionEnd);
  const tailStarts = starts.slice(last + 1).map((start) => start + delta);
  const tailLines = split.lines.slice(last + 1).map((line) => line + lineDelta);
  return {
    split: {
      starts: [...starts.slice(0, first), ...scan.starts, ...tailStarts],
      lines: [...split.lines.slice(0, first), ...scan.lines, ...tailLines],
      end: split.end + delta,
      indent: split.indent,
    },
    first,
    count: scan.starts.length,
    oldCount: last - first + 1,
  };
}
