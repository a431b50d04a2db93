/**
 * Helm values → the agent's launcher config (helm-values.md §3, `configmap-instance.yaml`) →
 * {@link AgentSettings} and the agent side of the merge chains, with origins into the values file.
 */
import { setOwnValue } from '../../k8s';
import { raiseDagsterError, runDagsterStage } from '../merge/errors';
import type { AgentLayer, JsonObject, JsonValue, MergeNote, MergeResult } from '../merge/types';
import { agentEnvironmentFromHelm } from './agent-env';
import { CHART_DAGSTER_HOME, CHART_NAME } from './chart-defaults';
import type { ResolvedHelmValues } from './helm-values';
import { adjustAllowlists, launcherFields } from './launcher-fields';
import { get, isMap, SECTION_NAMES } from './values-access';
import { getOrCreate, getOrCreateBounded } from '../../get-or-create';

export interface AgentLayerOptions {
  /** Helm release name (default `agent`, as in the code-server examples). */
  readonly releaseName?: string;
  /** Helm release namespace (default `dagster-cloud`). */
  readonly releaseNamespace?: string;
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

/** Renames the section keys of a raw k8s config (bodies verbatim); empty sections are left out. */
function renameSections(value: JsonValue | undefined): JsonObject | null {
  if (!isMap(value)) return null;
  const out: JsonObject = {};
  for (const [key, body] of Object.entries(value)) {
    if (isMap(body) && Object.keys(body).length === 0) continue;
    setOwnValue(out, (Object.hasOwn(SECTION_NAMES, key) && SECTION_NAMES[key]) || key, body);
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

const layers = new WeakMap<ResolvedHelmValues, Map<string, MergeResult<AgentLayer>>>();

/** Release names per resolved values kept (they rarely change while the values stay). */
const LAYERS_PER_VALUES = 8;

/**
 * {@link buildAgentLayer}, memoized per resolved values (resolveAgentHelmValues returns the
 * same object for the same text) and release: the preview renders with the same Helm values on
 * every keystroke. The layer is read-only to its users, so one object can serve every render.
 */
export function readAgentLayer(
  resolved: ResolvedHelmValues,
  options: AgentLayerOptions = {},
): MergeResult<AgentLayer> {
  const key = JSON.stringify([options.releaseName ?? null, options.releaseNamespace ?? null]);
  const byRelease = getOrCreate(layers, resolved, () => new Map());
  return getOrCreateBounded(byRelease, key, LAYERS_PER_VALUES, () =>
    buildAgentLayer(resolved, options),
  );
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
