import type { DiagnosticStage } from '../schema';
import type { ConfigPath, SourceRange } from '../source-range';

export type { DiagnosticStage } from '../schema';
export { DIAGNOSTIC_STAGE_LABELS } from '../schema';

export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/** Where a diagnostic comes from: the YAML reader, the schema, the Kubernetes models or a lint rule. */
export type DiagnosticSource = 'yaml' | 'schema' | 'kubernetes' | 'lint';

/** One problem in the user's text, tied to the narrowest range that shows it. */
export interface Diagnostic {
  readonly severity: DiagnosticSeverity;
  /** Dagster's (or Kubernetes', or Helm's) own words where they exist. */
  readonly message: string;
  readonly path: ConfigPath;
  readonly range: SourceRange;
  readonly source: DiagnosticSource;
  /** When the real system would report it (absent for pure editor advice). */
  readonly stage?: DiagnosticStage;
  /** Stable kind for quick fixes and tests, e.g. `extra_forbidden` or `DUPLICATE_KEY`. */
  readonly code?: string;
  /** What to do about it, in the editor's words. */
  readonly hint?: string;
}

/** A finding before it is placed in the text: like a schema problem, from a lint rule. */
export interface LintFinding {
  readonly severity: DiagnosticSeverity;
  readonly path: ConfigPath;
  /** Underline the key, the value, or (for something missing) the nearest existing parent. */
  readonly target: 'key' | 'value' | 'missing';
  readonly message: string;
  readonly code: string;
  readonly stage?: DiagnosticStage;
  readonly hint?: string;
}
