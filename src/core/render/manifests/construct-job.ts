import { normalizeK8sModelValue, setOwnValue } from '../../k8s';
import type {
  DagsterErrorStage,
  FragmentName,
  JsonObject,
  OriginMap,
  RawK8sConfig,
  ValueOrigin,
} from '../merge/types';
import { asMap } from './json';
import {
  buildMainContainer,
  buildPodSpec,
  cloneFragment,
  placeKeys,
  pop,
  POD_METADATA,
} from './job-pod';
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
    setOwnValue(labels, key, keep ? value : sanitizeRunLabelValue(value));
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
