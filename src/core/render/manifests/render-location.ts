import type { ParsedYaml } from '../../yaml';
import { readAgentLayer, resolveAgentHelmValues } from '../helm';
import {
  applyLocationDefaults,
  NOTE_DEFAULTS_DEPLOY_PATHS,
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
import {
  DEFAULT_DEPLOYMENT_NAME,
  DEFAULT_JOB_NAME,
  DEFAULT_OP_NAME,
  renderRunTarget,
  renderServerTarget,
  renderStepTarget,
  type Prepared,
} from './location-targets';
import { pickLocation, readConfigSource, type ConfigSource } from './location-source';
import { renderManifestsYaml } from './serialize';
import type { RenderedManifest } from './types';

export { DEFAULT_DEPLOYMENT_NAME, DEFAULT_JOB_NAME, DEFAULT_OP_NAME };

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
  /** The same text already parsed by src/core/yaml `parseYamlText` (the preview's store has it). */
  readonly parsedConfig?: ParsedYaml;
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

function prepare(input: RenderLocationInput, notes: MergeNote[]): MergeResult<Prepared> {
  let source: ConfigSource = { value: input.config, document: null };
  const text = input.parsedConfig ?? input.configText;
  if (text !== undefined) {
    const read = readConfigSource(text);
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
  const agent = readAgentLayer(helm.value, {
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
      agentPodSecurityContextSet: isNonEmptyMap(
        (helm.value.values.dagsterCloudAgent as JsonObject | undefined)?.podSecurityContext,
      ),
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

function isNonEmptyMap(value: unknown): boolean {
  return value !== null && typeof value === 'object' && Object.keys(value).length > 0;
}

function withoutDefaults(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const { defaults: _ignored, ...rest } = value as Record<string, unknown>;
  return rest;
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
  try {
    return renderChecked(input);
  } catch (error) {
    // Every known failure is a `DagsterConfigError` above; this keeps the promise for the
    // unknown ones (a bug, or input past the engine's limits), so the preview never crashes.
    const detail = error instanceof Error ? error.message : String(error);
    return {
      locationName: null,
      manifests: [],
      yaml: '',
      notes: [],
      error: {
        kind: 'dagster-config-error',
        errorType: 'Exception',
        message: `K8s Config Studio could not render this input (internal error: ${detail}).`,
        stage: 'ci-template',
      },
    };
  }
}

function renderChecked(input: RenderLocationInput): RenderLocationResult {
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
        ? renderRunTarget(prepared.value)
        : target === 'step'
          ? renderStepTarget(prepared.value)
          : renderServerTarget(prepared.value, target);
    if (!result.ok) return fail(result.error);
    manifests.push(result.value);
  }
  const annotate = input.annotate ?? true;
  let yaml: string | undefined;
  return {
    locationName,
    manifests,
    // Printed on first read: the preview prints each object on its own (the shown tab), so a
    // keystroke would print every object twice; the CLI and the exports read it.
    get yaml() {
      yaml ??= renderManifestsYaml(manifests, { annotate });
      return yaml;
    },
    notes: dedupeNotes(notes),
  };
}
