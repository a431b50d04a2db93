/**
 * Short texts the preview shows beside the manifests: inferred behaviour (the spec marks it so),
 * placeholders, and silent Dagster behaviour worth a warning. Exported so the UI and tests use
 * the same strings.
 */
import { missingEnvVarMessage } from './env-vars';
import type { MergeNote, ValueOrigin } from './types';

export const NOTE_SERVER_REPLICA_COUNT_INFERRED =
  'server_replica_count: how dagster-k8s stores and merges it is inferred from the Dagster+ agent ' +
  "1.13.5 callers and tests (a later layer's value wins when it is set).";

export const NOTE_SERVICE_SPEC_CONFIG_INFERRED =
  'service_spec_config is normalized against V1ServiceSpec and merged like the other fragments ' +
  '(inferred from agent 1.13.5 tests; chart 1.8.13 has no Helm key for it).';

export const NOTE_CLOUD_CONTEXT_ENV_ASSUMED =
  'cloud_context_env is supplied by Dagster+ and its contents are not public; the preview assumes ' +
  'DAGSTER_CLOUD_DEPLOYMENT_NAME only.';

export const NOTE_ALLOWLIST_ORDER =
  'Dagster lists the fields of one fragment in Python set order (not stable); they are shown ' +
  'alphabetically here.';

export const NOTE_CONFIG_ERROR_ABRIDGED =
  'Dagster appends the expected config type (Expected: "…") to some config errors; it is left out here.';

export const NOTE_STEP_ENV_FROM_RUN_WORKER =
  'For step Jobs the context is built in the run worker: bare KEY env vars and {env: VAR} values are ' +
  "read from the run worker's environment, not the agent's.";

export const NOTE_TAG_NOT_JSON =
  'Dagster reads the dagster-k8s/config tag with json.loads; this value is YAML, not JSON, and would ' +
  'fail at launch.';

export const NOTE_LEGACY_RESOURCE_REQUIREMENTS =
  'The legacy dagster-k8s/resource_requirements tag replaces container_config.resources of the ' +
  'dagster-k8s/config tag layer.';

export const NOTE_EXECUTOR_JOB_TAGS =
  'Job-level dagster-k8s/config tags are not applied to step pods; only op tags and the executor ' +
  'config are.';

/** P8: a bare `KEY` (or `{env: KEY}`) read from the agent's environment. */
export function noteAgentEnvValue(key: string, resolved: boolean): string {
  return resolved
    ? `${key} is read from the agent's environment (value taken from the simulated agent env).`
    : `${key} is read from the agent's environment at launch; if the agent does not have it, the ` +
        `launch fails with "${missingEnvVarMessage(key)}".`;
}

/** §11.3: the log line the agent writes when the env allowlist drops entries. */
export function noteEnvVarsExcluded(names: readonly string[]): string {
  return (
    'Excluding the following environment variables because they are not in the allowlist for ' +
    `user-defined environment variables: ${names.join(', ')}`
  );
}

export function noteDuplicateEnvName(name: string): string {
  return `${name} is set more than once in env; Kubernetes uses the last value.`;
}

/** R10b: a SHALLOW user side replacing what the agent set. */
export function noteShallowReplacesAgent(source: string, fields: readonly string[]): string {
  return (
    `${source} has merge_behavior: SHALLOW, so these agent (Helm) values are replaced, not merged: ` +
    `${fields.join(', ')}.`
  );
}

export function infoNote(message: string, origin?: ValueOrigin): MergeNote {
  return origin ? { severity: 'info', message, origin } : { severity: 'info', message };
}

export function warningNote(message: string, origin?: ValueOrigin): MergeNote {
  return origin ? { severity: 'warning', message, origin } : { severity: 'warning', message };
}
