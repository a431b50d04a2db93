import type { ConfigPath } from '../source-range';

/**
 * When Dagster (or Kubernetes, or Helm) would reject or trip over a value. The editor shows it
 * next to the message so users know how late they would otherwise have found out.
 */
export type DiagnosticStage =
  'ci-check' | 'agent' | 'run-launch' | 'kubernetes-api' | 'helm-install' | 'editor';

export const DIAGNOSTIC_STAGE_LABELS: Record<DiagnosticStage, string> = {
  'ci-check': 'dagster-cloud ci check',
  agent: 'Dagster+ agent, at code-server deploy or run launch',
  'run-launch': 'run launch (dagster-k8s/config tag)',
  'kubernetes-api': 'Kubernetes API server',
  'helm-install': 'helm install / upgrade',
  editor: 'editor check',
};

/**
 * Which part of the text a problem should underline: the key itself (unknown key), the value
 * (wrong value), or — for a missing key — the nearest existing ancestor's key.
 */
export type ProblemTarget = 'key' | 'value' | 'missing';

/** One schema or model problem, before it is tied to a range in the text. */
export interface SchemaProblem {
  /** `error`: the stage rejects it; `warning`: accepted but not what it looks like; `info`: a note. */
  readonly severity: 'error' | 'warning' | 'info';
  readonly path: ConfigPath;
  readonly target: ProblemTarget;
  readonly message: string;
  readonly stage: DiagnosticStage;
  readonly source: 'schema' | 'kubernetes';
  /** Stable machine-readable kind, e.g. `extra_forbidden` or `k8s-unexpected-keys`. */
  readonly code: string;
  /** A suggestion in the editor's words; the message itself stays Dagster's. */
  readonly hint?: string;
  /** Where to underline, when that is narrower than `path` (e.g. the duplicated name). */
  readonly rangePath?: ConfigPath;
}
