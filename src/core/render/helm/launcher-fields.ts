/**
 * The launcher's context fields as the merge engine reads them, with each value's origin mapped
 * back to the Helm values path it was rendered from, and the Dagster+ allowlist adjustments.
 */
import type { ConfigPath } from '../../source-range';
import type {
  JsonObject,
  K8sFieldAllowlist,
  LauncherContextFields,
  ValueOrigin,
} from '../merge/types';
import type { ResolvedHelmValues } from './helm-values';
import { get, isMap, SECTION_NAMES } from './values-access';
import { RESERVED_ENV_VAR_NAMES } from './reserved-env';

export interface FieldNaming {
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

export function launcherFields(
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
export function adjustAllowlists(config: JsonObject): {
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
