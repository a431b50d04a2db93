import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Alias, CST, Document, Node, Scalar } from 'yaml';

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
      // Primitive keys stand for themselves (a Set tells `1` from '1' as identifyKey does);
      // building an id string per key was most of this walk's cost. A map of one key has no
      // duplicate to find.
      const seen = node.items.length > 1 ? new Set<unknown>() : undefined;
      // Dates and other object values, by identifyKey's id (apart from primitive keys).
      let seenObjects: Set<string> | undefined;
      for (const pair of node.items) {
        const key = pair.key;
        if (seen && isScalar(key) && !(key.type === 'PLAIN' && key.source === '<<')) {
          const value: unknown = key.value;
          const isObject =
            value !== null && (typeof value === 'object' || typeof value === 'function');
          const set: Set<unknown> = isObject ? (seenObjects ??= new Set()) : seen;
          const id = isObject ? identifyKey(key) : value;
          if (set.has(id)) found.push({ key, name: String(key.value) });
          set.add(id);
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

/** The alias at which the document's expanded size (or its alias count) first passes the limit. */
export interface AliasOverflow {
  readonly alias: Alias;
  /** The size the aliases added up to at that alias. */
  readonly total: number;
  /** `size`: the aliases expand past `limit`; `count`: there are more than `maxAliases` aliases. */
  readonly reason: 'size' | 'count';
}

/** A string scalar counts one value more per this many characters: aliasing long text is not free. */
const CHARS_PER_VALUE = 100;

/**
 * Counts the nodes that aliases add to the document when expanded (long strings counting as
 * several), in document order, and stops at the alias that takes the count past `limit`, or at
 * alias number `maxAliases + 1`. A "billion laughs" file is a few hundred bytes whose expansion
 * has ~10^9 nodes; 900 aliases of a 600 KB string expand to half a gigabyte; and `yaml` resolves
 * each alias in time linear in the aliases before it. Building or validating such a value would
 * hang, so callers refuse to. Linear in the size of the text: each anchored node's expanded size
 * is computed once. The document's own nodes do not count: a big file is not an alias bomb.
 */
export function findAliasOverflow(
  document: Document.Parsed,
  limit: number,
  maxAliases = Infinity,
): AliasOverflow | undefined {
  const anchors = new Map<string, Node>();
  const sizes = new Map<Node, number>();
  let total = 0;
  let aliases = 0;
  let overflow: AliasOverflow | undefined;

  // Returns the expanded size of `node`; adds it to `total` as it goes.
  const measure = (node: unknown): number => {
    if (overflow || node === null || node === undefined) return 0;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      // An alias to an enclosing node (a recursive structure) or to nothing counts as one node.
      const size = (target && sizes.get(target)) ?? 1;
      total += size;
      aliases += 1;
      if (total > limit) overflow = { alias: node, total, reason: 'size' };
      else if (aliases > maxAliases) overflow = { alias: node, total, reason: 'count' };
      return size;
    }
    if (isScalar(node) || isMap(node) || isSeq(node)) {
      if (node.anchor) anchors.set(node.anchor, node);
      const text = isScalar(node) && typeof node.value === 'string' ? node.value : '';
      let size = 1 + Math.floor(text.length / CHARS_PER_VALUE);
      if (isMap(node)) {
        for (const pair of node.items) size += measure(pair.key) + measure(pair.value);
      } else if (isSeq(node)) {
        for (const item of node.items) size += measure(item);
      }
      // Only aliases read sizes, and an alias names an anchored node: a map entry per node
      // was most of this walk's cost.
      if (node.anchor) sizes.set(node, size);
      return size;
    }
    return 0;
  };
  measure(document.contents);
  return overflow;
}

/**
 * PyYAML's reader refuses any character outside its printable set (`Reader.NON_PRINTABLE`):
 * C0/C1 controls other than tab, LF, CR and NEL, lone surrogates, U+FFFE and U+FFFF. Returns the
 * offset of the first one, or -1.
 */
export function findUnprintableCharacter(text: string): number {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what it finds
  return text.search(/[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
}

/**
 * Offset of the first collection nested deeper than `limit` in the syntax tree, or -1. Runs on
 * the tokens, iteratively, before anything recursive sees the document: `yaml`'s composer
 * recurses per level, and near the stack's end V8 may even abort the process (a regular
 * expression compiled there fails with "process out of memory") instead of throwing.
 */
export function findNestingOverflow(tokens: readonly CST.Token[], limit: number): number {
  const pending: { token: CST.Token | null | undefined; depth: number }[] = [];
  for (const token of tokens)
    if (token.type === 'document') pending.push({ token: token.value, depth: 0 });
  let first = -1;
  while (pending.length > 0) {
    const { token, depth } = pending.pop()!;
    if (
      !token ||
      !(
        token.type === 'block-map' ||
        token.type === 'block-seq' ||
        token.type === 'flow-collection'
      )
    ) {
      continue;
    }
    if (depth >= limit) {
      if (first < 0 || token.offset < first) first = token.offset;
      continue;
    }
    for (const item of token.items as readonly CST.CollectionItem[]) {
      pending.push({ token: item.key, depth: depth + 1 }, { token: item.value, depth: depth + 1 });
    }
  }
  return first;
}
