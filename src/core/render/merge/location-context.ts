/**
 * `K8sContainerContext.create_from_config` (merge.md §3.4): a location's `container_context`
 * (shared `env_vars` + the `k8s` block) as one traced context.
 */
import type { ConfigPath } from '../../source-range';
import { checkConfigValue, type ConfigCheckResult, type ConfigSpec } from './config-check';
import {
  buildContainerContext,
  mergeContainerContexts,
  type TracedContainerContext,
} from './container-context';
import { formatInvalidConfigError, raiseDagsterError } from './errors';
import { K8S_CONTAINER_CONTEXT_SPEC, SHARED_CONTAINER_CONTEXT_SPEC } from './k8s-config-schema';
import { infoNote, NOTE_CONFIG_ERROR_ABRIDGED, noteAgentEnvValue } from './notes';
import { rawConfigFromTraced } from './raw-config';
import { traceValue, type TracedMap } from './traced';
import type {
  AgentEnvironment,
  LocationLayerInput,
  MergeNote,
  OriginResolver,
  ValueOrigin,
} from './types';

/**
 * Checks `value` against a Dagster config type; on failure raises `DagsterInvalidConfigError`
 * with `preamble` (Dagster's heading). Returns the processed value (with `{env: VAR}` resolved)
 * traced with `origin`, and adds a note per environment lookup.
 */
export function checkAndTrace(
  spec: ConfigSpec,
  value: unknown,
  preamble: string,
  origin: OriginResolver,
  environment: AgentEnvironment,
  notes: MergeNote[],
): TracedMap {
  const result = checkConfigValue(spec, value, environment);
  if (result.errors.length > 0) {
    notes.push(infoNote(NOTE_CONFIG_ERROR_ABRIDGED));
    raiseDagsterError(
      'DagsterInvalidConfigError',
      formatInvalidConfigError(preamble, result.errors),
      origin([]),
    );
  }
  const resolver = withEnvLookups(origin, result);
  for (const lookup of result.envLookups) {
    notes.push(
      lookup.resolved
        ? infoNote(noteAgentEnvValue(lookup.key, true), resolver(lookup.path))
        : {
            severity: 'warning',
            message: noteAgentEnvValue(lookup.key, false),
            origin: resolver(lookup.path),
          },
    );
  }
  const traced = traceValue(result.value ?? {}, resolver, []);
  return traced.kind === 'map' ? traced : { kind: 'map', entries: new Map(), origin: origin([]) };
}

/** Marks the origins of `{env: VAR}` values so the renderer can show placeholder P8. */
function withEnvLookups(origin: OriginResolver, result: ConfigCheckResult): OriginResolver {
  if (result.envLookups.length === 0) return origin;
  const lookups = new Map(result.envLookups.map((l) => [JSON.stringify(l.path), l]));
  return (path: ConfigPath): ValueOrigin => {
    const lookup = lookups.get(JSON.stringify(path));
    const base = origin(path);
    return lookup ? { ...base, agentEnv: { key: lookup.key, resolved: lookup.resolved } } : base;
  };
}

/**
 * Builds the location layer: `shared(env_vars) ⊕ k8s(...)`. Raises Dagster's
 * `Errors while parsing container context` / `Errors while parsing k8s container context`.
 */
export function createContextFromLocation(
  layer: LocationLayerInput,
  environment: AgentEnvironment,
  notes: MergeNote[],
): TracedContainerContext {
  const raw = layer.containerContext ?? {};
  const shared = checkAndTrace(
    SHARED_CONTAINER_CONTEXT_SPEC,
    raw,
    'Errors while parsing container context',
    layer.origin,
    environment,
    notes,
  );
  const envVars = shared.entries.get('env_vars');
  const sharedFields: TracedMap = {
    kind: 'map',
    entries: new Map(envVars ? [['env_vars', envVars]] : []),
    origin: shared.origin,
  };
  const sharedContext = buildContainerContext({ fields: sharedFields }, environment);

  const k8sValue = (raw as Record<string, unknown>).k8s;
  const isEmpty =
    k8sValue === null ||
    k8sValue === undefined ||
    k8sValue === '' ||
    (typeof k8sValue === 'object' && Object.keys(k8sValue).length === 0);
  if (isEmpty) return sharedContext;

  const k8sOrigin: OriginResolver = (path) => layer.origin(['k8s', ...path]);
  const k8s = checkAndTrace(
    K8S_CONTAINER_CONTEXT_SPEC,
    k8sValue,
    'Errors while parsing k8s container context',
    k8sOrigin,
    environment,
    notes,
  );
  const k8sContext = buildContextFromK8sFields(k8s, environment);
  return mergeContainerContexts(sharedContext, k8sContext);
}

/** A context from a checked `k8s`-shaped map: top-level fields plus `run_k8s_config`/`server_k8s_config`. */
export function buildContextFromK8sFields(
  k8s: TracedMap,
  environment: AgentEnvironment,
): TracedContainerContext {
  const runNode = k8s.entries.get('run_k8s_config');
  const serverNode = k8s.entries.get('server_k8s_config');
  return buildContainerContext(
    {
      fields: k8s,
      run: rawConfigFromTraced(runNode?.kind === 'map' ? runNode : undefined),
      server: rawConfigFromTraced(serverNode?.kind === 'map' ? serverNode : undefined),
    },
    environment,
  );
}
