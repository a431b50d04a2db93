import type {
  FragmentName,
  JsonObject,
  JsonValue,
  RawK8sConfig,
  ValueOrigin,
} from '../merge/types';
import type { ConstructDagsterK8sJobParams } from './construct-job';
import { asList, asMap, cloneJson } from './json';
import type { PlacementRecorder } from './origins';

export const CONTAINER = ['spec', 'template', 'spec', 'containers', 0] as const;
export const POD_SPEC = ['spec', 'template', 'spec'] as const;
export const POD_METADATA = ['spec', 'template', 'metadata'] as const;

/** A copy of one fragment of `U` that the builder may take keys out of. */
export function cloneFragment(
  config: Partial<RawK8sConfig> | undefined,
  name: FragmentName,
): JsonObject {
  return cloneJson(config?.[name] ?? {});
}

/** Python `dict.pop(key, default)`: a key present with value null counts as present. */
export function pop(map: JsonObject, key: string, fallback: JsonValue): [boolean, JsonValue] {
  if (!Object.hasOwn(map, key)) return [false, fallback];
  const value = map[key]!;
  delete map[key];
  return [true, value];
}

/** Places each remaining key of a fragment copy at `target` in the manifest. */
export function placeKeys(
  recorder: PlacementRecorder,
  map: JsonObject,
  target: readonly (string | number)[],
  fragment: FragmentName,
) {
  for (const key of Object.keys(map)) recorder.fromFragment([...target, key], [fragment, key]);
}

/** Step 3 of render-run.md (§6): the main container. */
export function buildMainContainer(
  params: ConstructDagsterK8sJobParams,
  recorder: PlacementRecorder,
): JsonObject {
  const { jobConfig } = params;
  const cc = cloneFragment(params.userDefinedK8sConfig, 'container_config');
  if (params.args !== null) cc.args = [...params.args];
  const dagsterEnv: JsonObject[] = [...(params.envVars ?? [])];
  if (jobConfig.dagsterHome)
    dagsterEnv.push({ name: 'DAGSTER_HOME', value: jobConfig.dagsterHome });
  if (jobConfig.postgresPasswordSecret) {
    dagsterEnv.push({
      name: 'DAGSTER_PG_PASSWORD',
      valueFrom: {
        secretKeyRef: { name: jobConfig.postgresPasswordSecret, key: 'postgresql-password' },
      },
    });
  }
  const [, userEnv] = pop(cc, 'env', []);
  const [, userEnvFrom] = pop(cc, 'envFrom', []);
  const [userImage, image] = pop(cc, 'image', jobConfig.jobImage);
  const [, pullPolicy] = pop(cc, 'imagePullPolicy', jobConfig.imagePullPolicy ?? 'Always');
  const [, volumeMounts] = pop(cc, 'volumeMounts', []);
  const [, resources] = pop(cc, 'resources', {});
  const [, name] = pop(cc, 'name', 'dagster');
  const [, securityContext] = pop(cc, 'securityContext', {});

  placeKeys(recorder, cc, CONTAINER, 'container_config');
  if (params.args !== null) recorder.fromOrigin([...CONTAINER, 'args'], DAGSTER_ARGS_ORIGIN);
  const envList = asList(userEnv);
  envList.forEach((_, i) => {
    recorder.fromFragment(
      [...CONTAINER, 'env', dagsterEnv.length + i],
      ['container_config', 'env', i],
    );
  });
  const original = params.userDefinedK8sConfig?.container_config ?? {};
  for (const key of ['envFrom', 'volumeMounts', 'resources', 'securityContext', 'name']) {
    if (Object.hasOwn(original, key))
      recorder.fromFragment([...CONTAINER, key], ['container_config', key]);
  }
  if (Object.hasOwn(original, 'imagePullPolicy')) {
    recorder.fromFragment(
      [...CONTAINER, 'imagePullPolicy'],
      ['container_config', 'imagePullPolicy'],
    );
  }
  if (userImage) recorder.fromFragment([...CONTAINER, 'image'], ['container_config', 'image']);
  else if (params.jobImageOrigin)
    recorder.fromOrigin([...CONTAINER, 'image'], params.jobImageOrigin);

  const isTruthyMap = (value: JsonValue) => Object.keys(asMap(value)).length > 0;
  return {
    ...cc,
    name,
    image,
    imagePullPolicy: pullPolicy,
    env: [...dagsterEnv, ...envList],
    envFrom: asList(userEnvFrom),
    volumeMounts: asList(volumeMounts),
    resources: isTruthyMap(resources) ? resources : {},
    ...(isTruthyMap(securityContext) ? { securityContext } : {}),
  };
}

const DAGSTER_ARGS_ORIGIN: ValueOrigin = { layer: 'dagster', document: null, path: [] };

/** Step 4 (§7): the pod spec around the main container. */
export function buildPodSpec(
  params: ConstructDagsterK8sJobParams,
  container: JsonObject,
  recorder: PlacementRecorder,
): JsonObject {
  const ps = cloneFragment(params.userDefinedK8sConfig, 'pod_spec_config');
  const [, volumes] = pop(ps, 'volumes', []);
  const [, serviceAccountName] = pop(
    ps,
    'serviceAccountName',
    params.jobConfig.serviceAccountName ?? null,
  );
  const [, schedulerName] = pop(ps, 'schedulerName', null);
  const [, automount] = pop(ps, 'automountServiceAccountToken', true);
  const [, sidecars] = pop(ps, 'containers', []);
  const [, pullSecrets] = pop(ps, 'imagePullSecrets', []);

  placeKeys(recorder, ps, POD_SPEC, 'pod_spec_config');
  const original = params.userDefinedK8sConfig?.pod_spec_config ?? {};
  for (const key of [
    'volumes',
    'serviceAccountName',
    'schedulerName',
    'automountServiceAccountToken',
    'imagePullSecrets',
  ]) {
    if (Object.hasOwn(original, key))
      recorder.fromFragment([...POD_SPEC, key], ['pod_spec_config', key]);
  }
  const sidecarList = asList(sidecars);
  sidecarList.forEach((_, i) => {
    recorder.fromFragment([...POD_SPEC, 'containers', i + 1], ['pod_spec_config', 'containers', i]);
  });
  return {
    restartPolicy: 'Never',
    ...ps,
    imagePullSecrets: asList(pullSecrets),
    serviceAccountName,
    automountServiceAccountToken: automount,
    containers: [container, ...sidecarList],
    volumes: asList(volumes),
    ...(schedulerName ? { schedulerName } : {}),
  };
}
