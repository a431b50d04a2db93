/**
 * The runtime config types Dagster validates the merge inputs with (config-schema.md §8, §10–§12):
 * `DagsterK8sJobConfig.config_type_container_context()`, the shared container context, and
 * `USER_DEFINED_K8S_JOB_CONFIG_SCHEMA` (the `dagster-k8s/config` tag, `step_k8s_config`).
 */
import type { ConfigSpec } from './config-check';

const stringSource: ConfigSpec = { type: 'string-source' };
const permissive: ConfigSpec = { type: 'shape', fields: {}, permissive: true };
const mergeBehavior: ConfigSpec = {
  type: 'enum',
  name: 'K8sConfigMergeBehavior',
  values: ['DEEP', 'SHALLOW'],
};

/** `USER_DEFINED_K8S_JOB_CONFIG_SCHEMA` (config-schema.md §12). */
export const USER_DEFINED_K8S_JOB_CONFIG_SPEC: ConfigSpec = {
  type: 'shape',
  fields: {
    container_config: permissive,
    pod_template_spec_metadata: permissive,
    pod_spec_config: permissive,
    job_config: permissive,
    job_metadata: permissive,
    job_spec_config: permissive,
    merge_behavior: mergeBehavior,
  },
};

/** `server_k8s_config` (config-schema.md §11). */
const SERVER_K8S_CONFIG_SPEC: ConfigSpec = {
  type: 'shape',
  fields: {
    container_config: permissive,
    pod_spec_config: permissive,
    pod_template_spec_metadata: permissive,
    deployment_metadata: permissive,
    service_metadata: permissive,
    service_spec_config: permissive,
    merge_behavior: mergeBehavior,
  },
};

const noneable = (inner: ConfigSpec): ConfigSpec => ({ type: 'noneable', inner });

/** `container_context.k8s` (config-schema.md §10). */
export const K8S_CONTAINER_CONTEXT_SPEC: ConfigSpec = {
  type: 'shape',
  fields: {
    namespace: noneable(stringSource),
    server_replica_count: { type: 'int' },
    image_pull_policy: noneable(stringSource),
    image_pull_secrets: noneable({
      type: 'list',
      item: { type: 'shape', fields: { name: stringSource }, required: ['name'] },
    }),
    service_account_name: noneable(stringSource),
    env_config_maps: noneable({ type: 'list', item: stringSource }),
    env_secrets: noneable({ type: 'list', item: stringSource }),
    env_vars: noneable({ type: 'list', item: { type: 'str' } }),
    volume_mounts: {
      type: 'list',
      item: {
        type: 'shape',
        permissive: true,
        required: ['name'],
        fields: {
          name: stringSource,
          mount_path: stringSource,
          mount_propagation: stringSource,
          read_only: { type: 'bool-source' },
          sub_path: stringSource,
          sub_path_expr: stringSource,
        },
      },
    },
    volumes: {
      type: 'list',
      item: {
        type: 'shape',
        permissive: true,
        required: ['name'],
        fields: { name: { type: 'str' } },
      },
    },
    labels: { type: 'dict' },
    resources: noneable({
      type: 'shape',
      fields: { limits: { type: 'dict' }, requests: { type: 'dict' } },
    }),
    scheduler_name: noneable(stringSource),
    security_context: { type: 'dict' },
    env: {
      type: 'list',
      item: {
        type: 'shape',
        permissive: true,
        required: ['name'],
        fields: { name: { type: 'str' } },
      },
    },
    run_k8s_config: USER_DEFINED_K8S_JOB_CONFIG_SPEC,
    server_k8s_config: SERVER_K8S_CONFIG_SPEC,
  },
};

/** The shared top level of `container_context`: `Permissive({env_vars?: [str]})`. */
export const SHARED_CONTAINER_CONTEXT_SPEC: ConfigSpec = {
  type: 'shape',
  permissive: true,
  fields: { env_vars: { type: 'list', item: { type: 'str' } } },
};

/** `dagster-k8s/resource_requirements`: `Shape({limits?: Permissive, requests?: Permissive})`. */
export const RESOURCE_REQUIREMENTS_SPEC: ConfigSpec = {
  type: 'shape',
  fields: { limits: permissive, requests: permissive },
};
