import { isMap } from 'yaml';
import type { ConfigPath } from '../source-range';
import { assertNoUsedAnchorInside } from './anchor-guard';
import { describeCollection } from './collection-layout';
import type { CollectionLayout, ItemLayout } from './collection-layout';
import {
  describePathError,
  findLine,
  findLineEnd,
  findLineStart,
  locateNode,
} from './edit-context';
import { walkPath } from './path-walk';
import type { PathStep } from './path-walk';
import { replaceRange } from './text-edit';
import type { TextEdit } from './text-edit';
import type { ParsedYaml } from './types';

function isBlankLine(parsed: ParsedYaml, line: number): boolean {
  const start = parsed.lineIndex.lineStarts[line] ?? 0;
  const end = parsed.lineIndex.lineEnds[line] ?? start;
  return parsed.text.slice(start, end).trim() === '';
}

/** True when only indentation precedes `offset` on its line. */
function startsLine(parsed: ParsedYaml, offset: number): boolean {
  return parsed.text.slice(findLineStart(parsed, offset), offset).trim() === '';
}

/** Start of the first non-blank line after the line holding `offset`. */
function findNextContentLineStart(parsed: ParsedYaml, offset: number): number {
  const { lineStarts } = parsed.lineIndex;
  let line = findLine(parsed, offset) + 1;
  while (line < lineStarts.length - 1 && isBlankLine(parsed, line)) line++;
  return lineStarts[line] ?? parsed.text.length;
}

/** End of the last non-blank line before the line holding `offset`. */
function findPreviousContentLineEnd(parsed: ParsedYaml, offset: number): number {
  const { lineEnds } = parsed.lineIndex;
  let line = findLine(parsed, offset) - 1;
  while (line > 0 && isBlankLine(parsed, line)) line--;
  return lineEnds[Math.max(line, 0)] ?? 0;
}

/** Empties a block collection that loses its only entry: `key: []`, `- {}`, or `{}`. */
function planEmptyCollection(
  parsed: ParsedYaml,
  path: ConfigPath,
  steps: readonly PathStep[],
  layout: CollectionLayout,
  only: ItemLayout,
): TextEdit[] {
  const empty = isMap(layout.node) ? '{}' : '[]';
  const site = locateNode(parsed, path.slice(0, -1), steps.slice(0, -1));
  if (site.kind !== 'pair' || !site.item) return [replaceRange(only.start, only.end, empty)];
  const keyLineEnd = findLineEnd(parsed, site.item.indicatorEnd);
  const rest = parsed.text.slice(site.item.indicatorEnd, keyLineEnd);
  const comment = rest.search(/(^|[ \t])#/);
  const at =
    site.item.indicatorEnd + (comment < 0 ? rest : rest.slice(0, comment)).trimEnd().length;
  return [replaceRange(at, at, ` ${empty}`), replaceRange(keyLineEnd, only.end, '')];
}

/**
 * Plans removing the map key or list item at `path`: with its value, the comment lines
 * directly above it and its more indented trailing comment lines, but never the comments
 * that introduce the next entry. The last entry of a block list leaves `key: []`, of a
 * nested map `key: {}`. No edit when the path does not exist.
 */
export function planRemove(parsed: ParsedYaml, path: ConfigPath): TextEdit[] {
  if (path.length === 0) throw describePathError(path, 'the document itself cannot be removed');
  const walk = walkPath(parsed.document, path);
  const last = walk.steps[walk.steps.length - 1];
  if (!walk.complete || !last) return [];
  const layout = describeCollection(parsed, last.parent, walk.steps.length === 1);
  const { items } = layout;
  const index = last.index;
  const item = items[index];
  const next = items[index + 1];
  const previous = items[index - 1];
  if (!item) return [];
  assertNoUsedAnchorInside(parsed.document, last.node, path, false);
  if (last.pair) assertNoUsedAnchorInside(parsed.document, last.pair.key, path, false);
  if (!next && !previous) {
    if (layout.flow) return [replaceRange(item.start, item.end, '')];
    return planEmptyCollection(parsed, path, walk.steps, layout, item);
  }
  if (layout.flow) {
    return next
      ? [replaceRange(item.start, next.start, '')]
      : [replaceRange(previous?.end ?? item.start, item.end, '')];
  }
  const wholeLines = startsLine(parsed, item.start);
  if (next) {
    if (!wholeLines) return [replaceRange(item.start, next.start, '')];
    const from = findLineStart(parsed, item.start);
    return [replaceRange(from, findNextContentLineStart(parsed, item.end), '')];
  }
  // The previous entry may end after the last non-blank line (a `|+` block keeps blank lines).
  const from = wholeLines
    ? Math.max(previous?.end ?? 0, findPreviousContentLineEnd(parsed, item.start))
    : (previous?.end ?? 0);
  return [replaceRange(from, item.end, '')];
}
