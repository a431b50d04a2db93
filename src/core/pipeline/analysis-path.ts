import type { ConfigPath } from '../source-range';
import { findLastStartAtOrBefore, findPathAtOffset, type ParsedYaml } from '../yaml';
import { readAnalysisState } from './analyze-config';
import { renameIndexInPath } from './place';
import type { ConfigAnalysis } from './types';

/**
 * The config path at a cursor, served from the location's own chunk when the analysis is
 * chunked; it gives what findPathAtOffset gives on the whole text. Kept apart from the render
 * lookups (analysis-render.ts) so the document store does not pull the renderer into the first
 * bundle chunk.
 */

/** Where a chunked analysis keeps the chunk holding `offset`, or null for the header/trailer. */
function findChunkIndex(
  starts: readonly number[],
  end: number,
  length: number,
  offset: number,
): number {
  // The end of a text without a trailer is still in the last item.
  if (offset >= end && !(offset === end && end === length)) return -1;
  return findLastStartAtOrBefore(starts, offset);
}

/** Where the first `locations` item of a stand-alone document starts. */
function firstItemStart(parsed: ParsedYaml): number {
  const list = parsed.document.get('locations', true) as
    { items?: { range?: number[] }[] } | undefined;
  return list?.items?.[0]?.range?.[0] ?? Number.POSITIVE_INFINITY;
}

/** The config path at `offset` of the analysed text, as findPathAtOffset gives it. */
export function findAnalyzedPathAtOffset(analysis: ConfigAnalysis, offset: number): ConfigPath {
  const state = readAnalysisState(analysis);
  if (state.mode === 'whole') return findPathAtOffset(state.parsed, offset);
  const { split, chunks, frame } = state;
  const index = findChunkIndex(split.starts, split.end, analysis.text.length, offset);
  const headerLength = frame.header.length;
  if (index === -1) {
    const chunk = chunks[0]!;
    const inTrailer = offset >= split.end;
    const local = inTrailer ? offset - split.end + chunk.trailerStart : offset;
    return findPathAtOffset(chunk.parsed, local);
  }
  const local = offset - (split.starts[index] ?? 0) + headerLength;
  const { parsed } = chunks[index]!;
  const path = findPathAtOffset(parsed, local);
  const isLast = index === chunks.length - 1;
  // Blank and comment lines after an item are inside the whole text's list when another item
  // follows, and outside it after the last one; the item's own document may differ (a probe
  // location follows it, or nothing does).
  if (path.length === 0 && !isLast) return ['locations'];
  if (isLast && path.length === 1 && local >= firstItemStart(parsed)) return [];
  return renameIndexInPath(path, index);
}
