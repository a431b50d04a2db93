/**
 * Diagnostics: everything wrong with a dagster_cloud.yaml (or tag, or Helm values) text, each
 * tied to the narrowest source range, in Dagster's own words where it has them.
 */
export type {
  Diagnostic,
  DiagnosticSeverity,
  DiagnosticSource,
  DiagnosticStage,
  LintFinding,
} from './diagnostic';
export { DIAGNOSTIC_STAGE_LABELS } from './diagnostic';
export {
  collectDiagnostics,
  collectHelmValuesDiagnostics,
  collectTagDiagnostics,
} from './collect-diagnostics';
export { findProblemRange } from './problem-range';
export { sortDiagnostics } from './sort-diagnostics';
export { lintAgentHelmValues, lintDagsterCloudConfig, lintK8sConfigTag } from './lint';
