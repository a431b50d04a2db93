import { z } from 'zod';
import { documentField, type AppliesTo } from './field-doc';

/**
 * The raw Kubernetes fragments of `run_k8s_config` / `server_k8s_config` and the
 * `dagster-k8s/config` tag (config-schema.md §11, §12). Dagster types each one as `Permissive()`
 * and then reads it as one Kubernetes model, so unknown fields are caught by the model check
 * (src/core/k8s), not by the shape.
 */
export const FRAGMENT_MODELS = {
  container_config: 'V1Container',
  pod_template_spec_metadata: 'V1ObjectMeta',
  pod_spec_config: 'V1PodSpec',
  job_config: 'V1Job',
  job_metadata: 'V1ObjectMeta',
  job_spec_config: 'V1JobSpec',
  deployment_metadata: 'V1ObjectMeta',
  service_metadata: 'V1ObjectMeta',
  service_spec_config: 'V1ServiceSpec',
} as const;

export type FragmentName = keyof typeof FRAGMENT_MODELS;

export const RUN_FRAGMENT_NAMES = [
  'container_config',
  'pod_template_spec_metadata',
  'pod_spec_config',
  'job_config',
  'job_metadata',
  'job_spec_config',
] as const satisfies readonly FragmentName[];

export const SERVER_FRAGMENT_NAMES = [
  'container_config',
  'pod_spec_config',
  'pod_template_spec_metadata',
  'deployment_metadata',
  'service_metadata',
  'service_spec_config',
] as const satisfies readonly FragmentName[];

interface FragmentText {
  readonly what: string;
  readonly runExample: string;
  readonly serverExample?: string;
}

const FRAGMENT_TEXT: Record<FragmentName, FragmentText> = {
  container_config: {
    what: 'Raw Kubernetes Container (V1Container) fields merged into the main container, snake_case or camelCase. Dagster always overwrites `args`.',
    runExample: '`container_config: {resources: {limits: {cpu: 500m, memory: 1Gi}}}`',
  },
  pod_template_spec_metadata: {
    what: "Raw Kubernetes ObjectMeta (V1ObjectMeta) merged into the pod template's metadata: pod labels and annotations.",
    runExample:
      '`pod_template_spec_metadata: {annotations: {cluster-autoscaler.kubernetes.io/safe-to-evict: "false"}}`',
  },
  pod_spec_config: {
    what: 'Raw Kubernetes PodSpec (V1PodSpec) fields merged into the pod spec: node selectors, tolerations, affinity, volumes, the pod-level security context…',
    runExample: '`pod_spec_config: {node_selector: {disktype: ssd}}`',
  },
  job_config: {
    what: 'Raw Kubernetes Job (V1Job) merged under the run Job with the lowest precedence; only keys other than apiVersion, kind, metadata and spec survive (in practice `status`). You usually want job_spec_config or job_metadata instead.',
    runExample: '`job_config: {}`',
  },
  job_metadata: {
    what: "Raw Kubernetes ObjectMeta (V1ObjectMeta) merged into the run Job's own metadata (labels, annotations).",
    runExample: '`job_metadata: {labels: {team: data}}`',
  },
  job_spec_config: {
    what: "Raw Kubernetes JobSpec (V1JobSpec) merged into the run Job's spec, e.g. how long finished Jobs are kept or how often they are retried.",
    runExample: '`job_spec_config: {ttl_seconds_after_finished: 7200}`',
  },
  deployment_metadata: {
    what: "Raw Kubernetes ObjectMeta (V1ObjectMeta) merged into the code-server Deployment's own metadata.",
    runExample: '`deployment_metadata: {annotations: {owner: data-platform}}`',
  },
  service_metadata: {
    what: "Raw Kubernetes ObjectMeta (V1ObjectMeta) merged into the code-server Service's metadata.",
    runExample: '`service_metadata: {annotations: {owner: data-platform}}`',
  },
  service_spec_config: {
    what: "Raw Kubernetes ServiceSpec (V1ServiceSpec) merged into the code-server Service's spec (dagster-k8s since March 2026; not settable from Helm chart 1.8.13).",
    runExample: '`service_spec_config: {session_affinity: ClientIP}`',
  },
};

/** One raw fragment: any map, interpreted later as its Kubernetes model. */
export function fragmentSchema(name: FragmentName, appliesTo: AppliesTo) {
  const text = FRAGMENT_TEXT[name];
  return documentField(z.looseObject({}), {
    text: text.what,
    appliesTo,
    example: text.runExample,
  });
}

export const mergeBehaviorSchema = z.enum(['DEEP', 'SHALLOW']);
export type K8sMergeBehavior = z.infer<typeof mergeBehaviorSchema>;

function mergeBehaviorField(appliesTo: AppliesTo, layer: string) {
  return documentField(mergeBehaviorSchema, {
    text: `How ${layer} is merged onto the config below it: DEEP (default) merges maps key by key and appends list items, SHALLOW replaces each top-level field of a fragment. A sibling of the fragments, never inside one.`,
    appliesTo,
    example: '`merge_behavior: SHALLOW`',
  });
}

function fragmentsShape<N extends FragmentName>(names: readonly N[], appliesTo: AppliesTo) {
  return Object.fromEntries(
    names.map((name) => [name, fragmentSchema(name, appliesTo).optional()]),
  ) as { [K in N]: z.ZodOptional<ReturnType<typeof fragmentSchema>> };
}

/** `container_context.k8s.run_k8s_config`. */
export const runK8sConfigSchema = documentField(
  z.strictObject({
    ...fragmentsShape(RUN_FRAGMENT_NAMES, 'run'),
    merge_behavior: mergeBehaviorField('run', 'this run config').optional(),
  }),
  {
    text: 'Raw Kubernetes config for the run worker Job and pod only, merged on top of the top-level k8s fields.',
    appliesTo: 'run',
    example: '`run_k8s_config: {container_config: {resources: {limits: {memory: 4Gi}}}}`',
  },
);

/** `container_context.k8s.server_k8s_config`. */
export const serverK8sConfigSchema = documentField(
  z.strictObject({
    ...fragmentsShape(SERVER_FRAGMENT_NAMES, 'server'),
    merge_behavior: mergeBehaviorField('server', 'this server config').optional(),
  }),
  {
    text: 'Raw Kubernetes config for the code-server Deployment, pod and Service only, merged on top of the top-level k8s fields.',
    appliesTo: 'server',
    example: '`server_k8s_config: {container_config: {resources: {requests: {memory: 1Gi}}}}`',
  },
);

export type RunK8sConfig = z.infer<typeof runK8sConfigSchema>;
export type ServerK8sConfig = z.infer<typeof serverK8sConfigSchema>;
