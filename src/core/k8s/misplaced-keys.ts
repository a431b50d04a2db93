/**
 * Hints for a key a model does not know: the spelling it does know (`hostIpc` → `hostIPC`), or
 * where the key belongs (tolerations under `pod_template_spec_metadata` belong to
 * `pod_spec_config`, config-schema.md §11; `merge_behavior` inside a fragment, PR #22092).
 */
import { getK8sModel } from './model-table';
import type { K8sField } from './model-table';
import type { K8sModelIssueCode } from './types';

/** The models users write fragments of, and the fragment keys that hold them (§11). */
const FRAGMENT_MODELS: readonly (readonly [model: string, fragments: string])[] = [
  ['V1Container', 'container_config'],
  ['V1PodSpec', 'pod_spec_config'],
  [
    'V1ObjectMeta',
    'pod_template_spec_metadata, job_metadata, deployment_metadata or service_metadata',
  ],
  ['V1JobSpec', 'job_spec_config'],
  ['V1ServiceSpec', 'service_spec_config'],
];

const FRAGMENT_KEYS = [
  'container_config',
  'pod_template_spec_metadata',
  'pod_spec_config',
  'job_config',
  'job_metadata',
  'job_spec_config',
  'deployment_metadata',
  'service_metadata',
  'service_spec_config',
];

/** Keys of `container_context.k8s` that are no Kubernetes field (config-schema.md §10). */
const CONTEXT_KEYS = [
  'env_vars',
  'env_secrets',
  'env_config_maps',
  'server_replica_count',
  'run_k8s_config',
  'server_k8s_config',
];

function explainNonModelKey(key: string): string | undefined {
  if (key === 'merge_behavior') {
    return 'merge_behavior goes beside the fragments (run_k8s_config.merge_behavior or server_k8s_config.merge_behavior), not inside one';
  }
  if (FRAGMENT_KEYS.includes(key)) {
    return `${key} is a fragment of run_k8s_config or server_k8s_config, not a Kubernetes field`;
  }
  if (CONTEXT_KEYS.includes(key)) {
    return `${key} is a container_context.k8s key: put it directly under k8s`;
  }
  return undefined;
}

/** Case, `_` and `-` do not count: `hostIpc`, `host_IPC` and `hostipc` all match `hostIPC`. */
function foldName(name: string): string {
  return name.replace(/[-_$]/g, '').toLowerCase();
}

function findSimilar(model: string, key: string): K8sField | undefined {
  const folded = foldName(key);
  return getK8sModel(model).fields.find((f) => foldName(f.json) === folded);
}

function formatSpellings(field: K8sField): string {
  return field.json === field.python ? field.json : `${field.json} (or ${field.python})`;
}

/**
 * Returns a hint for an unexpected `key` of `model`, or `undefined`. Other fragment models are
 * only suggested at a fragment's top level (`depth` 0), where a key from a sibling fragment is
 * the likely mistake.
 */
export function suggestForUnexpectedKey(
  model: string,
  key: string,
  depth: number,
): { message: string; code: K8sModelIssueCode } | undefined {
  const similar = findSimilar(model, key);
  if (similar) {
    return {
      code: 'k8s-similar-key',
      message: `${model} has no field ${key}; did you mean ${formatSpellings(similar)}?`,
    };
  }
  const nonModel = explainNonModelKey(key);
  if (nonModel) return { code: 'k8s-misplaced-key', message: nonModel };
  if (depth > 0) return undefined;
  const homes = FRAGMENT_MODELS.filter(([other]) => other !== model).flatMap(
    ([other, fragments]) => {
      const field = findSimilar(other, key);
      return field ? [`${other} field ${formatSpellings(field)} (${fragments})`] : [];
    },
  );
  if (homes.length === 0) return undefined;
  return {
    code: 'k8s-misplaced-key',
    message: `${key} is not a ${model} field; it matches the ${homes.join(' and the ')}`,
  };
}
