import { isMap, isPair } from 'yaml';
import type { CST, ParsedNode, YAMLMap, YAMLSeq } from 'yaml';
import { findLineIndexAt } from './line-index';
import { findNodeContentEnd } from './path-range';
import type { ParsedYaml } from './types';

/**
 * Where one item of a collection sits in the text. For block collections an item owns whole
 * lines: comment lines directly above it at its column, its own lines, and the more indented
 * comment lines after it (commented-out children). `start`/`end` never include the indentation
 * before the first line nor the line break after the last one, so item texts can be cut out,
 * moved and inserted with the separators between them left in place.
 */
export interface ItemLayout {
  /** Start of the item's text: its first attached comment, else `anchor`. */
  readonly start: number;
  /** The `-` of a block sequence item, else the key (or its anchor/tag, `?`), else the value. */
  readonly anchor: number;
  /** Just after the `-` or `:` indicator (equal to `anchor` for flow sequence items). */
  readonly indicatorEnd: number;
  /** End of the item's own text (the last line's content incl. comment, or the flow item). */
  readonly end: number;
  /** End of the value's own text, trailing spaces and comments excluded. */
  readonly contentEnd: number;
}

/** The items of one map or sequence, as laid out in the text. */
export interface CollectionLayout {
  readonly node: YAMLMap.Parsed | YAMLSeq.Parsed;
  readonly flow: boolean;
  readonly items: readonly ItemLayout[];
  /** Column (0-based) of the items' anchors; for flow collections, of the opening bracket. */
  readonly column: number;
}

type CstItem = CST.CollectionItem;

const SKIPPED_START = new Set(['space', 'newline', 'comment', 'comma']);

function isRealItem(token: CST.BlockMap | CST.BlockSequence | CST.FlowCollection, item: CstItem) {
  if (token.type === 'block-seq') return item.start.some((t) => t.type === 'seq-item-ind');
  return Boolean(
    item.key || item.sep || item.value || item.start.some((t) => t.type === 'explicit-key-ind'),
  );
}

function findAnchor(item: CstItem): number | undefined {
  const first = item.start.find((t) => !SKIPPED_START.has(t.type));
  if (first) return first.offset;
  if (item.key) return item.key.offset;
  const sep = item.sep?.find((t) => !SKIPPED_START.has(t.type));
  return sep?.offset ?? item.value?.offset;
}

function findIndicatorEnd(item: CstItem, anchor: number): number {
  const indicator =
    item.sep?.find((t) => t.type === 'map-value-ind') ??
    item.start.find((t) => t.type === 'seq-item-ind');
  return indicator ? indicator.offset + indicator.source.length : anchor;
}

/** Column (0-based) of `offset` on its line. */
export function findColumn(parsed: ParsedYaml, offset: number): number {
  const line = findLineIndexAt(parsed.lineIndex, offset);
  return offset - (parsed.lineIndex.lineStarts[line] ?? 0);
}

/** Column of the `#` that starts a comment-only line, or -1 for any other line. */
function findCommentColumn(parsed: ParsedYaml, line: number): number {
  const { text, lineIndex } = parsed;
  const start = lineIndex.lineStarts[line] ?? 0;
  const end = lineIndex.lineEnds[line] ?? start;
  let i = start;
  while (i < end && text[i] === ' ') i++;
  return i < end && text[i] === '#' ? i - start : -1;
}

function isBlankLine(parsed: ParsedYaml, line: number): boolean {
  const start = parsed.lineIndex.lineStarts[line] ?? 0;
  const end = parsed.lineIndex.lineEnds[line] ?? start;
  return parsed.text.slice(start, end).trim() === '';
}

/** First line of comments directly above `anchor`, at its column, with no blank line between. */
function findLeadingCommentStart(parsed: ParsedYaml, anchor: number, column: number): number {
  const { lineIndex } = parsed;
  let line = findLineIndexAt(lineIndex, anchor);
  const lineStart = lineIndex.lineStarts[line] ?? 0;
  // Only an entry that starts its line owns the comments above it (not `- key:`'s key).
  if (anchor - lineStart !== column || parsed.text.slice(lineStart, anchor).trim() !== '') {
    return anchor;
  }
  let start = anchor;
  while (line > 0 && findCommentColumn(parsed, line - 1) === column) {
    line--;
    start = (lineIndex.lineStarts[line] ?? 0) + column;
  }
  return start;
}

/** End of the item's own lines: the content's line, then deeper-indented comment lines. */
function findOwnLinesEnd(parsed: ParsedYaml, contentEnd: number, column: number): number {
  const { lineIndex } = parsed;
  // Content ending in a line break (a `|+` block keeping blank lines) ends on the next line.
  const endsWithBreak = /[\r\n]/.test(parsed.text.charAt(contentEnd - 1));
  const lastContentLine = findLineIndexAt(
    lineIndex,
    endsWithBreak ? contentEnd : Math.max(contentEnd - 1, 0),
  );
  let ownLast = lastContentLine;
  for (let line = lastContentLine + 1; line < lineIndex.lineStarts.length; line++) {
    if (isBlankLine(parsed, line)) continue;
    if (findCommentColumn(parsed, line) > column) ownLast = line;
    else break;
  }
  return lineIndex.lineEnds[ownLast] ?? parsed.text.length;
}

function findItemContentEnd(parsed: ParsedYaml, item: unknown): number {
  const { text } = parsed;
  if (isPair(item)) {
    const key = item.key as ParsedNode | null;
    const value = item.value as ParsedNode | null;
    const keyEnd = key ? findNodeContentEnd(text, key) : 0;
    return value ? Math.max(keyEnd, findNodeContentEnd(text, value)) : keyEnd;
  }
  return findNodeContentEnd(text, item as ParsedNode);
}

/**
 * Lays out the items of a map or sequence node from its source tokens. `isRootCollection`
 * stops the first item from claiming the comments above it: at the top of a file they are
 * the file's header, not the first key's.
 */
export function describeCollection(
  parsed: ParsedYaml,
  node: YAMLMap.Parsed | YAMLSeq.Parsed,
  isRootCollection: boolean,
): CollectionLayout {
  const token = node.srcToken as CST.BlockMap | CST.BlockSequence | CST.FlowCollection | undefined;
  if (!token) throw new Error('The YAML node has no source tokens');
  const flow = token.type === 'flow-collection';
  const cstItems = (token.items as CstItem[]).filter((item) => isRealItem(token, item));
  if (cstItems.length !== node.items.length) {
    throw new Error('Cannot edit this collection: its source tokens do not match its items');
  }
  const column = findColumn(
    parsed,
    flow ? token.offset : (findAnchor(cstItems[0] ?? { start: [] }) ?? token.offset),
  );
  const items = cstItems.map((cstItem, index): ItemLayout => {
    const docItem: unknown = node.items[index];
    const contentEnd = findItemContentEnd(parsed, docItem);
    const anchor = findAnchor(cstItem) ?? contentEnd;
    const indicatorEnd = findIndicatorEnd(cstItem, anchor);
    if (flow) return { start: anchor, anchor, indicatorEnd, end: contentEnd, contentEnd };
    const attach = !(isRootCollection && index === 0);
    return {
      start: attach ? findLeadingCommentStart(parsed, anchor, column) : anchor,
      anchor,
      indicatorEnd,
      end: findOwnLinesEnd(parsed, contentEnd, column),
      contentEnd,
    };
  });
  return { node, flow, items, column };
}

/** True for a map node (as opposed to a sequence). */
export function isMapLayout(layout: CollectionLayout): layout is CollectionLayout & {
  node: YAMLMap.Parsed;
} {
  return isMap(layout.node);
}
