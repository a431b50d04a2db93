import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, Pair, ParsedNode, YAMLMap, YAMLSeq } from 'yaml';
import type { ConfigPath } from '../source-range';

/** One step of a path through the document: the collection entered and the item found in it. */
export interface PathStep {
  readonly segment: string | number;
  readonly parent: YAMLMap.Parsed | YAMLSeq.Parsed;
  /** Index of the pair (map) or item (sequence) in `parent.items`. */
  readonly index: number;
  /** The map pair, for map steps. */
  readonly pair?: Pair<ParsedNode, ParsedNode | null>;
  /** The value at this step (`null` for a key without value node, as in `{a}`). */
  readonly node: ParsedNode | null;
}

/** The steps of a path that exist in the text, stopping at the first one that does not. */
export interface PathWalk {
  readonly steps: readonly PathStep[];
  /** The deepest existing node: the document's contents when no step exists. */
  readonly node: ParsedNode | null;
  /** True when every segment of the path was found. */
  readonly complete: boolean;
}

/** The key as Dagster's loaded value names it (PyYAML keys, stringified like the JS value). */
export function readKeyName(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  const value: unknown = key.value;
  if (typeof value === 'symbol') return value.description ?? ''; // the `<<` merge key
  return value === null ? '' : String(value);
}

/** Finds the pair for `segment` in a map: the last one, as the loaded value keeps the last duplicate. */
export function findPairIndex(map: YAMLMap.Parsed, segment: string | number): number {
  const name = String(segment);
  for (let i = map.items.length - 1; i >= 0; i--) {
    if (readKeyName(map.items[i]?.key) === name) return i;
  }
  return -1;
}

/**
 * Follows `path` through the document's nodes (never through aliases: what an alias points
 * to lives elsewhere in the text, and editing it there would change every use).
 */
export function walkPath(document: Document.Parsed, path: ConfigPath): PathWalk {
  const steps: PathStep[] = [];
  let node = document.contents;
  for (const segment of path) {
    if (isMap(node)) {
      const index = findPairIndex(node, segment);
      const pair = node.items[index];
      if (!pair) break;
      steps.push({ segment, parent: node, index, pair, node: pair.value });
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      steps.push({ segment, parent: node, index: segment, node: item });
      node = item;
    } else {
      break;
    }
  }
  return { steps, node, complete: steps.length === path.length };
}
