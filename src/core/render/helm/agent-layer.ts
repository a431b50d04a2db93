/**
 * Helm values → the agent's launcher config (helm-values.md §3, `configmap-instance.yaml`) →
 * {@link AgentSettings} and the agent side of the merge chains, with origins into the values file.
 */
import type { ConfigPath } from '../../source-range';
import { raiseDagsterError, runDagsterStage } from '../merge/errors';
import type {
  AgentLayer,
  JsonObject,
  JsonValue,
  K8sFieldAllowlist,
  LauncherContextFields,
  MergeNote,
  MergeResult,
  ValueOrigin,
} from '../merge/types';
import { agentEnvironmentFromHelm } from './agent-env';
import { CHART_DAGSTER_HOME, CHART_NAME } from './chart-defaults';
import type { ResolvedHelmValues } from './helm-values';
import { RESERVED_ENV_VAR_NAMES } from './reserved-env';

export interface AgentLayerOptions {
  /** Helm release name (default `agent`, as in the code-server examples). */
  readonly releaseName?: string;
  /** Helm release namespace (default `dagster-cloud`). */
  readonly releaseNamespace?: string;
}

function isMap(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function get(values: JsonObject, path: ConfigPath): JsonValue | undefined {
  let node: JsonValue | undefined = values;
  for (const token of path) node = isMap(node) ? node[String(token)] : undefined;
  return node;
}

/** The chart's `fullname` helper (helm-values.md §1). */
export function chartFullname(values: JsonObject, releaseName: string): string {
  const global = get(values, ['global', 'fullnameOverride']);
  const override = get(values, ['fullnameOverride']) || global;
  const name = (get(values, ['nameOverride']) as string | undefined) || CHART_NAME;
  const full = override
    ? String(override)
    : releaseName.includes(name)
      ? releaseName
      : `${releaseName}-${name}`;
  return full.slice(0, 63).replace(/-$/, '');
}

const SECTION_NAMES: Readonly<Record<string, string>> = {
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

/** Renames the section keys of a raw k8s config (bodies verbatim); empty sections are left out. */
function renameSections(value: JsonValue | undefined): JsonObject | null {
  if (!isMap(value)) return null;
  const out: JsonObject = {};
  for (const [key, body] of Object.entries(value)) {
    if (isMap(body) && Object.keys(body).length === 0) continue;
    out[SECTION_NAMES[key] ?? key] = body;
  }
  return Object.keys(out).length > 0 ? out : null;
}

function names(list: JsonValue | undefined): string[] {
  return Array.isArray(list) ? list.filter(isMap).map((item) => String(item.name ?? '')) : [];
}

/**
 * Builds the agent layer from resolved Helm values. Raises the chart's install-time error when
 * both `agentTokenValue` and `agentTokenSecretName` are set (helm-values.md §6).
 */
export function buildAgentLayer(
  resolved: ResolvedHelmValues,
  options: AgentLayerOptions = {},
): MergeResult<AgentLayer> {
  return runDagsterStage('helm-install', () => {
    const { values } = resolved;
    const releaseName = options.releaseName ?? 'agent';
    const releaseNamespace = options.releaseNamespace ?? 'dagster-cloud';
    const tokenSecret =
      (get(values, ['dagsterCloud', 'agentTokenSecretName']) as string | null) ?? null;
    if (tokenSecret && get(values, ['dagsterCloud', 'agentTokenValue'])) {
      raiseDagsterError(
        'Exception',
        'dagsterCloud.agentTokenValue and dagsterCloud.agentTokenSecretName cannot both be set.',
        resolved.origin(['dagsterCloud', 'agentTokenValue']),
      );
    }
    const fullname = chartFullname(values, releaseName);
    const chartServiceAccountName = (get(values, ['serviceAccount', 'name']) as string) || fullname;
    const serviceAccountName =
      (get(values, ['workspace', 'serviceAccountName']) as string | null) ||
      chartServiceAccountName;
    const namespace =
      (get(values, ['workspace', 'namespace']) as string | null) || releaseNamespace;
    const pullPolicy = (get(values, ['workspace', 'pullPolicy']) as string | null) ?? null;
    const launcherConfig = renderLauncherConfig(values, {
      serviceAccountName,
      namespace,
      fullname,
      tokenSecret,
    });
    const notes: MergeNote[] = [...resolved.notes];
    const { fields, origins } = launcherFields(launcherConfig, resolved, {
      serviceAccountName,
      namespace,
      chartServiceAccountName,
      releaseNamespace,
    });
    const allowlists = adjustAllowlists(launcherConfig);
    const agentEnvironment = agentEnvironmentFromHelm(values);
    const port = Number(agentEnvironment.DAGSTER_CLOUD_CODE_SERVER_PORT ?? 4000);
    return {
      settings: {
        releaseName,
        releaseNamespace,
        fullname,
        chartServiceAccountName,
        serviceAccountName,
        namespace,
        dagsterHome: CHART_DAGSTER_HOME,
        instanceConfigMap: `${fullname}-instance`,
        agentTokenSecretName: tokenSecret,
        pullPolicy,
        codeServerMetricsEnabled: get(values, ['codeServerMetrics', 'enabled']) === true,
        codeServerPort: Number.isFinite(port) ? port : 4000,
        agentEnvironment,
        deployments: deploymentsServed(values),
        branchDeployments: get(values, ['dagsterCloud', 'branchDeployments']) === true,
        includeDefaultQueue:
          get(values, ['dagsterCloud', 'agentQueues', 'includeDefaultQueue']) !== false,
        additionalQueues:
          (get(values, ['dagsterCloud', 'agentQueues', 'additionalQueues']) as string[] | null) ??
          [],
        launcherConfig,
      },
      launcher: {
        kind: 'dagster-plus-agent',
        fields,
        origin: (path) => origins(path),
        dagsterHome: CHART_DAGSTER_HOME,
        postgresPasswordSecret: null,
        jobImage: null,
        fieldAllowlist: allowlists.fields,
        envVarAllowlist: allowlists.envVars,
      },
      notes,
    };
  });
}

function deploymentsServed(values: JsonObject): string[] {
  const list = get(values, ['dagsterCloud', 'deployments']);
  const single = get(values, ['dagsterCloud', 'deployment']);
  const out = Array.isArray(list) ? list.map(String) : [];
  if (typeof single === 'string' && single) out.unshift(single);
  return out;
}

interface Naming {
  readonly serviceAccountName: string;
  readonly namespace: string;
  readonly fullname: string;
  readonly tokenSecret: string | null;
}

/** The chart-rendered `user_code_launcher.config` (helm-values.md §3); `{{ if }}` drops empties. */
function renderLauncherConfig(values: JsonObject, naming: Naming): JsonObject {
  const ws = (key: string) => get(values, ['workspace', key]);
  const config: JsonObject = {
    dagster_home: CHART_DAGSTER_HOME,
    instance_config_map: `${naming.fullname}-instance`,
    service_account_name: naming.serviceAccountName,
    namespace: naming.namespace,
    pull_policy: (ws('pullPolicy') as JsonValue) ?? null,
    env_secrets: [...(naming.tokenSecret ? [naming.tokenSecret] : []), ...names(ws('envSecrets'))],
  };
  const optional: [string, JsonValue | undefined][] = [
    ['env_config_maps', names(ws('envConfigMaps'))],
    ['env_vars', ws('envVars')],
    ['volume_mounts', ws('volumeMounts')],
    ['volumes', ws('volumes')],
    ['labels', ws('labels')],
    ['resources', ws('resources')],
    ['image_pull_secrets', get(values, ['imagePullSecrets'])],
    ['scheduler_name', ws('schedulerName')],
    ['security_context', ws('securityContext')],
    ['server_k8s_config', renameSections(ws('serverK8sConfig'))],
    ['run_k8s_config', renameSections(ws('runK8sConfig'))],
    [
      'only_allow_user_defined_k8s_config_fields',
      renameSections(ws('onlyAllowUserDefinedK8sConfigFields')),
    ],
    ['only_allow_user_defined_env_vars', ws('onlyAllowUserDefinedEnvVars')],
  ];
  for (const [key, value] of optional) {
    const empty =
      value === null ||
      value === undefined ||
      value === '' ||
      (Array.isArray(value) && value.length === 0) ||
      (isMap(value) && Object.keys(value).length === 0);
    if (!empty) config[key] = value;
  }
  return config;
}

interface FieldNaming {
  readonly serviceAccountName: string;
  readonly namespace: string;
  readonly chartServiceAccountName: string;
  readonly releaseNamespace: string;
}

/** Launcher field → the Helm values path it was rendered from (for raw sections: renamed back). */
function helmPathOf(path: ConfigPath, values: JsonObject, tokenSecret: boolean): ConfigPath | null {
  const [head, ...rest] = path;
  const simple: Record<string, ConfigPath> = {
    image_pull_policy: ['workspace', 'pullPolicy'],
    image_pull_secrets: ['imagePullSecrets'],
    env_vars: ['workspace', 'envVars'],
    volume_mounts: ['workspace', 'volumeMounts'],
    volumes: ['workspace', 'volumes'],
    labels: ['workspace', 'labels'],
    resources: ['workspace', 'resources'],
    scheduler_name: ['workspace', 'schedulerName'],
    security_context: ['workspace', 'securityContext'],
  };
  if (typeof head === 'string' && simple[head]) return [...simple[head], ...rest];
  if (head === 'env_config_maps') {
    return rest.length > 0
      ? ['workspace', 'envConfigMaps', rest[0]!, 'name']
      : ['workspace', 'envConfigMaps'];
  }
  if (head === 'env_secrets') {
    if (rest.length === 0) return ['workspace', 'envSecrets'];
    const index = Number(rest[0]);
    if (tokenSecret && index === 0) return ['dagsterCloud', 'agentTokenSecretName'];
    return ['workspace', 'envSecrets', tokenSecret ? index - 1 : index, 'name'];
  }
  if (head === 'run_k8s_config' || head === 'server_k8s_config') {
    const helmKey = head === 'run_k8s_config' ? 'runK8sConfig' : 'serverK8sConfig';
    const [section, ...body] = rest;
    const camel = Object.entries(SECTION_NAMES).find(([, snake]) => snake === section)?.[0];
    const sections = get(values, ['workspace', helmKey]);
    const written =
      isMap(sections) && typeof section === 'string' && section in sections ? section : camel;
    return written === undefined
      ? ['workspace', helmKey]
      : ['workspace', helmKey, written, ...body];
  }
  return null;
}

function launcherFields(
  config: JsonObject,
  resolved: ResolvedHelmValues,
  naming: FieldNaming,
): { fields: LauncherContextFields; origins: (path: ConfigPath) => ValueOrigin } {
  const pick = <T>(key: string) => config[key] as T | undefined;
  const fields: LauncherContextFields = {
    image_pull_policy: pick<string | null>('pull_policy') ?? null,
    image_pull_secrets: pick<JsonObject[]>('image_pull_secrets') ?? null,
    service_account_name: naming.serviceAccountName,
    env_config_maps: pick<string[]>('env_config_maps') ?? null,
    env_secrets: pick<string[]>('env_secrets') ?? null,
    env_vars: pick<string[]>('env_vars') ?? null,
    volume_mounts: pick<JsonObject[]>('volume_mounts') ?? null,
    volumes: pick<JsonObject[]>('volumes') ?? null,
    labels: pick<JsonObject>('labels') ?? null,
    namespace: naming.namespace,
    resources: pick<JsonObject>('resources') ?? null,
    scheduler_name: pick<string>('scheduler_name') ?? null,
    security_context: pick<JsonObject>('security_context') ?? null,
    run_k8s_config: pick<JsonObject>('run_k8s_config') ?? null,
    server_k8s_config: pick<JsonObject>('server_k8s_config') ?? null,
  };
  const tokenSecret = Boolean(get(resolved.values, ['dagsterCloud', 'agentTokenSecretName']));
  const origins = (path: ConfigPath): ValueOrigin => {
    const [head] = path;
    if (head === 'service_account_name') {
      if (get(resolved.values, ['workspace', 'serviceAccountName'])) {
        return resolved.origin(['workspace', 'serviceAccountName']);
      }
      if (get(resolved.values, ['serviceAccount', 'name']))
        return resolved.origin(['serviceAccount', 'name']);
      return { layer: 'chart-default', document: null, path: ['serviceAccount', 'name'] };
    }
    if (head === 'namespace') {
      return get(resolved.values, ['workspace', 'namespace'])
        ? resolved.origin(['workspace', 'namespace'])
        : { layer: 'helm', document: null, path: ['release', 'namespace'] };
    }
    const helmPath = helmPathOf(path, resolved.values, tokenSecret);
    return helmPath
      ? resolved.origin(helmPath)
      : { layer: 'helm', document: 'helm-values', path: [] };
  };
  return { fields, origins };
}

/** The Dagster+ agent's allowlist adjustments (merge.md §11.4). */
function adjustAllowlists(config: JsonObject): {
  fields: K8sFieldAllowlist | null;
  envVars: readonly string[] | null;
} {
  let fields = isMap(config.only_allow_user_defined_k8s_config_fields)
    ? (config.only_allow_user_defined_k8s_config_fields as K8sFieldAllowlist)
    : null;
  let envVars = Array.isArray(config.only_allow_user_defined_env_vars)
    ? config.only_allow_user_defined_env_vars.map(String)
    : null;
  if (fields) {
    const container = fields.container_config;
    const allowsEnv = isMap(container) && Boolean(container.env);
    if (!allowsEnv) {
      fields = {
        ...fields,
        container_config: { ...(isMap(container) ? container : {}), env: true },
      };
      envVars ??= [];
    }
  }
  if (envVars) envVars = [...envVars, ...RESERVED_ENV_VAR_NAMES];
  return { fields, envVars };
}
