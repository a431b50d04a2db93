/**
 * One value that components subscribe to (with `useSyncExternalStore`), so that a change
 * re-renders those that read it and not the component that owns it.
 *
 * Updating and notifying can be apart: `update` holds a value at once (a component rendering
 * now reads it) and `flush` tells the listeners, e.g. once the render that updated it has
 * committed. `set` does both.
 */
export interface ValueStore<T> {
  readonly get: () => T;
  /** Holds `next` unless it is the same as the current value; listeners hear of it on `flush`. */
  readonly update: (next: T) => void;
  /** Tells the listeners, if an update came since the last flush. */
  readonly flush: () => void;
  readonly set: (next: T) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

/** A store holding `initial`; `isSame` tells when an update changes nothing. */
export function createValueStore<T>(
  initial: T,
  isSame: (a: T, b: T) => boolean = Object.is,
): ValueStore<T> {
  let current = initial;
  let changed = false;
  const listeners = new Set<() => void>();
  const update = (next: T) => {
    if (isSame(next, current)) return;
    current = next;
    changed = true;
  };
  const flush = () => {
    if (!changed) return;
    changed = false;
    for (const listener of [...listeners]) listener();
  };
  return {
    get: () => current,
    update,
    flush,
    set(next) {
      update(next);
      flush();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
