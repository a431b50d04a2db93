import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Alias, Document, Node, Scalar } from 'yaml';

/** A key that repeats an earlier key of the same map. */
export interface DuplicateKey {
  readonly key: Scalar;
  readonly name: string;
}

/** How PyYAML tells keys apart: `1` and `'1'` differ, `'a'` and `"a"` do not. */
function identifyKey(key: Scalar): string {
  const value: unknown = key.value;
  if (value instanceof Date) return `date:${value.getTime()}`;
  return `${typeof value}:${String(value)}`;
}

/**
 * Finds every repeated scalar key (the second and later occurrences), in document order.
 * Merge keys (`<<`) are left to the merge rules. Aliases are not followed, so an alias bomb
 * costs nothing here.
 */
export function findDuplicateKeys(document: Document.Parsed): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key) && !(key.type === 'PLAIN' && key.source === '<<')) {
          const id = identifyKey(key);
          if (seen.has(id)) found.push({ key, name: String(key.value) });
          seen.add(id);
        }
        visit(key);
        visit(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    }
  };
  visit(document.contents);
  return found;
}

/** The alias at which the document's expanded size first passes the limit. */
export interface AliasOverflow {
  readonly alias: Alias;
  /** The expanded size reached at that alias (at least `limit + 1`). */
  readonly total: number;
}

/**
 * Counts the nodes the document would have with every alias expanded, in document order, and
 * stops at the alias that takes the count past `limit`. A "billion laughs" file is a few
 * hundred bytes whose expansion has ~10^9 nodes: building or validating its value would hang,
 * so callers refuse to. Linear in the size of the text: each anchored node's expanded size is
 * computed once.
 */
export function findAliasOverflow(
  document: Document.Parsed,
  limit: number,
): AliasOverflow | undefined {
  const anchors = new Map<string, Node>();
  const sizes = new Map<Node, number>();
  let total = 0;
  let overflow: AliasOverflow | undefined;

  // Returns the expanded size of `node`; adds it to `total` as it goes.
  const measure = (node: unknown): number => {
    if (overflow || node === null || node === undefined) return 0;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      // An alias to an enclosing node (a recursive structure) or to nothing counts as one node.
      const size = (target && sizes.get(target)) ?? 1;
      total += size;
      if (total > limit) overflow = { alias: node, total };
      return size;
    }
    if (isScalar(node) || isMap(node) || isSeq(node)) {
      if (node.anchor) anchors.set(node.anchor, node);
      total += 1;
      let size = 1;
      if (isMap(node)) {
        for (const pair of node.items) size += measure(pair.key) + measure(pair.value);
      } else if (isSeq(node)) {
        for (const item of node.items) size += measure(item);
      }
      sizes.set(node, size);
      return size;
    }
    return 0;
  };
  measure(document.contents);
  return overflow;
}
