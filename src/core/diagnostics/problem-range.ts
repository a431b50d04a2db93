import { findNearestPathRange, findPathRange, rangeFromOffsets, type ParsedYaml } from '../yaml';
import type { ConfigPath, SourceRange } from '../source-range';

export type RangeTarget = 'key' | 'value' | 'missing';

/** The first line of a range (a multi-line map or list would otherwise be underlined whole). */
function firstLineOf(parsed: ParsedYaml, range: SourceRange): SourceRange {
  if (range.start.line === range.end.line) return range;
  const { text } = parsed;
  let end = text.indexOf('\n', range.start.offset);
  if (end < 0) end = text.length;
  if (end > range.start.offset && text.charAt(end - 1) === '\r') end--;
  return rangeFromOffsets(parsed.lineIndex, range.start.offset, end);
}

/**
 * The narrowest range for a problem at `path`: an unknown key → the key; a wrong value → the
 * value (its key when the value spans several lines); something missing → the key (or first
 * line) of the deepest ancestor that exists. Paths the text does not spell out (reached through
 * an alias) fall back to that ancestor too.
 */
export function findProblemRange(
  parsed: ParsedYaml,
  path: ConfigPath,
  target: RangeTarget,
): SourceRange {
  const exact = target === 'missing' ? undefined : findPathRange(parsed, path);
  if (exact) {
    if (target === 'key' && exact.keyRange) return exact.keyRange;
    const value = exact.valueRange;
    if (value.start.line !== value.end.line) return exact.keyRange ?? firstLineOf(parsed, value);
    return value;
  }
  const nearest = findNearestPathRange(parsed, path);
  return nearest.keyRange ?? firstLineOf(parsed, nearest.valueRange);
}
