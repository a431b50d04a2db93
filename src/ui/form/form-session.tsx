import { createContext, useContext } from 'react';
import type { ConfigPath } from '../../core/source-range';
import { readConfigPath } from './model/config-read';
import { selectFieldDiagnostics, type FieldDiagnostic } from './model/field-diagnostics';
import type { FormEdit } from './model/form-edit';
import type { FieldHelp } from './model/schema-help';

/**
 * What every form control needs, independent of how the store is built: the config it shows
 * (the last good one while the text does not parse), whether it may write, the diagnostics,
 * help text, and `commit`, which turns form edits into minimal text edits.
 */
export interface FormSession {
  readonly config: unknown;
  readonly readOnly: boolean;
  readonly diagnostics: readonly FieldDiagnostic[];
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

/** The value at `path` in the config the form shows. */
export function useConfigValue(path: ConfigPath): unknown {
  return readConfigPath(useFormSession().config, path);
}

/** Diagnostics to show on the field at `path` (see `selectFieldDiagnostics`). */
export function useFieldDiagnostics(
  path: ConfigPath,
  options?: { readonly subtree?: boolean; readonly excluded?: readonly ConfigPath[] },
): FieldDiagnostic[] {
  return selectFieldDiagnostics(useFormSession().diagnostics, path, options);
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
