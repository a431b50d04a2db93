/** Turns a user's map into what the Dagster agent makes of it. */
import { K8sModelError } from './messages';
import type { WalkIssue } from './walk-context';
import { walkK8sModelValue } from './walk';

export interface NormalizeK8sModelOptions {
  /**
   * Check required fields in every model (the Kubernetes client raises when one is `None`).
   * Default false: only a fully assembled object (the Job, the Deployment) has them all.
   */
  readonly requireFields?: boolean;
}

function throwFirstError(issues: readonly WalkIssue[]): void {
  const first = issues.find((issue) => issue.severity === 'error');
  if (first) throw new K8sModelError(first.message, first.path, first.pythonType);
}

/**
 * Renames every key of `value` to its Kubernetes JSON (camelCase) name by the tables of `model`
 * and its nested models, without converting values: Dagster's `k8s_snake_case_dict`, but
 * producing JSON names as merge.md §12.7 recommends for merging. Keys of label-like maps are
 * kept verbatim; key order is the user's. Throws {@link K8sModelError} with Dagster's message
 * (unknown key, both spellings, model value that is not a map, None where a list is declared…).
 */
export function normalizeK8sModelKeys(model: string, value: unknown): Record<string, unknown> {
  const result = walkK8sModelValue(model, value, [], {
    coerce: false,
    strictNulls: true,
    requireFields: 'none',
    hints: false,
  });
  throwFirstError(result.issues);
  return result.value as Record<string, unknown>;
}

/**
 * Returns what Dagster's `k8s_model_from_dict` followed by the Kubernetes Python client's
 * serialization produce from `value`: JSON (camelCase) names in each model's declared order,
 * primitives coerced by Python's `str()`/`int()`/`bool()`/`float()` (merge.md §13), null fields
 * dropped (nulls inside lists and maps stay), free-form fields unchanged. Keys may be snake_case
 * or camelCase. Throws {@link K8sModelError} with the message the agent would raise.
 */
export function normalizeK8sModelValue(
  model: string,
  value: unknown,
  options: NormalizeK8sModelOptions = {},
): unknown {
  const result = walkK8sModelValue(model, value, [], {
    coerce: true,
    strictNulls: false,
    requireFields: options.requireFields ? 'all' : 'none',
    hints: false,
  });
  throwFirstError(result.issues);
  return result.value;
}
