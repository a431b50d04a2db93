/**
 * The snake_case keys Dagster accepts directly under `container_context.k8s`, in the schema's
 * order. A plain list, so the form can read it without loading zod and the schemas at startup;
 * k8s-container-context-keys.test.ts keeps it equal to k8sContainerContextSchema's keys.
 */
export const K8S_CONTAINER_CONTEXT_KEYS: readonly string[] = [
  'namespace',
  'server_replica_count',
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
  'env',
  'run_k8s_config',
  'server_k8s_config',
];
