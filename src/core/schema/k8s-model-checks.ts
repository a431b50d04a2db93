import { checkK8sModelValue, type K8sModelIssue } from '../k8s';
import type { ConfigPath } from '../source-range';
import { FRAGMENT_MODELS, RUN_FRAGMENT_NAMES, SERVER_FRAGMENT_NAMES } from './k8s-fragments';
import type { DiagnosticStage, SchemaProblem } from './problems';

/**
 * The Kubernetes model pass: what `k8s_model_from_dict` raises when the agent turns the raw
 * maps of a container context (or tag, or Helm values) into Kubernetes objects. It looks only
 * at values of the right container type; wrong types are the schema's to report.
 */

type Json = Record<string, unknown>;

function isMap(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const KEY_CODES = new Set([
  'k8s-unexpected-keys',
  'k8s-both-spellings',
  'k8s-misplaced-key',
  'k8s-similar-key',
]);
const HINT_CODES = new Set(['k8s-misplaced-key', 'k8s-similar-key']);

/**
 * Converts model issues to problems. A "misplaced" or "similar key" note becomes the hint of the
 * error on the same key instead of a diagnostic of its own.
 */
export function convertK8sModelIssues(
  issues: readonly K8sModelIssue[],
  stage: DiagnosticStage,
): SchemaProblem[] {
  const hints = new Map<string, string>();
  for (const issue of issues)
    if (HINT_CODES.has(issue.code)) hints.set(JSON.stringify(issue.path), issue.message);
  const problems: SchemaProblem[] = [];
  const hinted = new Set<string>();
  for (const issue of issues) {
    const key = JSON.stringify(issue.path);
    if (HINT_CODES.has(issue.code)) continue;
    const hint = issue.severity === 'error' ? hints.get(key) : undefined;
    if (hint) hinted.add(key);
    problems.push({
      severity: issue.severity,
      path: issue.path,
      target: KEY_CODES.has(issue.code) ? 'key' : 'value',
      message: issue.message,
      stage: issue.severity === 'error' ? stage : 'kubernetes-api',
      source: 'kubernetes',
      code: issue.code,
      ...(hint ? { hint } : {}),
    });
  }
  for (const issue of issues) {
    const key = JSON.stringify(issue.path);
    if (!HINT_CODES.has(issue.code) || hinted.has(key)) continue;
    problems.push({
      severity: 'info',
      path: issue.path,
      target: 'key',
      message: issue.message,
      stage,
      source: 'kubernetes',
      code: issue.code,
    });
  }
  return problems;
}

interface ModelCheck {
  readonly model: string;
  readonly value: unknown;
  readonly path: ConfigPath;
}

function itemChecks(list: unknown, model: string, path: ConfigPath): ModelCheck[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, i) =>
    isMap(item) ? [{ model, value: item, path: [...path, i] }] : [],
  );
}

function mapCheck(value: unknown, model: string, path: ConfigPath): ModelCheck[] {
  return isMap(value) ? [{ model, value, path }] : [];
}

function fragmentChecks(block: unknown, names: readonly string[], path: ConfigPath): ModelCheck[] {
  if (!isMap(block)) return [];
  return names.flatMap((name) =>
    mapCheck(block[name], FRAGMENT_MODELS[name as keyof typeof FRAGMENT_MODELS], [...path, name]),
  );
}

/** `volume_mounts` item fields Dagster declares as StringSource / BoolSource (§10). */
const MOUNT_STRING_SOURCES = [
  'name',
  'mount_path',
  'mount_propagation',
  'sub_path',
  'sub_path_expr',
];

/**
 * Dagster resolves `{env: VAR}` in declared StringSource/BoolSource fields before the model sees
 * the item; the variable's value is unknown here, so a neutral stand-in of the right type takes
 * its place. Undeclared (camelCase) keys are not resolved, exactly as in Dagster.
 */
function resolveMountEnvSources(item: Json): Json {
  const out: Json = { ...item };
  for (const key of [...MOUNT_STRING_SOURCES, 'read_only']) {
    const value = out[key];
    if (isMap(value) && Object.keys(value).length === 1 && typeof value.env === 'string')
      out[key] = key === 'read_only' ? false : `$${value.env}`;
  }
  return out;
}

/** The model checks of one `container_context.k8s` block (config-schema.md §10, §11). */
function k8sContextChecks(k8s: Json, path: ConfigPath): ModelCheck[] {
  // labels land in ObjectMeta.labels: checked through a one-key ObjectMeta so paths line up.
  const labels = isMap(k8s.labels)
    ? [{ model: 'V1ObjectMeta', value: { labels: k8s.labels }, path }]
    : [];
  return [
    ...itemChecks(k8s.volume_mounts, 'V1VolumeMount', [...path, 'volume_mounts']).map((c) => ({
      ...c,
      value: resolveMountEnvSources(c.value as Json),
    })),
    ...itemChecks(k8s.volumes, 'V1Volume', [...path, 'volumes']),
    ...itemChecks(k8s.env, 'V1EnvVar', [...path, 'env']),
    ...mapCheck(k8s.resources, 'V1ResourceRequirements', [...path, 'resources']),
    ...mapCheck(k8s.security_context, 'V1SecurityContext', [...path, 'security_context']),
    ...labels,
    ...fragmentChecks(k8s.run_k8s_config, RUN_FRAGMENT_NAMES, [...path, 'run_k8s_config']),
    ...fragmentChecks(k8s.server_k8s_config, SERVER_FRAGMENT_NAMES, [...path, 'server_k8s_config']),
  ];
}

function runChecks(checks: readonly ModelCheck[], stage: DiagnosticStage): SchemaProblem[] {
  const issues = checks.flatMap((c) => checkK8sModelValue(c.model, c.value, c.path));
  return convertK8sModelIssues(issues, stage);
}

/** Model problems of every `container_context.k8s` in a dagster_cloud.yaml (locations and defaults). */
export function checkDagsterCloudK8sModels(config: unknown): SchemaProblem[] {
  if (!isMap(config)) return [];
  const contexts: [unknown, ConfigPath][] = [];
  if (isMap(config.defaults)) contexts.push([config.defaults.container_context, ['defaults']]);
  if (Array.isArray(config.locations))
    config.locations.forEach((location, i) => {
      if (isMap(location)) contexts.push([location.container_context, ['locations', i]]);
    });
  const checks = contexts.flatMap(([context, path]) =>
    isMap(context) && isMap(context.k8s)
      ? k8sContextChecks(context.k8s, [...path, 'container_context', 'k8s'])
      : [],
  );
  return runChecks(checks, 'agent');
}

/** Model problems of a `dagster-k8s/config` tag value. */
export function checkK8sConfigTagModels(tag: unknown): SchemaProblem[] {
  return runChecks(fragmentChecks(tag, RUN_FRAGMENT_NAMES, []), 'run-launch');
}

const HELM_RUN_FRAGMENTS: Record<string, string> = {
  containerConfig: 'V1Container',
  podSpecConfig: 'V1PodSpec',
  podTemplateSpecMetadata: 'V1ObjectMeta',
  jobSpecConfig: 'V1JobSpec',
  jobMetadata: 'V1ObjectMeta',
};

const HELM_SERVER_FRAGMENTS: Record<string, string> = {
  containerConfig: 'V1Container',
  podSpecConfig: 'V1PodSpec',
  podTemplateSpecMetadata: 'V1ObjectMeta',
  deploymentMetadata: 'V1ObjectMeta',
  serviceMetadata: 'V1ObjectMeta',
};

function helmFragmentChecks(block: unknown, models: Record<string, string>, path: ConfigPath) {
  if (!isMap(block)) return [];
  return Object.entries(models).flatMap(([name, model]) =>
    mapCheck(block[name], model, [...path, name]),
  );
}

/** Model problems of the raw Kubernetes values under Helm `workspace` (the agent reads them). */
export function checkAgentHelmK8sModels(values: unknown): SchemaProblem[] {
  if (!isMap(values) || !isMap(values.workspace)) return [];
  const ws = values.workspace;
  const path = ['workspace'];
  return runChecks(
    [
      ...itemChecks(ws.volumes, 'V1Volume', [...path, 'volumes']),
      ...itemChecks(ws.volumeMounts, 'V1VolumeMount', [...path, 'volumeMounts']),
      ...mapCheck(ws.resources, 'V1ResourceRequirements', [...path, 'resources']),
      ...mapCheck(ws.securityContext, 'V1SecurityContext', [...path, 'securityContext']),
      ...helmFragmentChecks(ws.runK8sConfig, HELM_RUN_FRAGMENTS, [...path, 'runK8sConfig']),
      ...helmFragmentChecks(ws.serverK8sConfig, HELM_SERVER_FRAGMENTS, [
        ...path,
        'serverK8sConfig',
      ]),
    ],
    'agent',
  );
}
