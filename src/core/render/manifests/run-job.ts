import type {
  JsonObject,
  LauncherLayer,
  MergedContainerContext,
  ValueOrigin,
} from '../merge/types';
import { constructDagsterK8sJob, type ConstructedJob } from './construct-job';
import { buildRunJobName } from './names';
import { collectPlaceholderMarks, PLACEHOLDERS, type PlaceholderId } from './placeholders';
import type { ManifestMark, RenderedManifest, RenderResult } from './types';

/** What the run worker Job needs besides the merged context (render-run.md §2). */
export interface RunJobInput {
  /** The run chain's result (`U` = its fragments, plus the namespace). */
  readonly context: MergedContainerContext;
  /** The launcher fields that are not merge layers (`dagster_home`, PG secret, `job_image`). */
  readonly launcher: Pick<LauncherLayer, 'dagsterHome' | 'postgresPasswordSecret' | 'jobImage'>;
  /** The code origin's job name: label `dagster/job` and env `DAGSTER_RUN_JOB_NAME`. */
  readonly jobName: string;
  /** P1; default `<run-id>`. */
  readonly runId?: string;
  /** Label `dagster/code-location`; runs launched through Dagster+ always have one. */
  readonly locationName?: string | null;
  /** The location `image` (the code origin's image), which beats the launcher's `job_image`. */
  readonly locationImage?: string | null;
  readonly locationImageOrigin?: ValueOrigin;
  /** The agent's Dagster version (label `app.kubernetes.io/version`), default 1.13.5. */
  readonly dagsterVersion?: string;
  /** P2; default `<SERIALIZED_EXECUTE_RUN_ARGS>`. */
  readonly serializedRunArgs?: string;
  /** Default `['dagster']` (render-run.md §17.3 for `executable_path`). */
  readonly entryPoint?: readonly string[];
}

/**
 * `dagster/deployment-name` (PR #30290): the value of the FIRST env entry named
 * `DAGSTER_CLOUD_DEPLOYMENT_NAME` in the merged container env, when there is one.
 */
export function findDeploymentNameLabel(context: MergedContainerContext): string | undefined {
  const env = context.fragments.container_config.env;
  if (!Array.isArray(env)) return undefined;
  const entry = env.find(
    (item): item is JsonObject =>
      item !== null &&
      typeof item === 'object' &&
      !Array.isArray(item) &&
      item.name === 'DAGSTER_CLOUD_DEPLOYMENT_NAME',
  );
  return typeof entry?.value === 'string' ? entry.value : undefined;
}

/**
 * Adds the display-only `metadata.namespace` line (README §5.2) unless the user's metadata
 * fragment already put a namespace into the body.
 */
export function buildJobDisplay(
  body: JsonObject,
  namespace: string | null,
): { namespace?: string } {
  const metadata = body.metadata as JsonObject | undefined;
  if (!namespace || (metadata && Object.hasOwn(metadata, 'namespace'))) return {};
  return { namespace };
}

/** Packs a constructed Job with its display lines and placeholder marks. */
export function finishJobManifest(
  role: 'run' | 'step',
  job: ConstructedJob,
  namespace: string | null,
  active: PlaceholderId[],
): RenderedManifest {
  const display = buildJobDisplay(job.body, namespace);
  const marks: ManifestMark[] = collectPlaceholderMarks(job.body, job.origins, active);
  if (display.namespace) marks.push({ pointer: '/metadata/namespace', comment: 'display' });
  return { role, body: job.body, namespace, display, origins: job.origins, marks };
}

/**
 * The run worker Job the Dagster+ agent (a dagster-k8s `K8sRunLauncher`) creates for one run
 * (render-run.md §4–§12): name `dagster-run-<run id>`, component `run_worker`, Dagster labels,
 * `DAGSTER_RUN_JOB_NAME` + `DAGSTER_HOME` env, `args` = `dagster api execute_run <args>`.
 */
export function renderRunJob(input: RunJobInput): RenderResult<RenderedManifest> {
  const runId = input.runId ?? PLACEHOLDERS.runId;
  const serializedRunArgs = input.serializedRunArgs ?? PLACEHOLDERS.serializedRunArgs;
  const labels: Record<string, string> = { 'dagster/job': input.jobName, 'dagster/run-id': runId };
  if (input.locationName) labels['dagster/code-location'] = input.locationName;
  const deploymentName = findDeploymentNameLabel(input.context);
  if (deploymentName !== undefined) labels['dagster/deployment-name'] = deploymentName;
  const jobName = buildRunJobName(runId);
  const useLocationImage = Boolean(input.locationImage);
  const result = constructDagsterK8sJob({
    jobConfig: {
      jobImage: useLocationImage ? input.locationImage! : input.launcher.jobImage,
      dagsterHome: input.launcher.dagsterHome,
      postgresPasswordSecret: input.launcher.postgresPasswordSecret,
    },
    args: [...(input.entryPoint ?? ['dagster']), 'api', 'execute_run', serializedRunArgs],
    jobName,
    podName: jobName,
    component: 'run_worker',
    labels,
    placeholderLabelValues: [PLACEHOLDERS.runId],
    envVars: [{ name: 'DAGSTER_RUN_JOB_NAME', value: input.jobName }],
    userDefinedK8sConfig: input.context.fragments,
    dagsterVersion: input.dagsterVersion,
    fragmentOrigins: input.context.origins,
    jobImageOrigin: useLocationImage ? input.locationImageOrigin : undefined,
    stage: 'run-launch',
  });
  if (!result.ok) return result;
  const active: PlaceholderId[] = [];
  if (runId === PLACEHOLDERS.runId) active.push('runId');
  if (serializedRunArgs === PLACEHOLDERS.serializedRunArgs) active.push('serializedRunArgs');
  return {
    ok: true,
    value: finishJobManifest('run', result.value, input.context.namespace, active),
  };
}
