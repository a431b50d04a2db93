/** The issue type reported when a map is checked against a Kubernetes model. */
import type { ConfigPath } from '../source-range';

/**
 * - `k8s-unexpected-keys`, `k8s-both-spellings`, `k8s-not-a-dict`: Dagster's own exceptions
 *   (`dagster_k8s/models.py`), with its exact messages.
 * - `k8s-not-a-list`, `k8s-not-a-map`: the Python TypeError/AttributeError the agent hits when a
 *   list- or map-typed field holds something else.
 * - `k8s-invalid-scalar`: `int()`/`float()` (or dateutil) rejects the value at launch.
 * - `k8s-missing-required`: the Kubernetes client rejects a model without a required field.
 * - `k8s-string-as-list`, `k8s-map-as-list`, `k8s-coerced-scalar`: accepted, but the agent sends
 *   something other than what the user probably meant (merge.md §13).
 * - `k8s-misplaced-key`, `k8s-similar-key`: hints next to an unexpected key: where it belongs,
 *   or the spelling the model knows.
 */
export type K8sModelIssueCode =
  | 'k8s-unexpected-keys'
  | 'k8s-both-spellings'
  | 'k8s-not-a-dict'
  | 'k8s-not-a-list'
  | 'k8s-not-a-map'
  | 'k8s-invalid-scalar'
  | 'k8s-missing-required'
  | 'k8s-string-as-list'
  | 'k8s-map-as-list'
  | 'k8s-coerced-scalar'
  | 'k8s-misplaced-key'
  | 'k8s-similar-key';

export interface K8sModelIssue {
  /** Points at the offending key (or list item) so the editor can underline it. */
  readonly path: ConfigPath;
  readonly message: string;
  readonly code: K8sModelIssueCode;
  /** `error`: the agent raises; `warning`: accepted but surprising; `info`: a hint. */
  readonly severity: 'error' | 'warning' | 'info';
}
