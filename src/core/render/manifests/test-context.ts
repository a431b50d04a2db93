import {
  FRAGMENT_NAMES,
  type JsonObject,
  type MergedContainerContext,
  type MergeTarget,
  type RawK8sConfig,
} from '../merge/types';
import { cloneJson } from './json';

/**
 * A merged context built by hand, for renderer unit tests that must not depend on the merge
 * engine (the golden tests run the whole chain).
 */
export function makeMergedContext(
  target: MergeTarget,
  fragments: Partial<RawK8sConfig>,
  options: { namespace?: string | null; serverReplicaCount?: number | null } = {},
): MergedContainerContext {
  const all = Object.fromEntries(
    FRAGMENT_NAMES.map((name) => [name, cloneJson(fragments[name] ?? {}) as JsonObject]),
  ) as RawK8sConfig;
  return {
    target,
    namespace: options.namespace ?? null,
    namespaceOrigin: null,
    serverReplicaCount: options.serverReplicaCount ?? null,
    serverReplicaCountOrigin: null,
    mergeBehavior: 'DEEP',
    fragments: all,
    origins: new Map(),
    droppedEnvVars: [],
    notes: [],
  };
}
