import { isMap, isSeq } from 'yaml';
import type { ParsedNode } from 'yaml';
import type { ConfigPath, SourceRange } from '../source-range';
import { rangeFromOffsets } from './line-index';
import { readKeyName, walkPath } from './path-walk';
import type { PathStep } from './path-walk';
import type { ParsedYaml } from './types';

/** Where a path's key and value are in the text. */
export interface PathRange {
  /** The key's text, for map entries. */
  readonly keyRange?: SourceRange;
  /**
   * The value's text, without its anchor/tag and without trailing blank lines or comments.
   * For an empty value (`key:` with nothing after it) this is the key's range, so that
   * markers stay visible.
   */
  readonly valueRange: SourceRange;
}

/** The deepest existing ancestor of a path (possibly the path itself) and its range. */
export interface NearestPathRange extends PathRange {
  readonly path: ConfigPath;
}

const WHITESPACE = /[ \t\r\n]/;

/** End of a node's own text: `yaml`'s value end, with trailing line breaks and spaces dropped. */
export function findNodeContentEnd(text: string, node: ParsedNode): number {
  const [start, valueEnd] = node.range;
  let end = valueEnd;
  while (end > start && WHITESPACE.test(text.charAt(end - 1))) end--;
  return end;
}

function rangeOfStep(parsed: ParsedYaml, step: PathStep | undefined): PathRange {
  const { text, lineIndex, document } = parsed;
  const key = step?.pair?.key;
  const keyRange = key ? rangeFromOffsets(lineIndex, key.range[0], key.range[1]) : undefined;
  const node = step ? step.node : document.contents;
  if (!node) return { keyRange, valueRange: keyRange ?? rangeFromOffsets(lineIndex, 0, 0) };
  const start = node.range[0];
  const end = findNodeContentEnd(text, node);
  if (end === start && keyRange) return { keyRange, valueRange: keyRange };
  const valueRange = rangeFromOffsets(lineIndex, start, end);
  return keyRange ? { keyRange, valueRange } : { valueRange };
}

/**
 * The source range of the node at `path` (its key too, for a map entry), or `undefined` when
 * the path is not written in the text (missing, or reached only through an alias or merge key).
 */
export function findPathRange(parsed: ParsedYaml, path: ConfigPath): PathRange | undefined {
  const walk = walkPath(parsed.document, path);
  if (!walk.complete) return undefined;
  return rangeOfStep(parsed, walk.steps[walk.steps.length - 1]);
}

/**
 * The range of `path` if it exists, else of its deepest ancestor that does, with that
 * ancestor's path: where to show a problem about a missing key.
 */
export function findNearestPathRange(parsed: ParsedYaml, path: ConfigPath): NearestPathRange {
  const walk = walkPath(parsed.document, path);
  const range = rangeOfStep(parsed, walk.steps[walk.steps.length - 1]);
  return { ...range, path: path.slice(0, walk.steps.length) };
}

/**
 * The path of the deepest node whose key or value contains `offset` (ends inclusive, so a
 * cursor just after a word still counts as on it); `[]` outside every node.
 */
export function findPathAtOffset(parsed: ParsedYaml, offset: number): ConfigPath {
  const { text } = parsed;
  const path: (string | number)[] = [];
  let node: ParsedNode | null = parsed.document.contents;
  while (node) {
    let next: ParsedNode | null = null;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key;
        const name = readKeyName(key);
        const last = pair.value ?? key;
        if (name === undefined || !last) continue;
        if (offset >= key.range[0] && offset <= findNodeContentEnd(text, last)) {
          path.push(name);
          const onKey = offset <= key.range[1];
          next = onKey || !pair.value || offset < pair.value.range[0] ? null : pair.value;
          if (!next) return path;
          break;
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        if (next || !item) return;
        if (offset >= item.range[0] && offset <= findNodeContentEnd(text, item)) {
          path.push(index);
          next = item;
        }
      });
    }
    if (!next) return path;
    node = next;
  }
  return path;
}
