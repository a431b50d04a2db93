import { isSameList } from '../../../core/same-list';
import type { ConfigPath } from '../../../core/source-range';
import { isConfigPathWithin, isSameConfigPath } from './config-read';

/** The part of a diagnostic a form field shows. */
export interface FieldDiagnostic {
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly path: ConfigPath;
}

/**
 * The diagnostics a field shows: those on its own path, plus (for editors of a whole subtree,
 * such as a raw YAML block) those anywhere below it, except under `excluded` subpaths, which
 * other fields show.
 */
export function selectFieldDiagnostics<D extends FieldDiagnostic>(
  diagnostics: readonly D[],
  path: ConfigPath,
  options: { readonly subtree?: boolean; readonly excluded?: readonly ConfigPath[] } = {},
): D[] {
  return diagnostics.filter((diagnostic) => {
    if (isSameConfigPath(diagnostic.path, path)) return true;
    if (!options.subtree || !isConfigPathWithin(diagnostic.path, path)) return false;
    return !(options.excluded ?? []).some((prefix) => isConfigPathWithin(diagnostic.path, prefix));
  });
}

/**
 * Whether two lists show the same messages: same length, and pairwise the same severity,
 * message and path (the objects themselves are remade whenever an edit moves them).
 */
export function isSameFieldDiagnosticList(
  a: readonly FieldDiagnostic[],
  b: readonly FieldDiagnostic[],
): boolean {
  return isSameList(
    a,
    b,
    (diagnostic, other) =>
      diagnostic.severity === other.severity &&
      diagnostic.message === other.message &&
      isSameConfigPath(diagnostic.path, other.path),
  );
}
