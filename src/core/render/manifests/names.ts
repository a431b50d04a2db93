import { computeMd5Hex } from './hash';

/** Kubernetes Job and Pod names longer than this are refused by Dagster before the API call. */
export const MAX_K8S_NAME_LENGTH = 63;

/** Dagster's `get_job_name_from_run_id`: `dagster-run-<run id>` (48 characters for a UUID). */
export function buildRunJobName(runId: string): string {
  return `dagster-run-${runId}`;
}

/**
 * Dagster's `_get_k8s_step_job_name`: `dagster-step-<md5(run id + step key)>`, with
 * `-<attempt>` for a retried step. `hash` overrides the digest (the preview passes a
 * placeholder when the run id is itself a placeholder, so no realistic-looking hash is invented).
 */
export function buildStepJobName(
  runId: string,
  stepKey: string,
  options: { attempt?: number; hash?: string } = {},
): string {
  const hash = options.hash ?? computeMd5Hex(runId + stepKey);
  return options.attempt ? `dagster-step-${hash}-${options.attempt}` : `dagster-step-${hash}`;
}

/**
 * The two invariants of `construct_dagster_k8s_job`, with Dagster's exact `CheckError` texts
 * (the Pod message says `job_name` too: that is Dagster's wording). Returns null when both hold.
 */
export function checkJobNameLengths(jobName: string, podName: string): string | null {
  if (jobName.length > MAX_K8S_NAME_LENGTH) {
    return `Invariant failed. Description: job_name is ${jobName.length} in length; Kubernetes Jobs cannot be longer than ${MAX_K8S_NAME_LENGTH} characters.`;
  }
  if (podName.length > MAX_K8S_NAME_LENGTH) {
    return `Invariant failed. Description: job_name is ${podName.length} in length; Kubernetes Pods cannot be longer than ${MAX_K8S_NAME_LENGTH} characters.`;
  }
  return null;
}

/** `unique_resource_name` step 2: lowercase, delete `[^a-z0-9-]`, drop leading non-letters. */
function sanitizeResourceName(raw: string): string {
  let name = raw.toLowerCase().replace(/[^a-z0-9-]/gu, '');
  while (name.length > 0 && !/[a-z]/u.test(name[0]!)) name = name.slice(1);
  name = name.replace(/^-+|-+$/gu, '');
  return name || 'k8s';
}

/**
 * The agent's `unique_k8s_resource_name(deployment, location)` (render-server.md §4): the
 * shared name of a code server's Deployment and Service. `suffix` is the first 6 hex chars of
 * a random UUID in the real agent (placeholder P3 `xxxxxx` in the preview). Truncation to 56
 * characters happens after sanitizing and is not re-stripped, so a trailing `-` can remain.
 */
export function buildCodeServerResourceName(
  deploymentName: string,
  locationName: string,
  suffix: string,
): string {
  const base = sanitizeResourceName(`${locationName}-${deploymentName}`);
  return `${base.slice(0, MAX_K8S_NAME_LENGTH - 7)}-${suffix}`;
}
