import type { CST, ParsedNode } from 'yaml';
import type { ConfigPath } from '../source-range';
import { describeCollection } from './collection-layout';
import type { CollectionLayout, ItemLayout } from './collection-layout';
import { detectIndentStyle } from './indent-style';
import { findLineIndexAt } from './line-index';
import type { PathStep } from './path-walk';
import type { ParsedYaml } from './types';
import type { IndentStyle } from './value-render';

/** Everything a planner needs about one node it is about to change. */
export interface NodeSite {
  readonly parsed: ParsedYaml;
  readonly path: ConfigPath;
  /** The node (null for a flow key without value, or an empty document). */
  readonly node: ParsedNode | null;
  /** Where it sits: the document root, a map value, or a sequence item. */
  readonly kind: 'root' | 'pair' | 'item';
  /** The enclosing collection's layout and this entry's place in it (not for the root). */
  readonly parent?: CollectionLayout;
  readonly item?: ItemLayout;
  /** Inside a flow collection somewhere up the path. */
  readonly inFlow: boolean;
  readonly eol: string;
  readonly style: IndentStyle;
}

/** The file's line break: the first one used, `\n` when there is none. */
export function detectEol(text: string): string {
  const index = text.search(/\r\n|\n|\r/);
  if (index < 0) return '\n';
  return text.startsWith('\r\n', index) ? '\r\n' : text.charAt(index);
}

/** True for a collection written in flow style (`[...]`, `{...}`). */
export function isFlowNode(node: ParsedNode | null | undefined): boolean {
  return (node?.srcToken as CST.Token | undefined)?.type === 'flow-collection';
}

/** True for a block map or block sequence. */
export function isBlockCollection(node: ParsedNode | null | undefined): boolean {
  const type = (node?.srcToken as CST.Token | undefined)?.type;
  return type === 'block-map' || type === 'block-seq';
}

/** Describes the node reached by `steps` (the document contents for no steps). */
export function locateNode(
  parsed: ParsedYaml,
  path: ConfigPath,
  steps: readonly PathStep[],
): NodeSite {
  const common = {
    parsed,
    path,
    eol: detectEol(parsed.text),
    style: detectIndentStyle(parsed),
    inFlow: steps.some((step) => isFlowNode(step.parent)),
  };
  const last = steps[steps.length - 1];
  if (!last) return { ...common, node: parsed.document.contents, kind: 'root' };
  const parent = describeCollection(parsed, last.parent, steps.length === 1);
  return {
    ...common,
    node: last.node,
    kind: last.pair ? 'pair' : 'item',
    parent,
    item: parent.items[last.index],
  };
}

/** 0-based line of an offset. */
export function findLine(parsed: ParsedYaml, offset: number): number {
  return findLineIndexAt(parsed.lineIndex, offset);
}

/** End of the content of the line holding `offset` (before its line break). */
export function findLineEnd(parsed: ParsedYaml, offset: number): number {
  return parsed.lineIndex.lineEnds[findLine(parsed, offset)] ?? parsed.text.length;
}

/** Start of the line holding `offset`. */
export function findLineStart(parsed: ParsedYaml, offset: number): number {
  return parsed.lineIndex.lineStarts[findLine(parsed, offset)] ?? 0;
}

/** Describes `error` for a path, the way planners report refusals. */
export function describePathError(path: ConfigPath, reason: string): Error {
  return new Error(`Cannot edit '${path.join('.')}': ${reason}`);
}
