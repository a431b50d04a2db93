import type { OriginMap, ValueOrigin } from '../merge/types';

/** The origin of everything Dagster (or the agent) adds itself: names, labels, env, defaults. */
export const DAGSTER_ORIGIN: ValueOrigin = { layer: 'dagster', document: null, path: [] };

/** JSON pointer (RFC 6901) of a path: `['metadata', 'labels', 'a/b']` → `/metadata/labels/a~1b`. */
export function toJsonPointer(path: readonly (string | number)[]): string {
  return path.map((part) => `/${String(part).replace(/~/gu, '~0').replace(/\//gu, '~1')}`).join('');
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

  /** The most specific placement covering `pointer`, with the part of `pointer` below it. */
  private lookup(pointer: string): { source: PlacementSource; rest: string } | undefined {
    let prefix = pointer;
    for (;;) {
      const source = this.placements.get(prefix);
      if (source) return { source, rest: pointer.slice(prefix.length) };
      if (prefix === '') return undefined;
      prefix = prefix.slice(0, prefix.lastIndexOf('/'));
    }
  }

  /**
   * Resolves the origin of every leaf of `body` (scalars, and empty lists or maps): through the
   * placements into `fragmentOrigins` (nearest recorded ancestor), else {@link DAGSTER_ORIGIN}.
   */
  resolve(body: unknown, fragmentOrigins: OriginMap): Map<string, ValueOrigin> {
    const result = new Map<string, ValueOrigin>();
    for (const pointer of listLeafPointers(body)) {
      const found = this.lookup(pointer);
      let origin: ValueOrigin | undefined;
      if (found && 'origin' in found.source) origin = found.source.origin;
      else if (found && 'fragmentPointer' in found.source) {
        origin = findNearestOrigin(fragmentOrigins, found.source.fragmentPointer + found.rest);
      }
      result.set(pointer, origin ?? DAGSTER_ORIGIN);
    }
    return result;
  }
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

/** JSON pointers of the leaves of a JSON value: scalars and empty containers. */
export function listLeafPointers(value: unknown, base = ''): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [base];
    return value.flatMap((item, i) => listLeafPointers(item, `${base}/${i}`));
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return [base];
    return entries.flatMap(([key, item]) =>
      listLeafPointers(item, `${base}${toJsonPointer([key])}`),
    );
  }
  return [base];
}
