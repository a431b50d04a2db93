import { buildRunLauncherLayer } from '../merge';
import {
  contextFromContainerContext,
  contextFromK8sConfig,
  contextToMerged,
  mergeContexts,
  mergeRunContainerContext,
  withRunMergeBehavior,
  type ContainerContextHandle,
} from '../merge';
import type { JsonObject, MergedContainerContext, OriginResolver } from '../merge/types';
import { constructDagsterK8sJob } from '../manifests/construct-job';
import {
  renderLocation,
  type RenderKind,
  type RenderLocationInput,
} from '../manifests/render-location';
import { renderRunJob } from '../manifests/run-job';
import type { RenderedManifest } from '../manifests/types';

/** What a golden driver produced: the request bodies and their namespaces, or Dagster's error. */
export interface GoldenOutput {
  readonly bodies: unknown[];
  readonly namespaces: (string | null)[];
  readonly error?: string;
}

const locationOrigin: OriginResolver = (path) => ({
  layer: 'location',
  document: 'dagster-cloud-yaml',
  path: ['container_context', ...path],
});

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function fromManifests(manifests: readonly RenderedManifest[]): GoldenOutput {
  return {
    bodies: manifests.map((manifest) => manifest.body),
    namespaces: manifests.map((manifest) => manifest.namespace),
  };
}

/** R1, R2, R6, R7: an OSS `K8sRunLauncher` config as the launcher layer, then the run chain. */
export function driveOssRun(input: Record<string, unknown>): GoldenOutput {
  const launcher = buildRunLauncherLayer(input.run_launcher as JsonObject);
  const containerContext = input.location_container_context;
  const tags = (input.run_tags ?? {}) as Record<string, string>;
  const context = unwrap(
    mergeRunContainerContext({
      launcher,
      location: containerContext ? { containerContext, origin: locationOrigin } : null,
      runTag: tags['dagster-k8s/config'],
    }),
  );
  const job = unwrap(
    renderRunJob({
      context,
      launcher,
      jobName: input.job_name as string,
      runId: input.run_id as string,
      locationName: input.location_name as string,
      locationImage: null,
    }),
  );
  return fromManifests([job]);
}

interface UnitContextInput {
  readonly from: 'container_context' | 'k8s';
  readonly value: unknown;
  readonly run_merge_behavior?: 'DEEP' | 'SHALLOW';
}

/** R3, R4, R5, R9: contexts built and merged directly (no launcher), as the unit tests do. */
export function buildUnitContext(contexts: readonly UnitContextInput[]): MergedContainerContext {
  const handles = contexts.map((item): ContainerContextHandle => {
    const built = unwrap(
      item.from === 'k8s'
        ? contextFromK8sConfig(item.value, locationOrigin)
        : contextFromContainerContext(item.value, locationOrigin),
    );
    return item.run_merge_behavior ? withRunMergeBehavior(built, item.run_merge_behavior) : built;
  });
  const merged = handles.slice(1).reduce((a, b) => unwrap(mergeContexts(a, b)), handles[0]!);
  return contextToMerged(merged, 'run');
}

/** The unit-level Job of examples R3–R5, R8 and R9 (`construct_dagster_k8s_job`). */
export function constructUnitJob(
  input: Record<string, unknown>,
  context: MergedContainerContext | null,
  labels?: Record<string, string>,
) {
  const jobConfig = input.job_config as { job_image: string; dagster_home: string | null };
  return constructDagsterK8sJob({
    jobConfig: { jobImage: jobConfig.job_image, dagsterHome: jobConfig.dagster_home },
    args: input.args as string[],
    jobName: input.job_name as string,
    podName: input.pod_name as string | undefined,
    component: input.component as string | undefined,
    labels,
    userDefinedK8sConfig: context?.fragments,
  });
}

export function driveUnit(input: Record<string, unknown>): GoldenOutput {
  const context = buildUnitContext(input.contexts as UnitContextInput[]);
  const job = unwrap(constructUnitJob(input, context));
  return { bodies: [job.body], namespaces: [context.namespace] };
}

/** The `renderLocation` inputs (all but `kind`) a golden agent fixture's input names. */
export function goldenRenderInput(
  input: Record<string, unknown>,
): Omit<RenderLocationInput, 'kind'> {
  return {
    configText: input.dagster_cloud_yaml as string,
    helmValues: (input.helm_values as string | null) ?? null,
    releaseName: input.release_name as string,
    releaseNamespace: input.release_namespace as string,
    jobName: input.job_name as string | undefined,
    runTag: input.run_tag as string | undefined,
    runId: input.run_id as string | undefined,
    deploymentName: input.deployment as string | undefined,
    nameSuffix: input.name_suffix as string | undefined,
    agentId: input.agent_id as string | undefined,
    serverTimestamp: input.server_timestamp as number | undefined,
    instanceRef: input.instance_ref as string | undefined,
  };
}

/** R10, R10b, S1–S5: the Dagster+ path end to end through `renderLocation`. */
export function driveAgent(input: Record<string, unknown>): GoldenOutput {
  const kinds: RenderKind[] = input.kind === 'all-server' ? ['deployment', 'service'] : ['run'];
  const manifests = kinds.flatMap((kind) => {
    const result = renderLocation({ ...goldenRenderInput(input), kind });
    if (result.error) throw new Error(result.error.message);
    return result.manifests;
  });
  return fromManifests(manifests);
}
