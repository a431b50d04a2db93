import { isMap, isPair, isSeq } from 'yaml';
import type { CST, ParsedNode } from 'yaml';
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

/** True for a block scalar with keep chomping (`|+`): its trailing blank lines are content. */
function isKeptBlockScalar(node: ParsedNode): boolean {
  const token = node.srcToken as CST.Token | undefined;
  return (
    token?.type === 'block-scalar' &&
    token.props.some((prop) => prop.type === 'block-scalar-header' && prop.source.includes('+'))
  );
}

/**
 * End of a node's own text: `yaml`'s value end, with trailing line breaks and spaces dropped
 * (except the blank lines a `|+` block scalar keeps as content).
 */
export function findNodeContentEnd(text: string, node: ParsedNode): number {
  const [start, valueEnd] = node.range;
  const type = (node.srcToken as CST.Token | undefined)?.type;
  if ((type === 'block-map' || type === 'block-seq') && (isMap(node) || isSeq(node))) {
    // A block collection ends where its last entry does (which may be a `|+` block scalar).
    const last: unknown = node.items[node.items.length - 1];
    const lastNode = (isPair(last) ? (last.value ?? last.key) : last) as ParsedNode | null;
    if (lastNode) return Math.max(start, findNodeContentEnd(text, lastNode));
  }
  if (isKeptBlockScalar(node)) {
    const withoutBreak =
      valueEnd -
      (text.endsWith('\r\n', valueEnd) ? 2 : /[\r\n]/.test(text.charAt(valueEnd - 1)) ? 1 : 0);
    return Math.max(start, withoutBreak);
  }
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
