/** Small readers over parsed Helm values, shared by the agent-layer modules. */
import type { ConfigPath } from '../../source-range';
import type { JsonObject, JsonValue } from '../merge/types';

export function isMap(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function get(values: JsonObject, path: ConfigPath): JsonValue | undefined {
  let node: JsonValue | undefined = values;
  for (const token of path) {
    node = isMap(node) && Object.hasOwn(node, String(token)) ? node[String(token)] : undefined;
  }
  return node;
}

/** Helm section names → Dagster's snake_case section names (helm-values.md §3). */
export const SECTION_NAMES: Readonly<Record<string, string>> = {
  containerConfig: 'container_config',
  podSpecConfig: 'pod_spec_config',
  podTemplateSpecMetadata: 'pod_template_spec_metadata',
  jobSpecConfig: 'job_spec_config',
  jobMetadata: 'job_metadata',
  deploymentMetadata: 'deployment_metadata',
  serviceMetadata: 'service_metadata',
  serviceSpecConfig: 'service_spec_config',
  namespace: 'namespace',
};
