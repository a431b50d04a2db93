import type { OriginMap, ValueOrigin } from './types';

/**
 * The origin of the node at `pointer` in merged fragments, or of its nearest ancestor that has
 * one (for keys a renderer derives below a merged value). Undefined when nothing matches.
 */
export function findOrigin(origins: OriginMap, pointer: string): ValueOrigin | undefined {
  let current = pointer;
  for (;;) {
    const origin = origins.get(current);
    if (origin) return origin;
    if (current === '') return undefined;
    current = current.slice(0, current.lastIndexOf('/'));
  }
}

/** The origin of values Dagster itself adds (names, labels, system env, defaults). */
export function dagsterOrigin(): ValueOrigin {
  return { layer: 'dagster', document: null, path: [] };
}
