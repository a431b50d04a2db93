/**
 * An OSS `K8sRunLauncher` config (`run_launcher.config` in `dagster.yaml`) as the launcher
 * layer. The spec's examples R1, R2, R6 and R7 drive the run chain this way; Dagster+ fills the
 * same fields from Helm (`buildAgentLayer`).
 */
import type { JsonObject, K8sFieldAllowlist, LauncherContextFields, LauncherLayer } from './types';

const CONTEXT_FIELDS = [
  'image_pull_policy',
  'image_pull_secrets',
  'service_account_name',
  'env_config_maps',
  'env_secrets',
  'env_vars',
  'volume_mounts',
  'volumes',
  'labels',
  'resources',
  'scheduler_name',
  'security_context',
  'run_k8s_config',
] as const;

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * Builds the launcher layer from a `K8sRunLauncher` config. Defaults of the OSS launcher:
 * `image_pull_policy: IfNotPresent`, `job_namespace: default`. Origins point at
 * `['run_launcher', <key>, …]` in layer `helm` (the operator's configuration).
 */
export function buildRunLauncherLayer(config: JsonObject): LauncherLayer {
  const fields: Record<string, unknown> = {};
  for (const key of CONTEXT_FIELDS) {
    if (config[key] !== undefined) fields[key] = config[key];
  }
  fields.image_pull_policy ??= 'IfNotPresent';
  fields.namespace = str(config.job_namespace) ?? 'default';
  const allowlist = config.only_allow_user_defined_k8s_config_fields;
  const envAllowlist = config.only_allow_user_defined_env_vars;
  return {
    kind: 'oss-run-launcher',
    fields: fields as LauncherContextFields,
    origin: (path) => {
      const [head, ...rest] = path;
      const key = head === 'namespace' ? 'job_namespace' : head;
      return {
        layer: 'helm',
        document: null,
        path: key === undefined ? ['run_launcher'] : ['run_launcher', key, ...rest],
      };
    },
    dagsterHome: str(config.dagster_home),
    postgresPasswordSecret: str(config.postgres_password_secret),
    jobImage: str(config.job_image),
    fieldAllowlist:
      allowlist && typeof allowlist === 'object' && !Array.isArray(allowlist)
        ? (allowlist as K8sFieldAllowlist)
        : null,
    envVarAllowlist: Array.isArray(envAllowlist) ? envAllowlist.map(String) : null,
  };
}
