/**
 * Dagster's `K8sContainerContext` on traced values (merge.md §1, §3, §5): a namespace, a run
 * config, a server config, and (agent 1.13.5) a server replica count.
 */
import { foldTopLevelFields } from './fold';
import {
  clearFragments,
  emptyRawConfig,
  mergeRawConfigs,
  type TracedRawConfig,
} from './raw-config';
import type { TracedMap, TracedNode, TracedScalar } from './traced';
import type { AgentEnvironment } from './types';

export interface TracedContainerContext {
  readonly namespace: TracedScalar | null;
  readonly serverReplicaCount: TracedScalar | null;
  readonly run: TracedRawConfig;
  readonly server: TracedRawConfig;
}

/** The typed top-level fields of a context, as `container_context.k8s` spells them. */
export const TOP_LEVEL_FIELDS = [
  'image_pull_policy',
  'image_pull_secrets',
  'service_account_name',
  'env_config_maps',
  'env_secrets',
  'env_vars',
  'volume_mounts',
  'volumes',
  'labels',
  'namespace',
  'resources',
  'scheduler_name',
  'security_context',
  'env',
] as const;

export interface ContextParts {
  /** Top-level fields (keys of {@link TOP_LEVEL_FIELDS}, plus `server_replica_count`). */
  readonly fields: TracedMap;
  readonly run?: TracedRawConfig;
  readonly server?: TracedRawConfig;
}

/** The empty context: merging with it is the identity (merge.md §5). */
export function emptyContainerContext(): TracedContainerContext {
  return {
    namespace: null,
    serverReplicaCount: null,
    run: emptyRawConfig(),
    server: emptyRawConfig(),
  };
}

/**
 * `K8sContainerContext(...)`: folds the top-level fields into a raw config `T` (merge.md §3.2),
 * then builds the run view (T without Deployment/Service metadata, merged with `run`) and the
 * server view (T without Job fragments, merged with `server`) (§3.3). A bare `KEY` in
 * `env_vars` resolves from `environment` (placeholder when absent).
 */
export function buildContainerContext(
  parts: ContextParts,
  environment: AgentEnvironment,
): TracedContainerContext {
  const folded = foldTopLevelFields(parts.fields, environment);
  const runView = mergeRawConfigs(
    clearFragments(folded, ['deployment_metadata', 'service_metadata']),
    parts.run ?? emptyRawConfig(),
  );
  const serverView = mergeRawConfigs(
    clearFragments(folded, ['job_config', 'job_metadata', 'job_spec_config']),
    parts.server ?? emptyRawConfig(),
  );
  return {
    namespace: scalarOrNull(parts.fields.entries.get('namespace')),
    serverReplicaCount: scalarOrNull(parts.fields.entries.get('server_replica_count')),
    run: runView,
    server: serverView,
  };
}

function scalarOrNull(node: TracedNode | undefined): TracedScalar | null {
  return node && node.kind === 'scalar' && node.value !== null ? node : null;
}

/** `A ⊕ B` (merge.md §5): B's truthy namespace wins; raw configs merged by B's behavior. */
export function mergeContainerContexts(
  a: TracedContainerContext,
  b: TracedContainerContext,
): TracedContainerContext {
  return {
    namespace: b.namespace && b.namespace.value ? b.namespace : a.namespace,
    serverReplicaCount: b.serverReplicaCount ?? a.serverReplicaCount,
    run: mergeRawConfigs(a.run, b.run),
    server: mergeRawConfigs(a.server, b.server),
  };
}

/** A context holding only a run raw config (a tag, executor or per-op layer). */
export function runConfigContext(run: TracedRawConfig): TracedContainerContext {
  return { ...emptyContainerContext(), run };
}
