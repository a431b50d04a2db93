import { isNode, isSeq } from 'yaml';
import type { ConfigPath } from '../source-range';
import { describeCollection, type ItemLayout } from './collection-layout';
import { describePathError, detectEol } from './edit-context';
import { planInsertListItem } from './plan-insert';
import { walkPath } from './path-walk';
import { replaceRange } from './text-edit';
import type { TextEdit } from './text-edit';
import type { ParsedYaml } from './types';

/** An anchor token (`&name`) somewhere in the CST, found by walking its plain objects. */
interface AnchorToken {
  readonly offset: number;
  readonly source: string;
}

function collectAnchorTokens(token: unknown, found: AnchorToken[], seen: Set<unknown>): void {
  if (token === null || typeof token !== 'object' || seen.has(token)) return;
  seen.add(token);
  if (Array.isArray(token)) {
    for (const item of token) collectAnchorTokens(item, found, seen);
    return;
  }
  const record = token as Record<string, unknown>;
  if (record.type === 'anchor' && typeof record.offset === 'number') {
    found.push({ offset: record.offset, source: String(record.source) });
    return;
  }
  for (const value of Object.values(record)) collectAnchorTokens(value, found, seen);
}

/**
 * The item's text without its anchor definitions: PyYAML refuses a second `&name`, and aliases
 * in the copy still reach the original's anchors (defined above them) with the same values.
 */
function copyWithoutAnchors(parsed: ParsedYaml, item: ItemLayout): string {
  const anchors: AnchorToken[] = [];
  collectAnchorTokens(parsed.tokens, anchors, new Set());
  let copy = '';
  let at = item.start;
  for (const anchor of anchors
    .filter((a) => a.offset >= item.start && a.offset < item.end)
    .sort((a, b) => a.offset - b.offset)) {
    copy += parsed.text.slice(at, anchor.offset);
    at = anchor.offset + anchor.source.length;
    // `&a value` loses the space after it; `key: &a` at a line end, the space before it.
    if (parsed.text[at] === ' ') at += 1;
    else if (copy.endsWith(' ')) copy = copy.slice(0, -1);
  }
  return copy + parsed.text.slice(at, item.end);
}

/** True when `text` is only line breaks and spaces (no comment between two items). */
function isPlainSeparator(text: string): boolean {
  return /^[\r\n]+[ ]*$/u.test(text);
}

/**
 * What goes between the item and its copy: the separator the list already uses after (or
 * before) it when that is only line breaks and indentation, else a line break at its column.
 */
function pickSeparator(parsed: ParsedYaml, items: readonly ItemLayout[], index: number): string {
  const item = items[index]!;
  const next = items[index + 1];
  const previous = items[index - 1];
  const candidates = [
    next && parsed.text.slice(item.end, next.start),
    previous && parsed.text.slice(previous.end, item.start),
  ];
  const found = candidates.find((text) => text !== undefined && isPlainSeparator(text));
  if (found !== undefined) return found;
  const lineStart = parsed.text.lastIndexOf('\n', item.start - 1) + 1;
  const before = parsed.text.slice(lineStart, item.start);
  const indent = /^ *$/u.test(before) ? before : ' '.repeat(before.length);
  return `${detectEol(parsed.text)}${indent}`;
}

/**
 * Plans inserting a copy of list item `index` right after it, made from the item's own source
 * text: its comments (the ones above it at its column included), key order, quoting and
 * layout stay as written. Anchor definitions are left out of the copy. A flow-style list has no
 * lines to copy: its item is inserted as a value. Change the copy's fields with further plans
 * (the form renames a duplicated location this way).
 */
export function planDuplicateListItem(
  parsed: ParsedYaml,
  listPath: ConfigPath,
  index: number,
): TextEdit[] {
  const walk = walkPath(parsed.document, listPath);
  if (!walk.complete || !isSeq(walk.node)) throw describePathError(listPath, 'it is not a list');
  const count = walk.node.items.length;
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    throw describePathError(listPath, `index ${index} is outside the list of ${count}`);
  }
  const layout = describeCollection(parsed, walk.node, walk.steps.length === 0);
  if (layout.flow) {
    const node: unknown = walk.node.items[index];
    const value: unknown = isNode(node) ? node.toJS(parsed.document) : node;
    return planInsertListItem(parsed, listPath, index + 1, value);
  }
  const item = layout.items[index]!;
  const separator = pickSeparator(parsed, layout.items, index);
  return [replaceRange(item.end, item.end, separator + copyWithoutAnchors(parsed, item))];
}
