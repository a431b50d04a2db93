/**
 * Values that carry their origin: every node of a traced tree knows which layer and which source
 * path set it, so merged fragments can report an origin per leaf. The merge engine works on
 * these trees; the public API converts them back to plain JSON plus an {@link OriginMap}.
 */
import { setOwnValue } from '../../k8s';
import type { ConfigPath } from '../../source-range';
import { raiseDagsterError } from './errors';
import type { JsonObject, JsonValue, OriginResolver, ValueOrigin } from './types';

export interface TracedScalar {
  readonly kind: 'scalar';
  readonly value: string | number | boolean | null;
  readonly origin: ValueOrigin;
}
export interface TracedList {
  readonly kind: 'list';
  readonly items: readonly TracedNode[];
  readonly origin: ValueOrigin;
}
export interface TracedMap {
  readonly kind: 'map';
  readonly entries: ReadonlyMap<string, TracedNode>;
  readonly origin: ValueOrigin;
}
export type TracedNode = TracedScalar | TracedList | TracedMap;

/**
 * Deepest nesting the renderer follows. Real Kubernetes objects nest a dozen levels or so; a
 * hostile input (a JSON tag 10,000 levels deep) would otherwise overflow the stack, and its
 * per-node origin paths would take memory quadratic in its depth.
 */
export const MAX_TRACE_DEPTH = 100;

function raiseTooDeep(origin: ValueOrigin): never {
  const shown = origin.path.slice(0, 12).join('.');
  const where = origin.path.length > 12 ? `${shown}…` : shown;
  return raiseDagsterError(
    'Exception',
    `This value is nested more than ${MAX_TRACE_DEPTH} levels deep (at ${where}): ` +
      'K8s Config Studio does not render values that deep, and no Kubernetes object needs it.',
    origin,
  );
}

/**
 * Builds a traced tree from a plain value; `path` is the value's path for `origin`. Raises
 * (as a Dagster-style error) past {@link MAX_TRACE_DEPTH} levels.
 */
export function traceValue(value: unknown, origin: OriginResolver, path: ConfigPath): TracedNode {
  if (path.length > MAX_TRACE_DEPTH) raiseTooDeep(origin(path));
  if (Array.isArray(value)) {
    return {
      kind: 'list',
      items: value.map((item, i) => traceValue(item, origin, [...path, i])),
      origin: origin(path),
    };
  }
  if (value !== null && typeof value === 'object') {
    const entries = new Map<string, TracedNode>();
    for (const [key, item] of Object.entries(value)) {
      entries.set(key, traceValue(item, origin, [...path, key]));
    }
    return { kind: 'map', entries, origin: origin(path) };
  }
  const scalar = value === undefined ? null : (value as string | number | boolean | null);
  return { kind: 'scalar', value: scalar, origin: origin(path) };
}

/** A traced scalar with a fixed origin (values Dagster or the fold step creates). */
export function tracedScalar(
  value: string | number | boolean | null,
  origin: ValueOrigin,
): TracedScalar {
  return { kind: 'scalar', value, origin };
}

export function tracedMap(entries: Iterable<[string, TracedNode]>, origin: ValueOrigin): TracedMap {
  return { kind: 'map', entries: new Map(entries), origin };
}

export function tracedList(items: readonly TracedNode[], origin: ValueOrigin): TracedList {
  return { kind: 'list', items, origin };
}

/** The plain JSON value of a traced tree. */
export function untrace(node: TracedNode): JsonValue {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'list') return node.items.map(untrace);
  return untraceMap(node);
}

export function untraceMap(node: TracedMap): JsonObject {
  const out: JsonObject = {};
  for (const [key, item] of node.entries) setOwnValue(out, key, untrace(item));
  return out;
}

/** Escapes one JSON-pointer token (RFC 6901). */
export function escapePointerToken(token: string | number): string {
  const text = String(token);
  // Most tokens need no escaping; two regex passes per token were a hot spot of the render.
  if (!text.includes('~') && !text.includes('/')) return text;
  return text.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Joins tokens into a JSON pointer: `['a', 0]` → `/a/0`. */
export function toJsonPointer(path: ConfigPath): string {
  let pointer = '';
  for (const token of path) pointer += `/${escapePointerToken(token)}`;
  return pointer;
}

/** Records the origin of every node of `node` (containers included) under `pointer`. */
export function collectOrigins(
  node: TracedNode,
  pointer: string,
  into: Map<string, ValueOrigin>,
): void {
  into.set(pointer, node.origin);
  if (node.kind === 'list') {
    node.items.forEach((item, i) => collectOrigins(item, `${pointer}/${i}`, into));
  } else if (node.kind === 'map') {
    for (const [key, item] of node.entries) {
      collectOrigins(item, `${pointer}/${escapePointerToken(key)}`, into);
    }
  }
}

/** Is a traced value "truthy" in Python's sense (non-empty container, non-empty string, …)? */
export function isTruthy(node: TracedNode | undefined): boolean {
  if (!node) return false;
  if (node.kind === 'list') return node.items.length > 0;
  if (node.kind === 'map') return node.entries.size > 0;
  return Boolean(node.value);
}

/** The same tree with every origin replaced by `map(origin)` (e.g. to relabel a layer). */
export function mapOrigins(
  node: TracedNode,
  map: (origin: ValueOrigin) => ValueOrigin,
): TracedNode {
  if (node.kind === 'scalar') return { ...node, origin: map(node.origin) };
  if (node.kind === 'list') {
    return {
      kind: 'list',
      items: node.items.map((i) => mapOrigins(i, map)),
      origin: map(node.origin),
    };
  }
  const entries = new Map<string, TracedNode>();
  for (const [key, item] of node.entries) entries.set(key, mapOrigins(item, map));
  return { kind: 'map', entries, origin: map(node.origin) };
}

/** An origin resolver that prefixes paths and labels them with one layer/document. */
export function originInDocument(
  layer: ValueOrigin['layer'],
  document: ValueOrigin['document'],
  prefix: ConfigPath,
): OriginResolver {
  return (path) => ({ layer, document, path: [...prefix, ...path] });
}
