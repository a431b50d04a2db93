/**
 * Which objects a key of `dagster_cloud.yaml` reaches: the run worker Job (and step Jobs), the
 * code-server Deployment/Service, or both (config-schema.md §10 "Applies to", §3 "Effect").
 */
import type { ConfigPath } from '../source-range';

/** `run`: run (and step) Jobs only; `code-server`: Deployment and Service only. */
export type AppliesTo = 'run' | 'code-server' | 'both';

/** config-schema.md §10: every `container_context.k8s` key. */
const K8S_KEYS: Readonly<Record<string, AppliesTo>> = {
  namespace: 'both',
  server_replica_count: 'code-server',
  image_pull_policy: 'both',
  image_pull_secrets: 'both',
  service_account_name: 'both',
  env_config_maps: 'both',
  env_secrets: 'both',
  env_vars: 'both',
  volume_mounts: 'both',
  volumes: 'both',
  labels: 'both',
  resources: 'both',
  scheduler_name: 'both',
  security_context: 'both',
  env: 'both',
  run_k8s_config: 'run',
  server_k8s_config: 'code-server',
};

/**
 * config-schema.md §3: location keys outside `container_context`. `null` for keys that never
 * reach a manifest (`build` is CI only, `agent_queue` only routes the location to an agent).
 */
const LOCATION_KEYS: Readonly<Record<string, AppliesTo | null>> = {
  location_name: 'both',
  image: 'both',
  code_source: 'code-server',
  working_directory: 'code-server',
  executable_path: 'code-server',
  attribute: 'code-server',
  container_context: 'both',
  build: null,
  agent_queue: null,
};

/** config-schema.md §4: the keys `defaults:` may hold. */
const DEFAULTS_KEYS = new Set([
  'build',
  'working_directory',
  'image',
  'executable_path',
  'container_context',
  'agent_queue',
]);

function lookup(table: Readonly<Record<string, AppliesTo | null>>, key: string | number) {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key]! : null;
}

/** The answer for a path relative to a location (or to `defaults`). */
function appliesToInLocation(rest: ConfigPath): AppliesTo | null {
  const [key, inner, k8sKey] = rest;
  if (key === undefined) return 'both';
  if (key !== 'container_context') return lookup(LOCATION_KEYS, key);
  if (inner === undefined) return 'both';
  // The shared `env_vars` list reaches every platform's objects (config-schema.md §8).
  if (inner === 'env_vars') return 'both';
  if (inner !== 'k8s') return null;
  if (k8sKey === undefined) return 'both';
  return lookup(K8S_KEYS, k8sKey);
}

/**
 * Which objects the value at `configPath` (a path from the file's root, e.g.
 * `['locations', 0, 'container_context', 'k8s', 'run_k8s_config', 'pod_spec_config']`) ends up
 * in: `run` (run and step Jobs), `code-server` (Deployment and Service) or `both`. Paths below
 * a key inherit its answer. `null` when the path reaches no manifest (`build`, `agent_queue`,
 * `docker`/`ecs` blocks, unknown keys) or is not a location or `defaults:` path.
 */
export function appliesToOfPath(configPath: ConfigPath): AppliesTo | null {
  const [root, index, ...rest] = configPath;
  if (root === 'locations') {
    if (index === undefined) return 'both';
    return typeof index === 'number' ? appliesToInLocation(rest) : null;
  }
  if (root === 'defaults') {
    if (index === undefined) return 'both';
    if (typeof index !== 'string' || !DEFAULTS_KEYS.has(index)) return null;
    return appliesToInLocation([index, ...rest]);
  }
  return null;
}

/** Short labels for badges and tooltips. */
export const APPLIES_TO_LABELS: Readonly<Record<AppliesTo, { label: string; detail: string }>> = {
  run: {
    label: 'Run',
    detail: 'Applies to run worker Jobs (and step Jobs) only, not to the code server.',
  },
  'code-server': {
    label: 'Code server',
    detail: 'Applies to the code-server Deployment and Service only, not to runs.',
  },
  both: {
    label: 'Run + code server',
    detail: 'Applies to the code-server Deployment and to every run (and step) Job.',
  },
};
