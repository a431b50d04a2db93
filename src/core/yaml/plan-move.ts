import { isSeq } from 'yaml';
import type { ConfigPath } from '../source-range';
import { describeCollection } from './collection-layout';
import { describePathError } from './edit-context';
import { walkPath } from './path-walk';
import { replaceRange } from './text-edit';
import type { TextEdit } from './text-edit';
import type { ParsedYaml } from './types';

/**
 * Plans moving list item `from` to index `to` (both in the current list), e.g. to reorder
 * code locations. Each item's text moves whole (its comments, nested content and style);
 * the blank lines and separators between items stay where they are. One edit spanning the
 * items from `min(from, to)` to `max(from, to)`.
 */
export function planMoveListItem(
  parsed: ParsedYaml,
  listPath: ConfigPath,
  from: number,
  to: number,
): TextEdit[] {
  const walk = walkPath(parsed.document, listPath);
  if (!walk.complete || !isSeq(walk.node)) throw describePathError(listPath, 'it is not a list');
  const count = walk.node.items.length;
  for (const index of [from, to]) {
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw describePathError(listPath, `index ${index} is outside the list of ${count}`);
    }
  }
  if (from === to) return [];
  const { items } = describeCollection(parsed, walk.node, walk.steps.length === 0);
  const low = Math.min(from, to);
  const high = Math.max(from, to);
  const order: number[] = [];
  for (let i = low; i <= high; i++) if (i !== from) order.push(i);
  order.splice(to - low, 0, from);
  let text = '';
  order.forEach((source, position) => {
    const item = items[source];
    const slot = items[low + position];
    const following = items[low + position + 1];
    if (!item || !slot) return;
    text += parsed.text.slice(item.start, item.end);
    if (position < order.length - 1 && following) {
      text += parsed.text.slice(slot.end, following.start);
    }
  });
  const first = items[low];
  const lastItem = items[high];
  if (!first || !lastItem) return [];
  return [replaceRange(first.start, lastItem.end, text)];
}
