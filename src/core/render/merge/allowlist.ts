/**
 * Allowlists (merge.md §11): `only_allow_user_defined_k8s_config_fields` rejects user fields with
 * Dagster's message; `only_allow_user_defined_env_vars` silently drops env entries.
 */
import type { TracedContainerContext } from './container-context';
import { raiseDagsterError } from './errors';
import { jsonFieldName, pythonFieldName } from './k8s-keys';
import { pythonSetRepr } from './python';
import type { TracedRawConfig } from './raw-config';
import type { TracedMap, TracedNode } from './traced';
import { FRAGMENT_MODELS, FRAGMENT_NAMES, type FragmentName } from './types';
import type { DroppedEnvVar, K8sFieldAllowlist } from './types';

/** Allowlist keys Dagster accepts, with the model their field names are normalized against. */
const ALLOWLIST_MODELS: Readonly<Record<string, string>> = {
  container_config: 'V1Container',
  job_metadata: 'V1ObjectMeta',
  pod_template_spec_metadata: 'V1ObjectMeta',
  deployment_metadata: 'V1ObjectMeta',
  service_metadata: 'V1ObjectMeta',
  pod_spec_config: 'V1PodSpec',
  job_spec_config: 'V1JobSpec',
};

/** `_snake_case_allowed_fields`, normalized to JSON names: fragment → set of allowed fields. */
function normalizeAllowlist(allowlist: K8sFieldAllowlist): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [key, fields] of Object.entries(allowlist)) {
    if (key === 'namespace') continue;
    const model = ALLOWLIST_MODELS[key];
    if (!model) raiseDagsterError('Exception', `Unexpected key in allowlist ${key}`);
    const allowed = new Set<string>();
    const unexpected: string[] = [];
    for (const [field, value] of Object.entries(typeof fields === 'object' ? fields : {})) {
      const json = jsonFieldName(model, field);
      if (json === undefined) unexpected.push(field);
      else if (value) allowed.add(json);
    }
    if (unexpected.length > 0) {
      raiseDagsterError(
        'Exception',
        `Unexpected keys in model class ${model}: ${pythonSetRepr(unexpected)}`,
      );
    }
    out.set(key, allowed);
  }
  return out;
}

/**
 * `_validate_user_k8s_config` for the checked raw config (run config for runs, server config for
 * code servers): raises `Attempted to create a pod with fields that violated the allowed list: …`.
 * Fields inside one fragment are listed alphabetically (Dagster's order is Python set order).
 */
export function checkFieldAllowlist(
  context: TracedContainerContext,
  checked: TracedRawConfig,
  allowlist: K8sFieldAllowlist,
): void {
  const allowed = normalizeAllowlist(allowlist);
  const disallowed: string[] = [];
  let firstOrigin: TracedNode['origin'] | undefined;
  for (const name of FRAGMENT_NAMES) {
    const fragment = checked.fragments[name];
    const bad = [...fragment.entries.keys()]
      .filter((field) => !allowed.get(name)?.has(field))
      .map((field) => ({ field, python: pythonFieldName(FRAGMENT_MODELS[name], field) }))
      .sort((a, b) => (a.python < b.python ? -1 : a.python > b.python ? 1 : 0));
    for (const { field, python } of bad) {
      disallowed.push(`${name}.${python}`);
      firstOrigin ??= fragment.entries.get(field)?.origin;
    }
  }
  if (context.namespace && context.namespace.value && !allowlist.namespace) {
    disallowed.push('namespace');
    firstOrigin ??= context.namespace.origin;
  }
  if (disallowed.length > 0) {
    raiseDagsterError(
      'Exception',
      `Attempted to create a pod with fields that violated the allowed list: ${disallowed.join(', ')}`,
      firstOrigin,
    );
  }
}

/** `_filter_user_defined_env_vars`: drops env entries not in the allowlist, run and server alike. */
export function filterEnvAllowlist(
  context: TracedContainerContext,
  allowedNames: readonly string[],
  target: 'run' | 'server',
): { context: TracedContainerContext; dropped: DroppedEnvVar[] } {
  const allowed = new Set(allowedNames);
  const dropped: DroppedEnvVar[] = [];
  const filter = (config: TracedRawConfig, record: boolean): TracedRawConfig => {
    const container = config.fragments.container_config;
    const env = container.entries.get('env');
    if (!env || env.kind !== 'list') return config;
    const kept = env.items.filter((item) => {
      const name = envName(item);
      if (allowed.has(name)) return true;
      if (record) dropped.push({ name, origin: item.origin });
      return false;
    });
    const entries = new Map(container.entries);
    entries.set('env', { ...env, items: kept });
    const fragments: Record<FragmentName, TracedMap> = { ...config.fragments };
    fragments.container_config = { ...container, entries };
    return { ...config, fragments };
  };
  return {
    context: {
      ...context,
      run: filter(context.run, target === 'run'),
      server: filter(context.server, target === 'server'),
    },
    dropped,
  };
}

function envName(item: TracedNode): string {
  if (item.kind !== 'map') return '';
  const name = item.entries.get('name');
  return name?.kind === 'scalar' ? String(name.value) : '';
}
