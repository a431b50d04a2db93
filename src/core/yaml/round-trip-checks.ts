import { isAlias, isMap, isScalar, isSeq, visit } from 'yaml';
import type { ParsedNode } from 'yaml';
import type { ConfigPath } from '../source-range';
import type { ParsedYaml } from './types';

/**
 * Helpers for the round-trip tests over the corpus and the fixtures: kept pure (no Node
 * APIs) so that they type-check with the core.
 */

/**
 * The path of the first single-line scalar value (not a key, not a block scalar) in text
 * order, preferring strings: the value the round-trip tests edit.
 */
export function findFirstScalarLeaf(parsed: ParsedYaml): ConfigPath | undefined {
  const find = (wanted: (value: unknown) => boolean) => {
    const visit = (node: ParsedNode | null, path: ConfigPath): ConfigPath | undefined => {
      if (isScalar(node)) {
        const inline = node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED';
        return inline && wanted(node.value) ? path : undefined;
      }
      if (isMap(node)) {
        for (const pair of node.items) {
          const key = pair.key;
          if (!isScalar(key)) continue;
          const found = visit(pair.value, [...path, key.value === null ? '' : String(key.value)]);
          if (found) return found;
        }
      }
      if (isSeq(node)) {
        for (const [index, item] of node.items.entries()) {
          const found = visit(item, [...path, index]);
          if (found) return found;
        }
      }
      return undefined;
    };
    return visit(parsed.document.contents, []);
  };
  return find((value) => typeof value === 'string') ?? find(() => true);
}

/** A copy of `value` with `path` set to `leaf` (the expected value after a one-leaf edit). */
export function replaceAtPath(value: unknown, path: ConfigPath, leaf: unknown): unknown {
  const [first, ...rest] = path;
  if (first === undefined) return leaf;
  if (Array.isArray(value)) {
    return value.map((item, index) => (index === first ? replaceAtPath(item, rest, leaf) : item));
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const key = String(first);
  const replaced = replaceAtPath(copy[key], rest, leaf);
  Object.defineProperty(copy, key, { value: replaced, enumerable: true, writable: true });
  return copy;
}

/** Line numbers (1-based) whose text differs, comparing line by line (line breaks kept). */
export function listChangedLines(before: string, after: string): number[] {
  const split = (text: string) => text.match(/[^\r\n]*(\r\n|\n|\r|$)/g) ?? [];
  const a = split(before);
  const b = split(after);
  const changed: number[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) changed.push(i + 1);
  }
  return changed;
}

/** True when the document uses aliases: one edit may then change the value in several places. */
export function hasAliases(parsed: ParsedYaml): boolean {
  let found = false;
  visit(parsed.document, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** The value at `path` inside a plain value, or `undefined`. */
export function readAtPath(value: unknown, path: ConfigPath): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[String(segment)];
  }
  return current;
}
