/**
 * Dagster's raw config (`UserDefinedDagsterK8sConfig`) on traced values, and the two ways of
 * merging two of them (merge.md §4): DEEP and SHALLOW, decided by the incoming side.
 */
import { raiseDagsterError, raiseInvariantFailed } from './errors';
import { normalizeK8sKeys } from './k8s-keys';
import { pythonRepr, pythonTypeName } from './python';
import type { TracedList, TracedMap, TracedNode } from './traced';
import { untrace } from './traced';
import {
  FRAGMENT_MODELS,
  FRAGMENT_NAMES,
  type FragmentName,
  type MergeBehavior,
  type ValueOrigin,
} from './types';

export interface TracedRawConfig {
  readonly fragments: Readonly<Record<FragmentName, TracedMap>>;
  readonly mergeBehavior: MergeBehavior;
  /** Where `merge_behavior` was set; null when it is the DEEP default. */
  readonly mergeBehaviorOrigin: ValueOrigin | null;
}

/** Origin of containers and defaults that no input wrote (e.g. an empty fragment). */
export const DAGSTER_ORIGIN: ValueOrigin = { layer: 'dagster', document: null, path: [] };

function emptyMap(origin: ValueOrigin = DAGSTER_ORIGIN): TracedMap {
  return { kind: 'map', entries: new Map(), origin };
}

/** A raw config with nine empty fragments and `merge_behavior: DEEP`. */
export function emptyRawConfig(): TracedRawConfig {
  return buildRawConfig({}, 'DEEP', null);
}

/** Builds a raw config; missing fragments are `{}`. Fragments must already be normalized. */
export function buildRawConfig(
  fragments: Partial<Record<FragmentName, TracedMap>>,
  mergeBehavior: MergeBehavior,
  mergeBehaviorOrigin: ValueOrigin | null,
): TracedRawConfig {
  const all = {} as Record<FragmentName, TracedMap>;
  for (const name of FRAGMENT_NAMES) all[name] = fragments[name] ?? emptyMap();
  return { fragments: all, mergeBehavior, mergeBehaviorOrigin };
}

/** Replaces some fragments by `{}` (the run and server views of one context, merge.md §3.3). */
export function clearFragments(
  config: TracedRawConfig,
  names: readonly FragmentName[],
): TracedRawConfig {
  const fragments = { ...config.fragments };
  for (const name of names) fragments[name] = emptyMap();
  return { ...config, fragments };
}

/**
 * `UserDefinedDagsterK8sConfig.from_dict`: reads the fragments and `merge_behavior` from a map
 * (a `run_k8s_config`, `server_k8s_config`, tag, or executor `step_k8s_config`) and normalizes
 * each non-empty fragment against its Kubernetes model (merge.md §12). Other keys are ignored,
 * as `from_dict` ignores them (schema validation has rejected them earlier).
 */
export function rawConfigFromTraced(node: TracedMap | undefined): TracedRawConfig {
  if (!node) return emptyRawConfig();
  const fragments: Partial<Record<FragmentName, TracedMap>> = {};
  for (const name of FRAGMENT_NAMES) {
    const value = node.entries.get(name);
    if (!value) continue;
    if (value.kind === 'scalar' && value.value === null) continue;
    if (value.kind !== 'map') {
      const shown = value.kind === 'scalar' ? pythonRepr(value.value) : pythonRepr(untrace(value));
      const typeName = value.kind === 'list' ? 'list' : pythonTypeName(value.value);
      raiseDagsterError(
        'CheckError',
        `Param "${name}" is not a Mapping. Got ${shown} which is type <class '${typeName}'>.`,
        value.origin,
      );
    }
    fragments[name] =
      value.entries.size > 0 ? normalizeK8sKeys(FRAGMENT_MODELS[name], value) : value;
  }
  const behavior = node.entries.get('merge_behavior');
  if (!behavior || (behavior.kind === 'scalar' && behavior.value === null)) {
    return buildRawConfig(fragments, 'DEEP', null);
  }
  const value = behavior.kind === 'scalar' ? behavior.value : untrace(behavior);
  if (value !== 'DEEP' && value !== 'SHALLOW') {
    raiseDagsterError(
      'ValueError',
      `${pythonRepr(value)} is not a valid K8sConfigMergeBehavior`,
      behavior.origin,
    );
  }
  return buildRawConfig(fragments, value, behavior.origin);
}

/**
 * `_merge_k8s_config(onto, from)`: `from.merge_behavior` decides (merge.md §4.1) and the result
 * takes it. DEEP merges recursively; SHALLOW replaces each top-level key of a fragment.
 */
export function mergeRawConfigs(onto: TracedRawConfig, from: TracedRawConfig): TracedRawConfig {
  const fragments = {} as Record<FragmentName, TracedMap>;
  for (const name of FRAGMENT_NAMES) {
    fragments[name] =
      from.mergeBehavior === 'DEEP'
        ? deepMergeMaps(onto.fragments[name], from.fragments[name])
        : shallowMergeMaps(onto.fragments[name], from.fragments[name]);
  }
  return {
    fragments,
    mergeBehavior: from.mergeBehavior,
    mergeBehaviorOrigin: from.mergeBehaviorOrigin,
  };
}

/** Lists that DEEP merge replaces instead of concatenating, at any depth (merge.md §4.2 rule 3). */
const ALWAYS_SHALLOW_MERGE_LIST_FIELDS = new Set(['command', 'args']);

/** `_deep_merge_k8s_config` (merge.md §4.2). Existing keys keep their position. */
export function deepMergeMaps(onto: TracedMap, from: TracedMap): TracedMap {
  const entries = new Map(onto.entries);
  for (const [key, fromValue] of from.entries) {
    const ontoValue = entries.get(key);
    if (ontoValue === undefined) {
      entries.set(key, fromValue);
    } else if (fromValue.kind === 'list' && !ALWAYS_SHALLOW_MERGE_LIST_FIELDS.has(key)) {
      if (ontoValue.kind !== 'list') raiseInvariantFailed(fromValue.origin);
      entries.set(key, dedupeTracedList(ontoValue, fromValue));
    } else if (fromValue.kind === 'map') {
      if (ontoValue.kind !== 'map') raiseInvariantFailed(fromValue.origin);
      entries.set(key, deepMergeMaps(ontoValue, fromValue));
    } else {
      entries.set(key, fromValue);
    }
  }
  return { kind: 'map', entries, origin: onto.origin };
}

/** SHALLOW on one fragment: `{**onto, **from}`. */
export function shallowMergeMaps(onto: TracedMap, from: TracedMap): TracedMap {
  const entries = new Map(onto.entries);
  for (const [key, value] of from.entries) entries.set(key, value);
  return { kind: 'map', entries, origin: onto.origin };
}

function dedupeTracedList(onto: TracedList, from: TracedList): TracedList {
  return { kind: 'list', items: dedupeNodes([...onto.items, ...from.items]), origin: onto.origin };
}

/** `_dedupe_list`: keeps the first of each element by Python hash, order preserved (§4.4). */
export function dedupeNodes(items: readonly TracedNode[]): TracedNode[] {
  const seen = new Set<string>();
  const out: TracedNode[] = [];
  for (const item of items) {
    const key = pythonHashKey(untrace(item));
    if (!seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

/**
 * A string that is equal for two values exactly when Dagster's `_dedupe_list` treats them as
 * duplicates: Python `hash()` for scalars (`1`, `1.0` and `True` are equal; CPython also hashes
 * `-1` as `-2`) and `hash_collection` for containers (maps regardless of key order, lists in
 * order).
 */
export function pythonHashKey(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return `n:${value ? 1 : 0}`;
  if (typeof value === 'number') return `n:${value === -1 ? -2 : value}`;
  if (typeof value === 'string') return `s:${JSON.stringify(value)}`;
  if (Array.isArray(value)) return `[${value.map(pythonHashKey).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${JSON.stringify(k)}:${pythonHashKey(v)}`)
    .sort();
  return `{${entries.join(',')}}`;
}
