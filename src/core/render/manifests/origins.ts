import type { OriginMap, ValueOrigin } from '../merge/types';

/** The origin of everything Dagster (or the agent) adds itself: names, labels, env, defaults. */
export const DAGSTER_ORIGIN: ValueOrigin = { layer: 'dagster', document: null, path: [] };

/** JSON pointer (RFC 6901) of a path: `['metadata', 'labels', 'a/b']` → `/metadata/labels/a~1b`. */
export function toJsonPointer(path: readonly (string | number)[]): string {
  let pointer = '';
  for (const part of path) pointer += `/${escapePointerKey(String(part))}`;
  return pointer;
}

/** The body each map of {@link PlacementRecorder.resolve} was resolved for (see isResolvedFor). */
const resolvedBodies = new WeakMap<ReadonlyMap<string, ValueOrigin>, unknown>();

/**
 * True when `origins` is PlacementRecorder.resolve's map for `body`: one entry per leaf, in
 * the order {@link forEachLeafValue} visits them, so callers can read it in step with the walk.
 */
export function isResolvedFor(origins: ReadonlyMap<string, ValueOrigin>, body: unknown): boolean {
  return resolvedBodies.get(origins) === body;
}

/** Where one subtree of a manifest came from: a subtree of the merged fragments, or a fixed origin. */
type PlacementSource = { readonly fragmentPointer: string } | { readonly origin: ValueOrigin };

/**
 * Records, while a renderer assembles an object, which fragment subtree (or which fixed origin)
 * each manifest subtree comes from. More specific (longer) targets win, so a renderer can place
 * a whole map and then override single keys (user labels over Dagster's, for example).
 */
export class PlacementRecorder {
  private readonly placements = new Map<string, PlacementSource>();

  /** `target` (manifest path) holds the value found at `fragmentPath` in the merged fragments. */
  fromFragment(target: readonly (string | number)[], fragmentPath: readonly (string | number)[]) {
    this.placements.set(toJsonPointer(target), { fragmentPointer: toJsonPointer(fragmentPath) });
  }

  /** `target` and everything under it has the fixed `origin`. */
  fromOrigin(target: readonly (string | number)[], origin: ValueOrigin) {
    this.placements.set(toJsonPointer(target), { origin });
  }

  /**
   * Resolves the origin of every leaf of `body` (scalars, and empty lists or maps): through the
   * placements into `fragmentOrigins` (nearest recorded ancestor), else {@link DAGSTER_ORIGIN}.
   * The most specific (deepest) placement covering a leaf wins; it is carried down the walk
   * instead of looked up again from every leaf.
   */
  resolve(body: unknown, fragmentOrigins: OriginMap): Map<string, ValueOrigin> {
    const result = new Map<string, ValueOrigin>();
    const visit = (value: unknown, pointer: string, covering: Covering | undefined): void => {
      const here = this.placements.get(pointer);
      const current = here ? { source: here, at: pointer.length } : covering;
      if (Array.isArray(value) && value.length > 0) {
        for (let i = 0; i < value.length; i++) {
          if (i in value) visit(value[i], `${pointer}/${i}`, current);
        }
        return;
      }
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const keys = Object.keys(value);
        if (keys.length > 0) {
          for (const key of keys) {
            const item = (value as Record<string, unknown>)[key];
            visit(item, `${pointer}/${escapePointerKey(key)}`, current);
          }
          return;
        }
      }
      let origin: ValueOrigin | undefined;
      if (current && 'origin' in current.source) origin = current.source.origin;
      else if (current && 'fragmentPointer' in current.source) {
        const rest = pointer.slice(current.at);
        origin = findNearestOrigin(fragmentOrigins, current.source.fragmentPointer + rest);
      }
      result.set(pointer, origin ?? DAGSTER_ORIGIN);
    };
    visit(body, '', undefined);
    resolvedBodies.set(result, body);
    return result;
  }
}

/** The placement that covers a subtree, and the length of the pointer it was recorded at. */
interface Covering {
  readonly source: PlacementSource;
  readonly at: number;
}

/** The origin recorded for `pointer` or for its nearest ancestor. */
export function findNearestOrigin(origins: OriginMap, pointer: string): ValueOrigin | undefined {
  let current = pointer;
  for (;;) {
    const origin = origins.get(current);
    if (origin) return origin;
    if (current === '') return undefined;
    current = current.slice(0, current.lastIndexOf('/'));
  }
}

/** The JSON pointer token of one key: most keys need no escaping (a regex pass each was hot). */
function escapePointerKey(key: string): string {
  return key.includes('~') || key.includes('/')
    ? key.replace(/~/gu, '~0').replace(/\//gu, '~1')
    : key;
}

/**
 * Calls `visit` with the JSON pointer and the value of every leaf of a JSON value (scalars and
 * empty containers), in document order. One walk that carries the value along: reading each
 * pointer back from the root made the marks of a manifest quadratic in its depth.
 */
export function forEachLeaf(
  value: unknown,
  visit: (pointer: string, leaf: unknown) => void,
  base = '',
): void {
  if (Array.isArray(value)) {
    if (value.length === 0) visit(base, value);
    for (let i = 0; i < value.length; i++) {
      // flatMap skipped holes; so does this (JSON values have none).
      if (i in value) forEachLeaf(value[i], visit, `${base}/${i}`);
    }
    return;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) visit(base, value);
    for (const key of keys) {
      const item = (value as Record<string, unknown>)[key];
      forEachLeaf(item, visit, `${base}/${escapePointerKey(key)}`);
    }
    return;
  }
  visit(base, value);
}

/**
 * Calls `visit` with every leaf of a JSON value, in the order and with the same leaves as
 * {@link forEachLeaf}, without building their pointers (callers that already hold them).
 */
export function forEachLeafValue(value: unknown, visit: (leaf: unknown) => void): void {
  if (Array.isArray(value)) {
    if (value.length === 0) visit(value);
    for (let i = 0; i < value.length; i++) if (i in value) forEachLeafValue(value[i], visit);
    return;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) visit(value);
    for (const key of keys) forEachLeafValue((value as Record<string, unknown>)[key], visit);
    return;
  }
  visit(value);
}

/** JSON pointers of the leaves of a JSON value: scalars and empty containers. */
export function listLeafPointers(value: unknown, base = ''): string[] {
  const pointers: string[] = [];
  forEachLeaf(value, (pointer) => pointers.push(pointer), base);
  return pointers;
}
