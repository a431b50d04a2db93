import type { SourcePosition, SourceRange } from '../source-range';

/**
 * Where each line of a text starts. Built once per parse so that offset <-> line/column
 * conversions are a binary search instead of a scan of the text.
 */
export interface LineIndex {
  /** Offsets at which each line starts; `lineStarts[0]` is always 0. */
  readonly lineStarts: readonly number[];
  /** Offsets at which each line's content ends (its line break excluded). */
  readonly lineEnds: readonly number[];
  /** Length of the indexed text. */
  readonly length: number;
}

/**
 * Indexes the line starts of `text`. `\r\n`, `\n` and a lone `\r` each end a line, as YAML
 * (and Monaco) count them; a text without a final newline still has its last line.
 */
export function createLineIndex(text: string): LineIndex {
  const lineStarts = [0];
  const lineEnds: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 /* \n */) {
      lineEnds.push(i);
      lineStarts.push(i + 1);
    } else if (ch === 13 /* \r */) {
      lineEnds.push(i);
      if (text.charCodeAt(i + 1) === 10) i++;
      lineStarts.push(i + 1);
    }
  }
  lineEnds.push(text.length);
  return { lineStarts, lineEnds, length: text.length };
}

/**
 * The index of the last of the ascending `starts` at or before `offset` (binary search), or -1
 * when there is none: the line, or the `locations` item, that holds an offset.
 */
export function findLastStartAtOrBefore(starts: readonly number[], offset: number): number {
  if (starts.length === 0 || (starts[0] ?? 0) > offset) return -1;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The 0-based index of the line holding `offset` (clamped into the text). */
export function findLineIndexAt(index: LineIndex, offset: number): number {
  return Math.max(0, findLastStartAtOrBefore(index.lineStarts, offset));
}

/**
 * Converts a 0-based offset to a 1-based line/column position. Offsets outside the text are
 * clamped to it; an offset on a line break reports the column just after the line's content.
 */
export function offsetToPosition(index: LineIndex, offset: number): SourcePosition {
  const clamped = Math.max(0, Math.min(offset, index.length));
  const line = findLineIndexAt(index, clamped);
  const start = index.lineStarts[line] ?? 0;
  return { line: line + 1, column: clamped - start + 1, offset: clamped };
}

/**
 * Converts a 1-based line/column to a 0-based offset. Lines outside the text are clamped to
 * the first/last line, columns to the line's content (never into or past its line break).
 */
export function positionToOffset(
  index: LineIndex,
  position: { readonly line: number; readonly column: number },
): number {
  const lineCount = index.lineStarts.length;
  const line = Math.max(1, Math.min(Math.floor(position.line), lineCount)) - 1;
  const start = index.lineStarts[line] ?? 0;
  const end = index.lineEnds[line] ?? index.length;
  const column = Math.max(1, Math.floor(position.column));
  return Math.min(start + column - 1, end);
}

/** Builds a range from two offsets (in either order). */
export function rangeFromOffsets(index: LineIndex, start: number, end: number): SourceRange {
  const low = Math.min(start, end);
  const high = Math.max(start, end);
  return { start: offsetToPosition(index, low), end: offsetToPosition(index, high) };
}

/** How many `\n` lie in `text` from `from` up to (not including) `to`. */
export function countLineBreaks(text: string, from = 0, to = text.length): number {
  let count = 0;
  for (
    let index = text.indexOf('\n', from);
    index !== -1 && index < to;
    index = text.indexOf('\n', index + 1)
  )
    count++;
  return count;
}
