import type { FieldDiagnostic } from './model/field-diagnostics';

/** What the form shows: the config (the last good one while the text does not parse). */
export interface FormData {
  readonly config: unknown;
  readonly diagnostics: readonly FieldDiagnostic[];
}

/**
 * The form's data as an external store, so each control subscribes to its own part. Updating
 * and notifying are apart: the pane updates while it renders (controls that mount in that render
 * read the new data, not the last one) and notifies once that render has committed.
 */
export interface FormDataStore {
  readonly get: () => FormData;
  /** Holds `next` when its config or diagnostics differ; listeners hear of it on `flush`. */
  readonly update: (next: FormData) => void;
  /** Tells the listeners, if an update came since the last flush. */
  readonly flush: () => void;
  readonly subscribe: (listener: () => void) => () => void;
}

export function createFormDataStore(initial: FormData): FormDataStore {
  let current = initial;
  let changed = false;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    update(next) {
      if (next.config === current.config && next.diagnostics === current.diagnostics) return;
      current = next;
      changed = true;
    },
    flush() {
      if (!changed) return;
      changed = false;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
