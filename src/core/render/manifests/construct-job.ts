import { normalizeK8sModelValue } from '../../k8s';
import type {
  DagsterErrorStage,
  FragmentName,
  JsonObject,
  JsonValue,
  OriginMap,
  RawK8sConfig,
  ValueOrigin,
} from '../merge/types';
import { asList, asMap, cloneJson } from './json';
import { sanitizeRunLabelValue } from './labels';
import { checkJobNameLengths } from './names';
import { PlacementRecorder } from './origins';
import { toDagsterConfigError } from './model-errors';
import type { RenderResult } from './types';

/** The Dagster version the agent 1.13.5 runs: the `app.kubernetes.io/version` label. */
export const DEFAULT_DAGSTER_VERSION = '1.13.5';

/**
 * The fields of Dagster's `DagsterK8sJobConfig` that still shape a Job (render-run.md §4): the
 * launcher sets the first four; the last two keep their defaults in every caller.
 */
export interface DagsterK8sJobConfig {
  readonly jobImage: string | null;
  readonly dagsterHome: string | null;
  readonly postgresPasswordSecret?: string | null;
  readonly instanceConfigMap?: string | null;
  /** Default `"Always"`: shows only when no layer sets a pull policy (examples R3–R5). */
  readonly imagePullPolicy?: string;
  /** Default null: no `serviceAccountName` unless a layer sets one. */
  readonly serviceAccountName?: string | null;
}

/** The parameters of Dagster's `construct_dagster_k8s_job` (dagster_k8s/job.py). */
export interface ConstructDagsterK8sJobParams {
  readonly jobConfig: DagsterK8sJobConfig;
  /** Container `args`; null leaves the user's `args` in place (Dagster's `args=None`). */
  readonly args: readonly string[] | null;
  readonly jobName: string;
  /** The merged raw config `U`: fragments with camelCase keys, nulls kept, not coerced. */
  readonly userDefinedK8sConfig?: Partial<RawK8sConfig>;
  /** Default `<jobName>-pod`. */
  readonly podName?: string;
  /** `app.kubernetes.io/component`, omitted when absent. */
  readonly component?: string;
  /** Launcher labels, each passed through `sanitize_k8s_label`. */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * Label values printed verbatim instead of sanitized: the preview's placeholder tokens
   * (`<run-id>` would otherwise become `run-id`, a realistic-looking value; README §5.1).
   */
  readonly placeholderLabelValues?: readonly string[];
  /** Env entries placed before `DAGSTER_HOME` (camelCase keys). */
  readonly envVars?: readonly JsonObject[];
  readonly dagsterVersion?: string;
  /** Origins of the fragments (merge engine), for the manifest's provenance. */
  readonly fragmentOrigins?: OriginMap;
  /** Origin of `jobConfig.jobImage` (the location `image`), when it is used. */
  readonly jobImageOrigin?: ValueOrigin;
  /** Where Dagster raises errors for this Job (`run-launch` or `step-launch`). */
  readonly stage?: DagsterErrorStage;
}

/** A constructed Job: the request body and the origin of each of its leaves. */
export interface ConstructedJob {
  readonly body: JsonObject;
  readonly origins: ReadonlyMap<string, ValueOrigin>;
}

const CONTAINER = ['spec', 'template', 'spec', 'containers', 0] as const;
const POD_SPEC = ['spec', 'template', 'spec'] as const;
const POD_METADATA = ['spec', 'template', 'metadata'] as const;

function cloneFragment(config: Partial<RawK8sConfig> | undefined, name: FragmentName): JsonObject {
  return cloneJson(config?.[name] ?? {});
}

/** Python `dict.pop(key, default)`: a key present with value null counts as present. */
function pop(map: JsonObject, key: string, fallback: JsonValue): [boolean, JsonValue] {
  if (!Object.hasOwn(map, key)) return [false, fallback];
  const value = map[key]!;
  delete map[key];
  return [true, value];
}

/** Places each remaining key of a fragment copy at `target` in the manifest. */
function placeKeys(
  recorder: PlacementRecorder,
  map: JsonObject,
  target: readonly (string | number)[],
  fragment: FragmentName,
) {
  for (const key of Object.keys(map)) recorder.fromFragment([...target, key], [fragment, key]);
}

/** Step 3 of render-run.md (§6): the main container. */
function buildMainContainer(
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
function buildPodSpec(
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

/** Metadata = fragment copy without `labels`, plus `name` and Dagster labels ∪ user labels. */
function buildMetadata(
  fragment: FragmentName,
  params: ConstructDagsterK8sJobParams,
  name: string,
  dagsterLabels: JsonObject,
  target: readonly (string | number)[],
  recorder: PlacementRecorder,
): JsonObject {
  const metadata = cloneFragment(params.userDefinedK8sConfig, fragment);
  const [, userLabels] = pop(metadata, 'labels', {});
  delete metadata.name;
  placeKeys(recorder, metadata, target, fragment);
  const labels = asMap(userLabels);
  for (const key of Object.keys(labels)) {
    recorder.fromFragment([...target, 'labels', key], [fragment, 'labels', key]);
  }
  return { ...metadata, name, labels: { ...dagsterLabels, ...labels } };
}

/** Dagster's `get_common_labels` + component + sanitized launcher labels, in that order. */
function buildDagsterLabels(params: ConstructDagsterK8sJobParams): JsonObject {
  const labels: JsonObject = {
    'app.kubernetes.io/name': 'dagster',
    'app.kubernetes.io/instance': 'dagster',
    'app.kubernetes.io/version': sanitizeRunLabelValue(
      params.dagsterVersion ?? DEFAULT_DAGSTER_VERSION,
    ),
    'app.kubernetes.io/part-of': 'dagster',
  };
  if (params.component) labels['app.kubernetes.io/component'] = params.component;
  for (const [key, value] of Object.entries(params.labels ?? {})) {
    const keep = params.placeholderLabelValues?.includes(value);
    labels[key] = keep ? value : sanitizeRunLabelValue(value);
  }
  return labels;
}

/**
 * Dagster's `construct_dagster_k8s_job` (render-run.md §5–§12), the shared core of run and step
 * Jobs: checks the name lengths, assembles the Job from the merged raw config `U`, then converts
 * it like `k8s_model_from_dict` + the Python client's serialization (camelCase, coerced scalars,
 * nulls dropped). Dagster's errors come back as a {@link RenderResult} error, never thrown.
 */
export function constructDagsterK8sJob(
  params: ConstructDagsterK8sJobParams,
): RenderResult<ConstructedJob> {
  const stage = params.stage ?? 'run-launch';
  const podName = params.podName ?? `${params.jobName}-pod`;
  const lengthError = checkJobNameLengths(params.jobName, podName);
  if (lengthError) {
    return {
      ok: false,
      error: { kind: 'dagster-config-error', errorType: 'CheckError', message: lengthError, stage },
    };
  }
  const recorder = new PlacementRecorder();
  const dagsterLabels = buildDagsterLabels(params);
  const container = buildMainContainer(params, recorder);
  const podSpec = buildPodSpec(params, container, recorder);
  const podMetadata = buildMetadata(
    'pod_template_spec_metadata',
    params,
    podName,
    dagsterLabels,
    POD_METADATA,
    recorder,
  );
  const jobSpecConfig = cloneFragment(params.userDefinedK8sConfig, 'job_spec_config');
  delete jobSpecConfig.template;
  placeKeys(recorder, jobSpecConfig, ['spec'], 'job_spec_config');
  const spec: JsonObject = {
    ttlSecondsAfterFinished: 86400,
    backoffLimit: 0,
    ...jobSpecConfig,
    template: { metadata: podMetadata, spec: podSpec },
  };
  const jobMetadata = buildMetadata(
    'job_metadata',
    params,
    params.jobName,
    dagsterLabels,
    ['metadata'],
    recorder,
  );
  const jobConfig = cloneFragment(params.userDefinedK8sConfig, 'job_config');
  for (const key of ['apiVersion', 'kind', 'metadata', 'spec']) delete jobConfig[key];
  placeKeys(recorder, jobConfig, [], 'job_config');
  const job = { ...jobConfig, apiVersion: 'batch/v1', kind: 'Job', metadata: jobMetadata, spec };
  try {
    const body = normalizeK8sModelValue('V1Job', job, { requireFields: true }) as JsonObject;
    return {
      ok: true,
      value: { body, origins: recorder.resolve(body, params.fragmentOrigins ?? new Map()) },
    };
  } catch (error) {
    return { ok: false, error: toDagsterConfigError(error, stage) };
  }
}
