import { z } from 'zod';
import { documentField } from './field-doc';
import { runK8sConfigSchema, serverK8sConfigSchema } from './k8s-fragments';
import { boolSourceSchema, stringSourceSchema } from './string-source';

/**
 * `container_context.k8s` (config-schema.md §10): Dagster's runtime schema
 * (`DagsterK8sJobConfig.config_type_container_context()`), a strict Shape whose own keys are
 * snake_case only. Raw Kubernetes items (volumes, mounts, env) are Permissive and checked against
 * their Kubernetes models separately.
 */

const volumeMountSchema = z.looseObject({
  name: documentField(stringSourceSchema, {
    text: 'Name of the volume to mount; must match a `volumes` entry (here or in the agent Helm values).',
    example: '`name: config`',
  }),
  mount_path: documentField(stringSourceSchema, {
    text: 'Path inside the container where the volume appears (camelCase `mountPath` also works).',
    example: '`mount_path: /etc/config`',
  }).optional(),
  mount_propagation: documentField(stringSourceSchema, {
    text: 'Kubernetes mount propagation mode (None, HostToContainer, Bidirectional).',
    example: '`mount_propagation: HostToContainer`',
  }).optional(),
  read_only: documentField(boolSourceSchema, {
    text: 'Mount the volume read-only.',
    example: '`read_only: true`',
  }).optional(),
  sub_path: documentField(stringSourceSchema, {
    text: 'Mount only this path inside the volume.',
    example: '`sub_path: app.ini`',
  }).optional(),
  sub_path_expr: documentField(stringSourceSchema, {
    text: 'Like sub_path, with $(VAR) references expanded from the container env.',
    example: '`sub_path_expr: $(POD_NAME)`',
  }).optional(),
});

const volumeSchema = z.looseObject({
  name: documentField(z.string(), {
    text: 'Volume name, referenced by volume_mounts.',
    example: '`name: config`',
  }),
});

const envVarSchema = z.looseObject({
  name: documentField(z.string(), {
    text: 'Environment variable name.',
    example: '`name: DB_PASSWORD`',
  }),
});

const imagePullSecretSchema = z.strictObject({
  name: documentField(stringSourceSchema, {
    text: 'Name of a docker-registry Secret in the target namespace.',
    example: '`name: regcred`',
  }),
});

const resourcesSchema = z.strictObject({
  limits: documentField(z.record(z.string(), z.unknown()), {
    text: 'Maximum resources per container, e.g. cpu and memory quantities.',
    example: '`limits: {cpu: "1", memory: 2Gi}`',
  }).optional(),
  requests: documentField(z.record(z.string(), z.unknown()), {
    text: 'Resources the scheduler reserves for the container.',
    example: '`requests: {cpu: 250m, memory: 512Mi}`',
  }).optional(),
});

export const k8sContainerContextSchema = z.strictObject({
  namespace: documentField(stringSourceSchema.nullable(), {
    text: "Kubernetes namespace for this location's code server and runs; defaults to the agent's namespace. The agent needs RBAC, the token secret and the service account there.",
    appliesTo: 'both',
    example: '`namespace: data-eng`',
  }).optional(),
  server_replica_count: documentField(z.int(), {
    text: 'Number of code-server pods (Deployment spec.replicas). Runs are not affected.',
    appliesTo: 'server',
    example: '`server_replica_count: 2`',
  }).optional(),
  image_pull_policy: documentField(stringSourceSchema.nullable(), {
    text: 'Container imagePullPolicy: Always, IfNotPresent or Never. Dagster does not check the value; Kubernetes rejects anything else.',
    appliesTo: 'both',
    example: '`image_pull_policy: IfNotPresent`',
    values: ['Always', 'IfNotPresent', 'Never'],
  }).optional(),
  image_pull_secrets: documentField(z.array(imagePullSecretSchema).nullable(), {
    text: 'Secrets used to pull the image, each exactly `{name}`; added to the pod imagePullSecrets.',
    appliesTo: 'both',
    example: '`image_pull_secrets: [{name: regcred}]`',
  }).optional(),
  service_account_name: documentField(stringSourceSchema.nullable(), {
    text: 'Kubernetes ServiceAccount the pods run as (e.g. for AWS IAM roles via IRSA).',
    appliesTo: 'both',
    example: '`service_account_name: dagster-runs`',
  }).optional(),
  env_config_maps: documentField(z.array(stringSourceSchema).nullable(), {
    text: 'ConfigMap names whose keys all become environment variables (envFrom configMapRef).',
    appliesTo: 'both',
    example: '`env_config_maps: [app-settings]`',
  }).optional(),
  env_secrets: documentField(z.array(stringSourceSchema).nullable(), {
    text: 'Secret names whose keys all become environment variables (envFrom secretRef). The Secrets must exist in the namespace.',
    appliesTo: 'both',
    example: '`env_secrets: [warehouse-credentials]`',
  }).optional(),
  env_vars: documentField(z.array(z.string()).nullable(), {
    text: 'Environment variables as "KEY=VALUE", or "KEY" alone to copy the value from the agent\'s own environment (the launch fails if the agent lacks it).',
    appliesTo: 'both',
    example: '`env_vars: ["LOG_LEVEL=debug", "SNOWFLAKE_ACCOUNT"]`',
  }).optional(),
  volume_mounts: documentField(z.array(volumeMountSchema), {
    text: 'Kubernetes VolumeMounts added to the main container (snake_case or camelCase keys).',
    appliesTo: 'both',
    example: '`volume_mounts: [{name: config, mount_path: /etc/config}]`',
  }).optional(),
  volumes: documentField(z.array(volumeSchema), {
    text: 'Kubernetes Volumes of any source type added to the pod (snake_case or camelCase keys).',
    appliesTo: 'both',
    example: '`volumes: [{name: config, config_map: {name: app-config}}]`',
  }).optional(),
  labels: documentField(z.record(z.string(), z.unknown()), {
    text: 'Labels added to the Job, Deployment, Service and their pods. Quote values such as "true" or "1": they are sent as strings.',
    appliesTo: 'both',
    example: '`labels: {team: data}`',
  }).optional(),
  resources: documentField(resourcesSchema.nullable(), {
    text: 'Container resource requests and limits. Top-level resources apply to the code server AND every run; set them under run_k8s_config or server_k8s_config to size each separately.',
    appliesTo: 'both',
    example: '`resources: {requests: {cpu: 250m, memory: 512Mi}, limits: {memory: 1Gi}}`',
  }).optional(),
  scheduler_name: documentField(stringSourceSchema.nullable(), {
    text: 'Custom Kubernetes scheduler for the pods.',
    appliesTo: 'both',
    example: '`scheduler_name: my-scheduler`',
  }).optional(),
  security_context: documentField(z.record(z.string(), z.unknown()), {
    text: "The CONTAINER's securityContext (V1SecurityContext). Pod-level settings such as fsGroup go in pod_spec_config.security_context.",
    appliesTo: 'both',
    example: '`security_context: {run_as_user: 1001, allow_privilege_escalation: false}`',
  }).optional(),
  env: documentField(z.array(envVarSchema), {
    text: 'Raw Kubernetes EnvVars (value_from/valueFrom allowed), added after env_vars. Not in the Dagster+ location schema, but applied by the agent.',
    appliesTo: 'both',
    example:
      '`env: [{name: DB_PASSWORD, value_from: {secret_key_ref: {name: db, key: password}}}]`',
  }).optional(),
  run_k8s_config: runK8sConfigSchema.optional(),
  server_k8s_config: serverK8sConfigSchema.optional(),
});

export type K8sContainerContext = z.infer<typeof k8sContainerContextSchema>;
