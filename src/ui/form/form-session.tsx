import { createContext, useContext, useRef, useSyncExternalStore } from 'react';
import type { ConfigPath } from '../../core/source-range';
import { readConfigPath } from './model/config-read';
import {
  isSameFieldDiagnosticList,
  selectFieldDiagnostics,
  type FieldDiagnostic,
} from './model/field-diagnostics';
import type { FormEdit } from './model/form-edit';
import { isSameConfigValue } from './model/map-diff';
import type { FieldHelp } from './model/schema-help';
import type { ValueStore } from '../shared/value-store';

/**
 * What every form control needs, independent of how the store is built: the data it shows
 * (`data`: the config, the last good one while the text does not parse, and the diagnostics),
 * help text, and `commit`, which turns form edits into minimal text edits.
 *
 * The session object itself stays the same while the user types: controls read the data
 * through the hooks below, each subscribed to the one value it shows, so a keystroke in the
 * editor re-renders the fields whose value or messages changed and no others (re-rendering an
 * `<input>` makes React set its `name` and `type` again, which costs style and paint work).
 */
/** What the form shows: the config (the last good one while the text does not parse). */
export interface FormData {
  readonly config: unknown;
  readonly diagnostics: readonly FieldDiagnostic[];
}

/** Two form data are the same when they hold the same config and diagnostics objects. */
export function isSameFormData(a: FormData, b: FormData): boolean {
  return a.config === b.config && a.diagnostics === b.diagnostics;
}

export interface FormSession {
  readonly data: ValueStore<FormData>;
  readonly commit: (edits: readonly FormEdit[]) => void;
  readonly describe: (path: ConfigPath) => FieldHelp | undefined;
}

const FormSessionContext = createContext<FormSession | undefined>(undefined);

export const FormSessionProvider = FormSessionContext.Provider;

/** The session of the enclosing form pane. */
export function useFormSession(): FormSession {
  const session = useContext(FormSessionContext);
  if (!session) throw new Error('useFormSession outside FormSessionProvider');
  return session;
}

/**
 * `select` of the form's data, re-rendering when its result changes. With `isSame`, a result
 * equal to the last one is the last one (so a derived list or map that came out the same does
 * not re-render); without, results compare by `Object.is`.
 */
export function useFormSelector<T>(
  select: (data: FormData) => T,
  isSame?: (a: T, b: T) => boolean,
): T {
  const { data } = useFormSession();
  const last = useRef<{ readonly value: T } | null>(null);
  return useSyncExternalStore(data.subscribe, () => {
    const next = select(data.get());
    if (!isSame) return next;
    if (last.current && isSame(last.current.value, next)) return last.current.value;
    last.current = { value: next };
    return next;
  });
}

/**
 * The value at `path` in the config the form shows. The same object while it is equal (keys in
 * the same order): an edit re-parses its whole location, which makes every list and map in it
 * a new object, and the editors of the unchanged ones need not re-render.
 */
export function useConfigValue(path: ConfigPath): unknown {
  return useFormSelector((data) => readConfigPath(data.config, path), isSameShownValue);
}

const isSameShownValue = (a: unknown, b: unknown) => isSameConfigValue(a, b, true);

/**
 * Diagnostics to show on the field at `path` (see `selectFieldDiagnostics`). The same array
 * while the messages are the same: a keystroke moves every diagnostic after it in the text,
 * which makes new diagnostic objects with the same messages.
 */
export function useFieldDiagnostics(
  path: ConfigPath,
  options?: { readonly subtree?: boolean; readonly excluded?: readonly ConfigPath[] },
): readonly FieldDiagnostic[] {
  return useFormSelector(
    (data): readonly FieldDiagnostic[] => selectFieldDiagnostics(data.diagnostics, path, options),
    isSameFieldDiagnosticList,
  );
}

/**
 * Help for a field: `override` when given ('' for none), else the schema's description of
 * `path`.
 */
export function useFieldHelp(path: ConfigPath, override?: string): FieldHelp | undefined {
  const { describe } = useFormSession();
  if (override !== undefined) return override === '' ? undefined : { text: override };
  return describe(path);
}
