import {
  locationLayerFromDefaults,
  mergeCodeServerContainerContext,
  mergeRunContainerContext,
  mergeStepContainerContext,
  type AgentLayer,
  type LocationWithDefaults,
} from '../merge';
import type { AgentEnvironment, MergeNote } from '../merge/types';
import { DEFAULT_DEPLOYMENT_NAME, DEFAULT_JOB_NAME, DEFAULT_OP_NAME } from './default-names';
import { renderCodeServerDeployment, renderCodeServerService } from './code-server';
import { checkAgentServesLocation } from './gate';
import {
  dumpContainerContextJson,
  toCodeServerLocation,
  type ConfigSource,
} from './location-source';
import { collectCodeServerNotes, collectRunJobNotes } from './manifest-notes';
import type { RenderLocationInput } from './render-location';
import { renderRunJob } from './run-job';
import { renderStepJob } from './step-job';
import type { RenderedManifest, RenderResult } from './types';

export { DEFAULT_DEPLOYMENT_NAME, DEFAULT_JOB_NAME, DEFAULT_OP_NAME };

/** Everything the per-object renderers share once the inputs are resolved. */
export interface Prepared {
  readonly input: RenderLocationInput;
  readonly source: ConfigSource;
  readonly location: LocationWithDefaults;
  readonly defaultsApplied: boolean;
  readonly agent: AgentLayer;
  readonly environment: AgentEnvironment;
  /** Helm `dagsterCloudAgent.podSecurityContext` is set (it never reaches code servers). */
  readonly agentPodSecurityContextSet: boolean;
  readonly notes: MergeNote[];
}

/** The run worker Job (merge.md §6, render-run.md). */
export function renderRunTarget(p: Prepared): RenderResult<RenderedManifest> {
  const merged = mergeRunContainerContext({
    launcher: p.agent.launcher,
    location: locationLayerFromDefaults(p.location),
    runTag: p.input.runTag,
    resourceRequirementsTag: p.input.resourceRequirementsTag,
    agentEnvironment: p.environment,
  });
  if (!merged.ok) return merged;
  p.notes.push(...merged.value.notes);
  const where = toCodeServerLocation(p.location);
  if (where.executablePath) {
    p.notes.push({
      severity: 'info',
      message: `The run's args may start with [${where.executablePath}, -m, dagster] instead of [dagster]: which entry point a Dagster+ location with executable_path gets is not confirmed.`,
    });
  }
  const job = renderRunJob({
    context: merged.value,
    launcher: p.agent.launcher,
    jobName: p.input.jobName ?? DEFAULT_JOB_NAME,
    runId: p.input.runId,
    locationName: p.location.locationName,
    locationImage: where.image,
    locationImageOrigin: p.location.origin(['image']),
    dagsterVersion: p.input.dagsterVersion,
    serializedRunArgs: p.input.serializedRunArgs,
  });
  if (job.ok) p.notes.push(...collectRunJobNotes(merged.value, job.value.body, where.image));
  return job;
}

/** One op's step Job (merge.md §2.3). */
export function renderStepTarget(p: Prepared): RenderResult<RenderedManifest> {
  const opName = p.input.opName ?? DEFAULT_OP_NAME;
  const merged = mergeStepContainerContext({
    launcher: p.agent.launcher,
    location: locationLayerFromDefaults(p.location),
    executorConfig: p.input.executorConfig,
    opName,
    opTag: p.input.opTags,
    // The step context is built in the run worker: bare KEYs read ITS environment, which the
    // Helm values do not describe, so they stay placeholders unless the caller simulates it.
    agentEnvironment: p.input.agentEnvironment ?? {},
  });
  if (!merged.ok) return merged;
  p.notes.push(...merged.value.notes);
  const where = toCodeServerLocation(p.location);
  const job = renderStepJob({
    context: merged.value,
    launcher: p.agent.launcher,
    executorJobImage: merged.value.executorJobImage ?? null,
    jobName: p.input.jobName ?? DEFAULT_JOB_NAME,
    stepKey: opName,
    runId: p.input.runId,
    locationName: p.location.locationName,
    locationImage: where.image,
    locationImageOrigin: p.location.origin(['image']),
    dagsterVersion: p.input.dagsterVersion,
    compressedStepArgs: p.input.compressedStepArgs,
  });
  if (job.ok) p.notes.push(...collectRunJobNotes(merged.value, job.value.body, where.image));
  return job;
}

/** What the Deployment and the Service of one render share (read-only once built). */
interface ServerSide {
  readonly gate: ReturnType<typeof checkAgentServesLocation>;
  readonly merged: ReturnType<typeof mergeCodeServerContainerContext>;
  readonly json: ReturnType<typeof dumpContainerContextJson>;
}

const serverSides = new WeakMap<Prepared, ServerSide>();

/**
 * The gate, the merged container context and DAGSTER_CONTAINER_CONTEXT of the code server,
 * built once per render: the Deployment and the Service both need them, and the merge was a
 * quarter of a location's render.
 */
function prepareServerSide(p: Prepared, deploymentName: string): ServerSide {
  const known = serverSides.get(p);
  if (known) return known;
  const gate = checkAgentServesLocation(p.agent.settings, deploymentName, p.location.value);
  const merged = gate.error
    ? ({ ok: false, error: gate.error } as const)
    : mergeCodeServerContainerContext({
        launcher: p.agent.launcher,
        location: locationLayerFromDefaults(p.location),
        cloudContextEnv: [`DAGSTER_CLOUD_DEPLOYMENT_NAME=${deploymentName}`],
        agentEnvironment: p.environment,
      });
  const json = merged.ok
    ? dumpContainerContextJson(p.source, p.location, p.defaultsApplied)
    : ({ ok: true, value: '' } as const);
  const side = { gate, merged, json };
  serverSides.set(p, side);
  return side;
}

/** The code server's Deployment or Service (merge.md §7, render-server.md). */
export function renderServerTarget(
  p: Prepared,
  which: 'deployment' | 'service',
): RenderResult<RenderedManifest> {
  const deploymentName = p.input.deploymentName ?? DEFAULT_DEPLOYMENT_NAME;
  const where = toCodeServerLocation(p.location);
  const { gate, merged, json } = prepareServerSide(p, deploymentName);
  p.notes.push(...gate.notes);
  if (gate.error) return { ok: false, error: gate.error };
  if (!merged.ok) return merged;
  p.notes.push(...merged.value.notes);
  if (!json.ok) return json;
  const render = which === 'deployment' ? renderCodeServerDeployment : renderCodeServerService;
  const result = render({
    context: merged.value,
    location: where,
    locationImageOrigin: p.location.origin(['image']),
    containerContextJson: json.value,
    deploymentName,
    nameSuffix: p.input.nameSuffix,
    agentId: p.input.agentId,
    serverTimestamp: p.input.serverTimestamp,
    instanceRef: p.input.instanceRef,
    port: p.agent.settings.codeServerPort,
    metricsEnabled: p.agent.settings.codeServerMetricsEnabled,
  });
  if (result.ok && which === 'deployment') {
    const { namespace } = p.agent.settings;
    const set = p.agentPodSecurityContextSet;
    p.notes.push(...collectCodeServerNotes(merged.value, result.value.body, namespace, set));
  }
  return result;
}
