import type { LauncherLayer, MergedContainerContext, ValueOrigin } from '../merge/types';
import { constructDagsterK8sJob } from './construct-job';
import { buildStepJobName } from './names';
import { PLACEHOLDERS, type PlaceholderId } from './placeholders';
import { finishJobManifest } from './run-job';
import type { RenderedManifest, RenderResult } from './types';

/** What one op's step Job needs besides the step chain's merged context (merge.md §2.3). */
export interface StepJobInput {
  /** The step chain's result: run chain without the job tag ⊕ executor ⊕ op tag ⊕ per-op config. */
  readonly context: MergedContainerContext;
  readonly launcher: Pick<LauncherLayer, 'dagsterHome' | 'postgresPasswordSecret' | 'jobImage'>;
  /** `job_image` of the `k8s_job_executor` config, which beats every other image source. */
  readonly executorJobImage?: string | null;
  readonly executorJobImageOrigin?: ValueOrigin;
  /** The run's job name (`dagster/job`, `DAGSTER_RUN_JOB_NAME`). */
  readonly jobName: string;
  /** The step key; for an op outside dynamic outputs it is the op name. */
  readonly stepKey: string;
  readonly runId?: string;
  readonly locationName?: string | null;
  readonly locationImage?: string | null;
  readonly locationImageOrigin?: ValueOrigin;
  readonly dagsterVersion?: string;
  /** Value of `DAGSTER_COMPRESSED_EXECUTE_STEP_ARGS`; default a placeholder. */
  readonly compressedStepArgs?: string;
  readonly entryPoint?: readonly string[];
  /** Retry attempt (adds `-<attempt>` to the name when non-zero). */
  readonly attempt?: number;
}

/** Dagster's text when neither the executor, the launcher nor the location gives an image. */
export const NO_STEP_IMAGE_MESSAGE = 'No image included in either executor config or the job';

/**
 * The step Job that `k8s_job_executor` (`K8sStepHandler.launch_step`, dagster_k8s/executor.py)
 * creates for one op of a run (op isolation): name `dagster-step-<md5(run id + step key)>`,
 * component `step_worker`, labels `dagster/job`, `dagster/op`, `dagster/run-id`,
 * `dagster/code-location`, `args` = `dagster api execute_step`, and env
 * `DAGSTER_COMPRESSED_EXECUTE_STEP_ARGS`, `DAGSTER_RUN_JOB_NAME`, `DAGSTER_RUN_STEP_KEY` first.
 */
export function renderStepJob(input: StepJobInput): RenderResult<RenderedManifest> {
  const runId = input.runId ?? PLACEHOLDERS.runId;
  const compressed = input.compressedStepArgs ?? PLACEHOLDERS.compressedStepArgs;
  const runIdIsPlaceholder = runId === PLACEHOLDERS.runId;
  const jobName = buildStepJobName(runId, input.stepKey, {
    attempt: input.attempt,
    hash: runIdIsPlaceholder ? PLACEHOLDERS.stepHash : undefined,
  });
  let jobImage = input.executorJobImage || input.launcher.jobImage;
  let jobImageOrigin = input.executorJobImage ? input.executorJobImageOrigin : undefined;
  if (!jobImage) {
    jobImage = input.locationImage ?? null;
    jobImageOrigin = input.locationImageOrigin;
  }
  if (!jobImage) {
    return {
      ok: false,
      error: {
        kind: 'dagster-config-error',
        errorType: 'Exception',
        message: NO_STEP_IMAGE_MESSAGE,
        stage: 'step-launch',
      },
    };
  }
  const labels: Record<string, string> = {
    'dagster/job': input.jobName,
    'dagster/op': input.stepKey,
    'dagster/run-id': runId,
  };
  if (input.locationName) labels['dagster/code-location'] = input.locationName;
  const result = constructDagsterK8sJob({
    jobConfig: {
      jobImage,
      dagsterHome: input.launcher.dagsterHome,
      postgresPasswordSecret: input.launcher.postgresPasswordSecret,
    },
    args: [...(input.entryPoint ?? ['dagster']), 'api', 'execute_step'],
    jobName,
    podName: jobName,
    component: 'step_worker',
    labels,
    placeholderLabelValues: [PLACEHOLDERS.runId],
    envVars: [
      { name: 'DAGSTER_COMPRESSED_EXECUTE_STEP_ARGS', value: compressed },
      { name: 'DAGSTER_RUN_JOB_NAME', value: input.jobName },
      { name: 'DAGSTER_RUN_STEP_KEY', value: input.stepKey },
    ],
    userDefinedK8sConfig: input.context.fragments,
    dagsterVersion: input.dagsterVersion,
    fragmentOrigins: input.context.origins,
    jobImageOrigin,
    stage: 'step-launch',
  });
  if (!result.ok) return result;
  const active: PlaceholderId[] = [];
  if (runIdIsPlaceholder) active.push('runId', 'stepHash');
  if (compressed === PLACEHOLDERS.compressedStepArgs) active.push('compressedStepArgs');
  return {
    ok: true,
    value: finishJobManifest('step', result.value, input.context.namespace, active),
  };
}
