/** Checks a user's map against a Kubernetes model the way the Dagster agent will. */
import type { ConfigPath } from '../source-range';
import type { K8sModelIssue } from './types';
import { walkK8sModelValue } from './walk';

export interface CheckK8sModelOptions {
  /**
   * Which models must carry their required fields (the Kubernetes client raises
   * ``Invalid value for `name`, must not be `None` ``). Default `nested`: a fragment's top level
   * is merged with what Dagster sets itself (the container's `name`, the Job's `template`), but
   * anything inside it (a sidecar, an env var, a volume source) is sent as written.
   */
  readonly requireFields?: 'none' | 'nested' | 'all';
}

/**
 * Checks `value` (a fragment such as `pod_spec_config`, or a `volumes` item) against the
 * Kubernetes model `model` (`V1PodSpec`, `V1Volume`, …) of the pinned API version, accepting
 * snake_case or camelCase per key at any depth. Returns every problem, not only the first one
 * Dagster would raise: Dagster's exact messages for its errors (`Unexpected keys in model class
 * V1Volume: {'invalidKey'}`), warnings for Python's scalar coercions, and hints for misplaced
 * keys. Each issue's path starts with `basePath` and points at the offending key.
 */
export function checkK8sModelValue(
  model: string,
  value: unknown,
  basePath: ConfigPath,
  options: CheckK8sModelOptions = {},
): K8sModelIssue[] {
  const { issues } = walkK8sModelValue(model, value, basePath, {
    coerce: false,
    strictNulls: true,
    requireFields: options.requireFields ?? 'nested',
    hints: true,
  });
  // A string or map iterated as a list yields one error per element at the same path: keep one.
  const seen = new Set<string>();
  return issues.flatMap(({ path, message, code, severity }) => {
    const key = JSON.stringify([path, code]);
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ path, message, code, severity }];
  });
}
