/**
 * The agent side of the chains (merge.md §6 step 1, §7 step 1): a context built from the
 * launcher's fields (Helm values for Dagster+, a `K8sRunLauncher` config for OSS).
 */
import { buildContainerContext, type TracedContainerContext } from './container-context';
import { rawConfigFromTraced } from './raw-config';
import { traceValue, tracedList, tracedScalar, type TracedMap, type TracedNode } from './traced';
import type { AgentEnvironment, K8sFieldAllowlist, LauncherLayer, ValueOrigin } from './types';

/** Origin of `cloud_context_env` entries (placeholder P7). */
export const CLOUD_CONTEXT_ORIGIN: ValueOrigin = {
  layer: 'cloud-context',
  document: null,
  path: [],
};

function traceField(launcher: LauncherLayer, key: string, value: unknown): TracedNode {
  return traceValue(value, launcher.origin, [key]);
}

/**
 * The agent context. `cloudContextEnv` (code servers only) is appended to the launcher's
 * `env_vars` as `"K=V"` strings (merge.md §7 step 1).
 */
export function buildAgentContext(
  launcher: LauncherLayer,
  environment: AgentEnvironment,
  cloudContextEnv: readonly string[] = [],
): TracedContainerContext {
  const entries = new Map<string, TracedNode>();
  for (const [key, value] of Object.entries(launcher.fields)) {
    if (key === 'run_k8s_config' || key === 'server_k8s_config') continue;
    if (value === undefined) continue;
    entries.set(key, traceField(launcher, key, value));
  }
  if (cloudContextEnv.length > 0) {
    const existing = entries.get('env_vars');
    const items = existing?.kind === 'list' ? [...existing.items] : [];
    for (const entry of cloudContextEnv) items.push(tracedScalar(entry, CLOUD_CONTEXT_ORIGIN));
    entries.set('env_vars', tracedList(items, existing?.origin ?? CLOUD_CONTEXT_ORIGIN));
  }
  const fields: TracedMap = { kind: 'map', entries, origin: launcher.origin([]) };
  const raw = (key: 'run_k8s_config' | 'server_k8s_config') => {
    const value = launcher.fields[key];
    if (!value) return rawConfigFromTraced(undefined);
    const node = traceField(launcher, key, value);
    return rawConfigFromTraced(node.kind === 'map' ? node : undefined);
  };
  return buildContainerContext(
    { fields, run: raw('run_k8s_config'), server: raw('server_k8s_config') },
    environment,
  );
}

/** Sections the Dagster+ agent removes from the run launcher's allowlist (merge.md §11.4). */
const CODE_SERVER_ONLY_SECTIONS = [
  'service_metadata',
  'deployment_metadata',
  'service_spec_config',
];

/** The field allowlist the run launcher sees. */
export function runFieldAllowlist(launcher: LauncherLayer): K8sFieldAllowlist | null {
  const allowlist = launcher.fieldAllowlist;
  if (!allowlist || launcher.kind !== 'dagster-plus-agent') return allowlist;
  return Object.fromEntries(
    Object.entries(allowlist).filter(([key]) => !CODE_SERVER_ONLY_SECTIONS.includes(key)),
  );
}
