/**
 * `defaults:` merging (merge.md §10, `DagsterCloudConfigDefaultsMerger`): each location is merged
 * onto a copy of `defaults`, maps recursively and lists by a per-path strategy. Every value keeps
 * its origin (the `defaults:` block or the location itself).
 */
import type { ConfigPath } from '../../source-range';
import { raiseDagsterError, raiseInvariantFailed, runDagsterStage } from './errors';
import { pythonRepr, pythonTypeName } from './python';
import { dedupeNodes } from './raw-config';
import { traceValue, untrace, untraceMap, type TracedMap, type TracedNode } from './traced';
import type {
  JsonObject,
  LocationLayerInput,
  MergeResult,
  OriginResolver,
  ValueOrigin,
} from './types';

export const NOTE_DEFAULTS_DEPLOY_PATHS =
  '`defaults:` is merged into each location by `dagster-cloud ci template` (and the template ' +
  'loader); `ci init` / `ci deploy` in the CLI versions described deploy the location without it.';

/** One location after `defaults:`, with the origin of every value in it. */
export interface LocationWithDefaults {
  /** Index in the file's `locations` list. */
  readonly index: number;
  readonly locationName: string | null;
  readonly value: JsonObject;
  /** Origin of a path inside `value` (nearest existing ancestor when the path is absent). */
  readonly origin: OriginResolver;
}

export interface DefaultsMergeOutput {
  readonly locations: readonly LocationWithDefaults[];
  /** Whether a non-empty `defaults:` block was merged. */
  readonly applied: boolean;
}

type ListStrategy = (from: TracedNode[], onto: TracedNode[]) => TracedNode[];

const byKeyValue: ListStrategy = (from, onto) => {
  const strings = (items: TracedNode[]) =>
    items.map((item) => {
      const value = item.kind === 'scalar' ? item.value : untrace(item);
      if (typeof value !== 'string') {
        raiseDagsterError(
          'CheckError',
          `Member of list mismatches type. Expected <class 'str'>. Got ${pythonRepr(value)} of type <class '${pythonTypeName(value)}'>.`,
          item.origin,
        );
      }
      return value;
    });
  const fromKeys = new Set(strings(from).map((item) => item.split('=')[0]));
  const kept = onto.filter((item, i) => {
    const text = strings(onto)[i] ?? '';
    const parts = text.split('=');
    if (parts.length > 2)
      raiseDagsterError('ValueError', `Invalid key-value pair: ${text}`, item.origin);
    return !fromKeys.has(parts[0]);
  });
  return [...kept, ...from];
};

const byIdentity =
  (key: string): ListStrategy =>
  (from, onto) => {
    const keyed = (items: TracedNode[]) => {
      const out = new Map<string, TracedNode>();
      for (const item of items) {
        if (item.kind !== 'map') {
          const value = untrace(item);
          raiseDagsterError(
            'CheckError',
            `Member of list mismatches type. Expected <class 'dict'>. Got ${pythonRepr(value)} of type <class '${pythonTypeName(value)}'>.`,
            item.origin,
          );
        }
        const id = item.entries.get(key);
        if (!id) raiseDagsterError('Exception', `KeyError: '${key}'`, item.origin);
        out.set(JSON.stringify(untrace(id)), item);
      }
      return out;
    };
    const ontoItems = keyed(onto);
    const fromItems = keyed(from);
    const merged = [...ontoItems].filter(([id]) => !fromItems.has(id));
    return [...merged.map(([, item]) => item), ...fromItems.values()];
  };

const replace: ListStrategy = (from) => from;
const deduplicate: ListStrategy = (from, onto) => dedupeNodes([...onto, ...from]);

const LIST_STRATEGIES: Readonly<Record<string, ListStrategy>> = {
  'container_context.docker.env_vars': byKeyValue,
  'container_context.ecs.env_vars': byKeyValue,
  'container_context.ecs.run_sidecar_containers': byIdentity('name'),
  'container_context.ecs.secrets': byIdentity('name'),
  'container_context.ecs.server_sidecar_containers': byIdentity('name'),
  'container_context.ecs.volumes': byIdentity('name'),
  'container_context.ecs.run_ecs_tags': byIdentity('key'),
  'container_context.ecs.server_ecs_tags': byIdentity('key'),
  'container_context.k8s.env_vars': byKeyValue,
  'container_context.k8s.image_pull_secrets': byIdentity('name'),
  'container_context.k8s.run_k8s_config.container_config.args': replace,
  'container_context.k8s.run_k8s_config.container_config.command': replace,
  'container_context.k8s.server_k8s_config.container_config.args': replace,
  'container_context.k8s.server_k8s_config.container_config.command': replace,
  'container_context.k8s.volumes': byIdentity('name'),
  'container_context.k8s.volume_mounts': byIdentity('name'),
};

/** `remove_none_recursively`: drops null map values and null list items. */
function removeNone(node: TracedNode): TracedNode {
  if (node.kind === 'list') {
    const items = node.items.filter((i) => !(i.kind === 'scalar' && i.value === null));
    return { ...node, items: items.map(removeNone) };
  }
  if (node.kind === 'map') {
    const entries = new Map<string, TracedNode>();
    for (const [key, value] of node.entries) {
      if (!(value.kind === 'scalar' && value.value === null)) entries.set(key, removeNone(value));
    }
    return { ...node, entries };
  }
  return node;
}

/** `_merge_dict(parent_key, onto, from)`: the location (`from`) onto the defaults (`onto`). */
function mergeDict(parentKey: string, onto: TracedMap, from: TracedMap): TracedMap {
  const entries = new Map(onto.entries);
  for (const [key, value] of from.entries) {
    const keyPath = parentKey ? `${parentKey}.${key}` : key;
    const existing = entries.get(key);
    if (existing === undefined || (existing.kind === 'scalar' && existing.value === null)) {
      entries.set(key, value);
    } else if (value.kind === 'map') {
      if (existing.kind !== 'map') raiseInvariantFailed(value.origin);
      entries.set(key, mergeDict(keyPath, existing, value));
    } else if (value.kind === 'list') {
      if (existing.kind !== 'list') raiseInvariantFailed(value.origin);
      const strategy = LIST_STRATEGIES[keyPath] ?? deduplicate;
      entries.set(key, { ...existing, items: strategy([...value.items], [...existing.items]) });
    } else {
      entries.set(key, value);
    }
  }
  return { kind: 'map', entries, origin: from.origin };
}

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The origin of the node at `path`, or of its deepest existing ancestor. */
export function originAtPath(root: TracedNode, path: ConfigPath): ValueOrigin {
  let node: TracedNode = root;
  for (const token of path) {
    const next: TracedNode | undefined =
      node.kind === 'map'
        ? node.entries.get(String(token))
        : node.kind === 'list' && typeof token === 'number'
          ? node.items[token]
          : undefined;
    if (!next) return node.origin;
    node = next;
  }
  return node.origin;
}

/**
 * Merges `defaults:` into every location of a parsed `dagster_cloud.yaml` (merge.md §10). With no
 * (or an empty) `defaults:`, locations are returned as written. Errors are the CLI's
 * (`Invalid key-value pair: …`, `CheckError: Invariant failed.`), at stage `ci-template`.
 */
export function applyLocationDefaults(config: unknown): MergeResult<DefaultsMergeOutput> {
  return runDagsterStage('ci-template', () => {
    const root = isMap(config) ? config : {};
    const list = Array.isArray(root.locations) ? root.locations : [];
    const defaultsNode = removeNone(
      traceValue(
        root.defaults ?? null,
        (p) => ({ layer: 'defaults', document: 'dagster-cloud-yaml', path: ['defaults', ...p] }),
        [],
      ),
    );
    const applied = defaultsNode.kind === 'map' && defaultsNode.entries.size > 0;
    const locations = list.map((location, index): LocationWithDefaults => {
      const origin: OriginResolver = (p) => ({
        layer: 'location',
        document: 'dagster-cloud-yaml',
        path: ['locations', index, ...p],
      });
      let node = traceValue(location, origin, []);
      if (applied && node.kind === 'map' && defaultsNode.kind === 'map') {
        node = mergeDict('', defaultsNode, removeNone(node) as TracedMap);
      }
      const value = node.kind === 'map' ? untraceMap(node) : {};
      const name = value.location_name;
      return {
        index,
        locationName: typeof name === 'string' ? name : null,
        value,
        origin: (p) => originAtPath(node, p),
      };
    });
    return { locations, applied };
  });
}

/** The location's `container_context` as a merge layer. */
export function locationLayerFromDefaults(location: LocationWithDefaults): LocationLayerInput {
  return {
    containerContext: location.value.container_context ?? null,
    origin: (path) => location.origin(['container_context', ...path]),
  };
}
