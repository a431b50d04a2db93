import type { DagsterConfigError, DagsterErrorStage, DagsterErrorType } from '../merge/types';

const KNOWN_TYPES: readonly DagsterErrorType[] = [
  'Exception',
  'CheckError',
  'DagsterInvalidConfigError',
  'ValueError',
];

/**
 * Turns what the model conversion throws (src/core/k8s `K8sModelError`: Dagster's or the
 * Kubernetes client's exact message plus the Python exception class) into the error the preview
 * and the CLI show. Python classes outside {@link DagsterErrorType} (TypeError, AttributeError)
 * are reported as `Exception`: the message still carries Python's exact text.
 */
export function toDagsterConfigError(error: unknown, stage: DagsterErrorStage): DagsterConfigError {
  if (!(error instanceof Error)) throw error;
  const pythonType = (error as { pythonType?: unknown }).pythonType;
  if (error.name !== 'K8sModelError' && error.name !== 'PythonCoercionError') throw error;
  const errorType = KNOWN_TYPES.find((type) => type === pythonType) ?? 'Exception';
  return { kind: 'dagster-config-error', errorType, message: error.message, stage };
}
