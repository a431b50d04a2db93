/**
 * Folding a context's typed top-level fields into raw Kubernetes fragments
 * (`_get_base_user_defined_k8s_config`, merge.md §3.2).
 */
import { parseEnvVar } from './env-vars';
import { normalizeK8sKeys } from './k8s-keys';
import { buildRawConfig, type TracedRawConfig } from './raw-config';
import type { TracedMap, TracedNode } from './traced';
import { isTruthy, tracedList, tracedMap, tracedScalar } from './traced';
import type { AgentEnvironment, FragmentName, ValueOrigin } from './types';

/** `_get_base_user_defined_k8s_config` (merge.md §3.2): only truthy values are written. */
export function foldTopLevelFields(
  fields: TracedMap,
  environment: AgentEnvironment,
): TracedRawConfig {
  const get = (key: string) => fields.entries.get(key);
  const container = new Map<string, TracedNode>();
  const podSpec = new Map<string, TracedNode>();
  const metadata: Partial<Record<FragmentName, TracedMap>> = {};

  const volumeMounts = listItems(get('volume_mounts')).map((m) =>
    normalizeItem('V1VolumeMount', m),
  );
  const volumes = listItems(get('volumes')).map((v) => normalizeItem('V1Volume', v));
  const env = listItems(get('env')).map((e) => normalizeItem('V1EnvVar', e));

  const volumeMountsNode = get('volume_mounts');
  if (volumeMounts.length > 0 && volumeMountsNode) {
    container.set('volume_mounts', tracedList(volumeMounts, volumeMountsNode.origin));
  }
  setIfTruthy(container, 'resources', get('resources'));
  setIfTruthy(podSpec, 'image_pull_secrets', get('image_pull_secrets'));
  const volumesNode = get('volumes');
  if (volumes.length > 0 && volumesNode) {
    podSpec.set('volumes', tracedList(volumes, volumesNode.origin));
  }
  const labels = get('labels');
  if (isTruthy(labels) && labels) {
    for (const name of labelFragments) {
      metadata[name] = tracedMap([['labels', labels]], labels.origin);
    }
  }
  setIfTruthy(container, 'image_pull_policy', get('image_pull_policy'));
  setIfTruthy(podSpec, 'service_account_name', get('service_account_name'));

  const envFrom = [
    ...listItems(get('env_config_maps')).map((n) => refEntry('config_map_ref', n)),
    ...listItems(get('env_secrets')).map((n) => refEntry('secret_ref', n)),
  ];
  if (envFrom.length > 0) {
    const origin = (get('env_config_maps') ?? get('env_secrets'))?.origin ?? envFrom[0]!.origin;
    container.set('env_from', tracedList(envFrom, origin));
  }

  const envEntries = [
    ...listItems(get('env_vars')).map((entry) => envVarEntry(entry, environment)),
    ...env,
  ];
  if (envEntries.length > 0) {
    const origin = (get('env_vars') ?? get('env'))?.origin ?? envEntries[0]!.origin;
    container.set('env', tracedList(envEntries, origin));
  }
  setIfTruthy(podSpec, 'scheduler_name', get('scheduler_name'));
  setIfTruthy(container, 'security_context', get('security_context'));

  return buildRawConfig(
    {
      container_config: normalizeFragment('V1Container', container, fields.origin),
      pod_spec_config: normalizeFragment('V1PodSpec', podSpec, fields.origin),
      ...normalizeMetadata(metadata),
    },
    'DEEP',
    null,
  );
}

const labelFragments: readonly FragmentName[] = [
  'pod_template_spec_metadata',
  'job_metadata',
  'deployment_metadata',
  'service_metadata',
];

function normalizeMetadata(
  metadata: Partial<Record<FragmentName, TracedMap>>,
): Partial<Record<FragmentName, TracedMap>> {
  const out: Partial<Record<FragmentName, TracedMap>> = {};
  for (const [name, map] of Object.entries(metadata) as [FragmentName, TracedMap][]) {
    out[name] = normalizeK8sKeys('V1ObjectMeta', map);
  }
  return out;
}

function normalizeFragment(
  model: string,
  entries: Map<string, TracedNode>,
  origin: ValueOrigin,
): TracedMap | undefined {
  if (entries.size === 0) return undefined;
  return normalizeK8sKeys(model, tracedMap(entries, origin));
}

function normalizeItem(model: string, node: TracedNode): TracedNode {
  return node.kind === 'map' ? normalizeK8sKeys(model, node) : node;
}

function listItems(node: TracedNode | undefined): readonly TracedNode[] {
  return node && node.kind === 'list' ? node.items : [];
}

function setIfTruthy(into: Map<string, TracedNode>, key: string, node: TracedNode | undefined) {
  if (node && isTruthy(node)) into.set(key, node);
}

function refEntry(kind: 'config_map_ref' | 'secret_ref', name: TracedNode): TracedMap {
  return tracedMap([[kind, tracedMap([['name', name]], name.origin)]], name.origin);
}

function envVarEntry(entry: TracedNode, environment: AgentEnvironment): TracedMap {
  const text = entry.kind === 'scalar' ? String(entry.value ?? '') : '';
  const parsed = parseEnvVar(text, environment);
  const valueOrigin: ValueOrigin = parsed.fromEnvironment
    ? { ...entry.origin, agentEnv: parsed.fromEnvironment }
    : entry.origin;
  return tracedMap(
    [
      ['name', tracedScalar(parsed.name, entry.origin)],
      ['value', tracedScalar(parsed.value, valueOrigin)],
    ],
    entry.origin,
  );
}
