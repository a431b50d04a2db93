import { buildAgentLayer, resolveAgentHelmValues } from '../helm';
import {
  applyLocationDefaults,
  locationLayerFromDefaults,
  mergeCodeServerContainerContext,
  mergeRunContainerContext,
  mergeStepContainerContext,
  NOTE_DEFAULTS_DEPLOY_PATHS,
  type AgentLayer,
  type LocationWithDefaults,
} from '../merge';
import type {
  AgentEnvironment,
  DagsterConfigError,
  JsonObject,
  MergeNote,
  MergeResult,
  TextOrValue,
} from '../merge/types';
import { renderCodeServerDeployment, renderCodeServerService } from './code-server';
import { checkAgentServesLocation } from './gate';
import {
  dumpContainerContextJson,
  pickLocation,
  readConfigSource,
  toCodeServerLocation,
  type ConfigSource,
} from './location-source';
import { renderRunJob } from './run-job';
import { renderManifestsYaml } from './serialize';
import { renderStepJob } from './step-job';
import type { RenderedManifest, RenderResult } from './types';

export type RenderKind = 'run' | 'step' | 'deployment' | 'service' | 'all';

/** Stand-ins for the launch-time values (README §5.1); absent ones render as placeholders. */
export interface PlaceholderValues {
  readonly runId?: string;
  readonly serializedRunArgs?: string;
  readonly compressedStepArgs?: string;
  readonly nameSuffix?: string;
  readonly agentId?: string;
  readonly serverTimestamp?: number | string;
  readonly instanceRef?: string;
}

/** The inputs of the preview pane and of `k8s-config-studio render`. */
export interface RenderLocationInput extends PlaceholderValues {
  /** `dagster_cloud.yaml` as text (preferred: keeps YAML floats exact) or as a parsed value. */
  readonly configText?: string;
  readonly config?: unknown;
  /** Default: the first location. */
  readonly locationName?: string;
  /**
   * The location's image as `dagster-cloud ci deploy --image` (or the build step) sets it; wins
   * over the file's `image`. Most files leave `image` to CI, and the agent refuses a location
   * without one.
   */
  readonly image?: string;
  /** The agent's Helm values (`-f values.yaml`), text or parsed; default: chart defaults. */
  readonly helmValues?: string | JsonObject | null;
  /** Helm release name and namespace (default `agent` in `dagster-cloud`). */
  readonly releaseName?: string;
  readonly releaseNamespace?: string;
  /** The run's `dagster-k8s/config` tag value (JSON or YAML text, or a value). */
  readonly runTag?: TextOrValue;
  readonly resourceRequirementsTag?: TextOrValue;
  /** The job's name in code (default `my_job`). */
  readonly jobName?: string;
  /** The Dagster+ deployment (default `prod`). */
  readonly deploymentName?: string;
  /** Default `all`: Deployment, Service and run Job, plus the step Job when an op is named. */
  readonly kind?: RenderKind;
  /** `k8s_job_executor` config for step Jobs. */
  readonly executorConfig?: TextOrValue;
  /** The op whose step Job is rendered (default `my_op`). */
  readonly opName?: string;
  readonly opTags?: TextOrValue;
  /** Simulated agent environment for bare `KEY` env vars; default Helm `dagsterCloudAgent.env`. */
  readonly agentEnvironment?: AgentEnvironment;
  /** Merge `defaults:` into the location as `dagster-cloud ci template` does (default true). */
  readonly applyDefaults?: boolean;
  readonly dagsterVersion?: string;
  /** Add `# display` / `# placeholder` comments to `yaml` (default true). */
  readonly annotate?: boolean;
}

export interface RenderLocationResult {
  readonly locationName: string | null;
  readonly manifests: readonly RenderedManifest[];
  /** Multi-document YAML of `manifests`; empty when `error` is set. */
  readonly yaml: string;
  readonly notes: readonly MergeNote[];
  /** What Dagster (or the agent) would raise instead of creating the objects. */
  readonly error?: DagsterConfigError;
}

export const DEFAULT_JOB_NAME = 'my_job';
export const DEFAULT_DEPLOYMENT_NAME = 'prod';
export const DEFAULT_OP_NAME = 'my_op';

/** Everything the per-object renderers share once the inputs are resolved. */
interface Prepared {
  readonly input: RenderLocationInput;
  readonly source: ConfigSource;
  readonly location: LocationWithDefaults;
  readonly defaultsApplied: boolean;
  readonly agent: AgentLayer;
  readonly environment: AgentEnvironment;
  readonly notes: MergeNote[];
}

function prepare(input: RenderLocationInput, notes: MergeNote[]): MergeResult<Prepared> {
  let source: ConfigSource = { value: input.config, document: null };
  if (input.configText !== undefined) {
    const read = readConfigSource(input.configText);
    if (!read.ok) return read;
    source = read.value;
  }
  const useDefaults = input.applyDefaults ?? true;
  const rawValue = useDefaults ? source.value : withoutDefaults(source.value);
  const defaults = applyLocationDefaults(rawValue);
  if (!defaults.ok) return defaults;
  if (defaults.value.applied) notes.push({ severity: 'info', message: NOTE_DEFAULTS_DEPLOY_PATHS });
  const picked = pickLocation(defaults.value, input.locationName);
  if (!picked.ok) return picked;
  const location = input.image ? withImage(picked.value, input.image) : picked.value;
  const helm = resolveAgentHelmValues(input.helmValues ?? null);
  if (!helm.ok) return helm;
  notes.push(...helm.value.notes);
  const agent = buildAgentLayer(helm.value, {
    releaseName: input.releaseName,
    releaseNamespace: input.releaseNamespace,
  });
  if (!agent.ok) return agent;
  notes.push(...agent.value.notes);
  const environment = input.agentEnvironment ?? agent.value.settings.agentEnvironment;
  return {
    ok: true,
    value: {
      input,
      source,
      location,
      defaultsApplied: defaults.value.applied,
      agent: agent.value,
      environment,
      notes,
    },
  };
}

/** The location with an image given outside the file (its origin has no document). */
function withImage(location: LocationWithDefaults, image: string): LocationWithDefaults {
  return {
    ...location,
    value: { ...location.value, image },
    origin: (path) =>
      path.length === 1 && path[0] === 'image'
        ? { layer: 'location', document: null, path: ['image'] }
        : location.origin(path),
  };
}

function withoutDefaults(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const { defaults: _ignored, ...rest } = value as Record<string, unknown>;
  return rest;
}

function renderRun(p: Prepared): RenderResult<RenderedManifest> {
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
  return renderRunJob({
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
}

function renderStep(p: Prepared): RenderResult<RenderedManifest> {
  const opName = p.input.opName ?? DEFAULT_OP_NAME;
  const merged = mergeStepContainerContext({
    launcher: p.agent.launcher,
    location: locationLayerFromDefaults(p.location),
    executorConfig: p.input.executorConfig,
    opName,
    opTag: p.input.opTags,
    agentEnvironment: p.environment,
  });
  if (!merged.ok) return merged;
  p.notes.push(...merged.value.notes);
  const where = toCodeServerLocation(p.location);
  return renderStepJob({
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
}

function renderServer(
  p: Prepared,
  which: 'deployment' | 'service',
): RenderResult<RenderedManifest> {
  const deploymentName = p.input.deploymentName ?? DEFAULT_DEPLOYMENT_NAME;
  const where = toCodeServerLocation(p.location);
  const gate = checkAgentServesLocation(p.agent.settings, deploymentName, p.location.value);
  p.notes.push(...gate.notes);
  if (gate.error) return { ok: false, error: gate.error };
  const merged = mergeCodeServerContainerContext({
    launcher: p.agent.launcher,
    location: locationLayerFromDefaults(p.location),
    cloudContextEnv: [`DAGSTER_CLOUD_DEPLOYMENT_NAME=${deploymentName}`],
    agentEnvironment: p.environment,
  });
  if (!merged.ok) return merged;
  p.notes.push(...merged.value.notes);
  const json = dumpContainerContextJson(p.source, p.location, p.defaultsApplied);
  if (!json.ok) return json;
  const render = which === 'deployment' ? renderCodeServerDeployment : renderCodeServerService;
  return render({
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
}

/** The objects a kind stands for, in the order the preview lists them. */
function listTargets(input: RenderLocationInput): ('run' | 'step' | 'deployment' | 'service')[] {
  const kind = input.kind ?? 'all';
  if (kind !== 'all') return [kind];
  const withStep = input.opName !== undefined || input.executorConfig !== undefined;
  return withStep ? ['deployment', 'service', 'run', 'step'] : ['deployment', 'service', 'run'];
}

/** Keeps the first occurrence of each note text (merge chains repeat shared notes). */
function dedupeNotes(notes: readonly MergeNote[]): MergeNote[] {
  const seen = new Set<string>();
  return notes.filter((note) => {
    const key = `${note.severity}:${note.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The one entry the preview pane and the CLI call: reads the config (and `defaults:`), the
 * agent's Helm values and the run/op inputs, runs the merge chains and renders the requested
 * objects exactly as the Dagster+ agent would create them. Never throws for bad input: what
 * Dagster would raise comes back as `error` (and no manifests).
 */
export function renderLocation(input: RenderLocationInput): RenderLocationResult {
  const notes: MergeNote[] = [];
  const prepared = prepare(input, notes);
  const locationName = prepared.ok ? prepared.value.location.locationName : null;
  const fail = (error: DagsterConfigError): RenderLocationResult => ({
    locationName,
    manifests: [],
    yaml: '',
    notes: dedupeNotes(notes),
    error,
  });
  if (!prepared.ok) return fail(prepared.error);
  const manifests: RenderedManifest[] = [];
  for (const target of listTargets(input)) {
    const result =
      target === 'run'
        ? renderRun(prepared.value)
        : target === 'step'
          ? renderStep(prepared.value)
          : renderServer(prepared.value, target);
    if (!result.ok) return fail(result.error);
    manifests.push(result.value);
  }
  return {
    locationName,
    manifests,
    yaml: renderManifestsYaml(manifests, { annotate: input.annotate ?? true }),
    notes: dedupeNotes(notes),
  };
}
