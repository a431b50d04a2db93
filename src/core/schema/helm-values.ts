import { z } from 'zod';
import { documentField } from './field-doc';

/**
 * Values for the `dagster-cloud-agent` Helm chart 1.8.13 that shape code servers and runs
 * (helm-values.md §2). Permissive where the chart's values.schema.json is: unknown keys pass
 * (they have no effect on these manifests), except under runK8sConfig / serverK8sConfig, which
 * the chart closes with `additionalProperties: false`.
 */

const refName = (what: string) =>
  documentField(z.string(), { text: `Name of the ${what}.`, example: '`name: my-secret`' });
const nameRefSchema = z.looseObject({ name: refName('Secret') });
const optionalNameRefSchema = z.looseObject({
  name: refName('Secret or ConfigMap'),
  optional: documentField(z.boolean(), {
    text: 'Ignored: the chart drops it, so the Secret or ConfigMap is required anyway (#27379).',
    example: '`optional: true`',
  }).optional(),
});
const rawMap = () => z.looseObject({});
const nullableString = (text: string, example: string) =>
  documentField(z.string().nullable(), { text, example }).optional();

function rawFragment(text: string, example: string) {
  return documentField(rawMap(), { text, example }).optional();
}

const runK8sConfigValues = z.strictObject({
  containerConfig: rawFragment(
    'Raw V1Container fields for every run container.',
    '`containerConfig: {resources: {limits: {memory: 2Gi}}}`',
  ),
  podSpecConfig: rawFragment(
    'Raw V1PodSpec fields for every run pod.',
    '`podSpecConfig: {nodeSelector: {pool: runs}}`',
  ),
  podTemplateSpecMetadata: rawFragment(
    'Raw V1ObjectMeta for every run pod.',
    '`podTemplateSpecMetadata: {annotations: {a: b}}`',
  ),
  jobSpecConfig: rawFragment(
    'Raw V1JobSpec for every run Job.',
    '`jobSpecConfig: {ttlSecondsAfterFinished: 3600}`',
  ),
  jobMetadata: rawFragment(
    'Raw V1ObjectMeta for every run Job.',
    '`jobMetadata: {labels: {team: data}}`',
  ),
});

const serverK8sConfigValues = z.strictObject({
  containerConfig: rawFragment(
    'Raw V1Container fields for every code-server container.',
    '`containerConfig: {resources: {requests: {memory: 1Gi}}}`',
  ),
  podSpecConfig: rawFragment(
    'Raw V1PodSpec fields for every code-server pod.',
    '`podSpecConfig: {nodeSelector: {pool: servers}}`',
  ),
  podTemplateSpecMetadata: rawFragment(
    'Raw V1ObjectMeta for every code-server pod.',
    '`podTemplateSpecMetadata: {annotations: {a: b}}`',
  ),
  deploymentMetadata: rawFragment(
    'Raw V1ObjectMeta for every code-server Deployment.',
    '`deploymentMetadata: {labels: {team: data}}`',
  ),
  serviceMetadata: rawFragment(
    'Raw V1ObjectMeta for every code-server Service.',
    '`serviceMetadata: {annotations: {a: b}}`',
  ),
});

const workspaceSchema = z.looseObject({
  pullPolicy: documentField(z.enum(['Always', 'IfNotPresent', 'Never']), {
    text: 'imagePullPolicy of code servers and runs (default Always).',
    appliesTo: 'both',
    example: '`pullPolicy: IfNotPresent`',
  }).optional(),
  serviceAccountName: nullableString(
    "ServiceAccount of code servers and runs (default: the chart's own).",
    '`serviceAccountName: dagster-user-code`',
  ),
  namespace: nullableString(
    'Namespace of code servers and runs (default: the release namespace).',
    '`namespace: dagster`',
  ),
  envSecrets: documentField(z.array(optionalNameRefSchema).nullable(), {
    text: 'Secrets loaded with envFrom into code servers and runs. `optional` is dropped by the chart: the Secret is required.',
    appliesTo: 'both',
    example: '`envSecrets: [{name: warehouse}]`',
  }).optional(),
  envConfigMaps: documentField(z.array(optionalNameRefSchema).nullable(), {
    text: 'ConfigMaps loaded with envFrom into code servers and runs.',
    appliesTo: 'both',
    example: '`envConfigMaps: [{name: settings}]`',
  }).optional(),
  envVars: documentField(z.array(z.string()).nullable(), {
    text: '"KEY=VALUE" or "KEY" (value from the agent\'s environment) for code servers and runs.',
    appliesTo: 'both',
    example: '`envVars: ["DAGSTER_ENV=prod"]`',
  }).optional(),
  volumes: documentField(z.array(z.looseObject({})).nullable(), {
    text: 'Kubernetes Volumes for code-server and run pods.',
    appliesTo: 'both',
    example: '`volumes: [{name: cfg, configMap: {name: cfg}}]`',
  }).optional(),
  volumeMounts: documentField(z.array(z.looseObject({})).nullable(), {
    text: 'Kubernetes VolumeMounts for code-server and run containers.',
    appliesTo: 'both',
    example: '`volumeMounts: [{name: cfg, mountPath: /cfg}]`',
  }).optional(),
  labels: documentField(z.record(z.string(), z.unknown()).nullable(), {
    text: 'Labels for code-server and run objects.',
    appliesTo: 'both',
    example: '`labels: {team: data}`',
  }).optional(),
  resources: documentField(z.looseObject({}).nullable(), {
    text: 'Container resources of code servers and runs.',
    appliesTo: 'both',
    example: '`resources: {requests: {cpu: 250m}}`',
  }).optional(),
  schedulerName: nullableString(
    'Custom scheduler for code-server and run pods.',
    '`schedulerName: my-scheduler`',
  ),
  securityContext: documentField(z.looseObject({}).nullable(), {
    text: 'The CONTAINER securityContext of code servers and runs.',
    appliesTo: 'both',
    example: '`securityContext: {runAsUser: 1001}`',
  }).optional(),
  runK8sConfig: documentField(runK8sConfigValues, {
    text: 'Raw run fragments (no jobConfig and no mergeBehavior in chart 1.8.13).',
    appliesTo: 'run',
    example: '`runK8sConfig: {podSpecConfig: {nodeSelector: {pool: runs}}}`',
  }).optional(),
  serverK8sConfig: documentField(serverK8sConfigValues, {
    text: 'Raw code-server fragments (no serviceSpecConfig and no mergeBehavior in chart 1.8.13).',
    appliesTo: 'server',
    example: '`serverK8sConfig: {podSpecConfig: {nodeSelector: {pool: servers}}}`',
  }).optional(),
  onlyAllowUserDefinedK8sConfigFields: documentField(z.looseObject({}).nullable(), {
    text: 'Allowlist of raw fields user config may set, per section; `{}` allows nothing.',
    example: '`onlyAllowUserDefinedK8sConfigFields: {containerConfig: {resources: true}}`',
  }).optional(),
  onlyAllowUserDefinedEnvVars: documentField(z.array(z.string()).nullable(), {
    text: 'Env vars user config may set; others are dropped with a warning.',
    example: '`onlyAllowUserDefinedEnvVars: [LOG_LEVEL]`',
  }).optional(),
});

const AGENT_TOKEN_MESSAGE =
  'dagsterCloud.agentTokenValue and dagsterCloud.agentTokenSecretName cannot both be set.';

/**
 * The chart's install-time failure. Helm merges these values over the chart defaults, where
 * `agentTokenSecretName` is set, so an inline token also needs an explicit `null` there.
 */
function checkAgentToken(values: Record<string, unknown>, ctx: z.RefinementCtx): void {
  if (!values.agentTokenValue) return;
  const secretName = Object.hasOwn(values, 'agentTokenSecretName')
    ? values.agentTokenSecretName
    : 'dagster-cloud-agent-token';
  if (!secretName) return;
  ctx.addIssue({
    code: 'custom',
    message: AGENT_TOKEN_MESSAGE,
    path: ['agentTokenValue'],
    params: {
      stage: 'helm-install',
      code: 'agent-token-both-set',
      hint: 'Set dagsterCloud.agentTokenSecretName: null when you give agentTokenValue (the chart default names a secret).',
    },
  });
}

const dagsterCloudSchema = z
  .looseObject({
    deployment: nullableString(
      'Legacy single deployment served by the agent.',
      '`deployment: prod`',
    ),
    deployments: documentField(z.array(z.string()).nullable(), {
      text: 'Deployments this agent serves.',
      example: '`deployments: [prod]`',
    }).optional(),
    branchDeployments: documentField(z.boolean().nullable(), {
      text: 'Serve branch deployments.',
      example: '`branchDeployments: true`',
    }).optional(),
    agentTokenSecretName: nullableString(
      'Secret holding the agent token; also the first env secret of code servers and runs. Set it to null when using agentTokenValue.',
      '`agentTokenSecretName: dagster-cloud-agent-token`',
    ),
    agentTokenValue: nullableString(
      'Inline agent token (then agentTokenSecretName must be null).',
      '`agentTokenValue: <token>`',
    ),
    agentQueues: documentField(
      z
        .looseObject({
          includeDefaultQueue: documentField(z.boolean().nullable(), {
            text: 'Also serve locations without agent_queue (default true).',
            example: '`includeDefaultQueue: false`',
          }).optional(),
          additionalQueues: documentField(z.array(z.string()).nullable(), {
            text: 'Serve locations whose agent_queue is one of these.',
            example: '`additionalQueues: [gpu]`',
          }).optional(),
        })
        .nullable(),
      {
        text: 'Which agent queues this agent serves (locations pick one with agent_queue).',
        example: '`agentQueues: {additionalQueues: [gpu]}`',
      },
    ).optional(),
  })
  .superRefine(checkAgentToken);

export const agentHelmValuesSchema = z
  .looseObject({
    imagePullSecrets: documentField(z.array(nameRefSchema).nullable(), {
      text: 'Pull secrets of the agent pod, also given to code servers and runs.',
      appliesTo: 'both',
      example: '`imagePullSecrets: [{name: regcred}]`',
    }).optional(),
    serviceAccount: documentField(
      z.looseObject({
        create: documentField(z.boolean(), {
          text: 'Create the ServiceAccount, Role and RoleBinding (in the release namespace).',
          example: '`create: true`',
        }).optional(),
        name: documentField(z.string().nullable(), {
          text: "The ServiceAccount's name (default: the release's full name); also the default account of code servers and runs.",
          example: '`name: dagster-agent`',
        }).optional(),
        annotations: documentField(z.record(z.string(), z.unknown()).nullable(), {
          text: 'Annotations of the ServiceAccount, e.g. an IRSA role that code servers and runs inherit.',
          example:
            '`annotations: {eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/dagster}`',
        }).optional(),
      }),
      {
        text: "The agent's ServiceAccount, used by code servers and runs unless workspace.serviceAccountName names another.",
        appliesTo: 'both',
        example: '`serviceAccount: {create: true}`',
      },
    ).optional(),
    dagsterCloud: documentField(dagsterCloudSchema, {
      text: 'Connection to Dagster+: which deployments and queues this agent serves, and its token.',
      example: '`dagsterCloud: {deployments: [prod]}`',
    }).optional(),
    workspace: documentField(workspaceSchema, {
      text: 'Defaults for every code server and run this agent launches (the agent layer under each location).',
      appliesTo: 'both',
      example: '`workspace: {pullPolicy: IfNotPresent}`',
    }).optional(),
    codeServerMetrics: documentField(
      z.looseObject({
        enabled: documentField(z.boolean().nullable(), {
          text: 'Add --enable-metrics to code-server args.',
          example: '`enabled: true`',
        }).optional(),
      }),
      {
        text: 'Code-server metrics.',
        appliesTo: 'server',
        example: '`codeServerMetrics: {enabled: true}`',
      },
    ).optional(),
  })
  .meta({
    title: 'dagster-cloud-agent Helm values',
    description: 'Values for the Dagster+ Kubernetes agent chart (dagster-cloud-agent 1.8.13).',
  });

export type AgentHelmValues = z.infer<typeof agentHelmValuesSchema>;
