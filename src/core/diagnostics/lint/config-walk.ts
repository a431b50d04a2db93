import {
  FRAGMENT_MODELS,
  RUN_FRAGMENT_NAMES,
  SERVER_FRAGMENT_NAMES,
  type FragmentName,
} from '../../schema';
import type { ConfigPath } from '../../source-range';

/** Small helpers for lint rules walking a parsed (possibly invalid) config. */

export type Json = Record<string, unknown>;

export function isMap(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `image_pull_policy` → `imagePullPolicy`. */
export function snakeToCamel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * A Kubernetes field of a raw map under either spelling (Dagster accepts both): the key as
 * written and its value, or undefined.
 */
export function findK8sField(map: Json, snakeName: string): [string, unknown] | undefined {
  for (const key of [snakeName, snakeToCamel(snakeName)])
    if (Object.hasOwn(map, key)) return [key, map[key]];
  return undefined;
}

/** One `container_context.k8s` block and where it is. */
export interface K8sBlock {
  readonly k8s: Json;
  readonly path: ConfigPath;
  /** The location (or defaults) map that holds it. */
  readonly ownerPath: ConfigPath;
}

/** Every `container_context.k8s` map of the config: `defaults` first, then each location. */
export function listK8sBlocks(config: unknown): K8sBlock[] {
  if (!isMap(config)) return [];
  const owners: [unknown, ConfigPath][] = [[config.defaults, ['defaults']]];
  if (Array.isArray(config.locations))
    config.locations.forEach((location, i) => owners.push([location, ['locations', i]]));
  return owners.flatMap(([owner, ownerPath]) => {
    const context = isMap(owner) ? owner.container_context : undefined;
    const k8s = isMap(context) ? context.k8s : undefined;
    return isMap(k8s) ? [{ k8s, path: [...ownerPath, 'container_context', 'k8s'], ownerPath }] : [];
  });
}

/** A raw fragment map (`container_config`, `pod_spec_config`, …) and which object it shapes. */
export interface FragmentRef {
  readonly name: FragmentName;
  readonly model: string;
  readonly value: Json;
  readonly path: ConfigPath;
  readonly target: 'run' | 'server';
}

function fragmentsOf(
  block: unknown,
  names: readonly FragmentName[],
  path: ConfigPath,
  target: 'run' | 'server',
) {
  if (!isMap(block)) return [];
  return names.flatMap((name): FragmentRef[] => {
    const value = block[name];
    return isMap(value)
      ? [{ name, model: FRAGMENT_MODELS[name], value, path: [...path, name], target }]
      : [];
  });
}

/** The fragments of a k8s block's run_k8s_config and server_k8s_config. */
export function listK8sFragments(k8s: Json, path: ConfigPath): FragmentRef[] {
  return [
    ...fragmentsOf(k8s.run_k8s_config, RUN_FRAGMENT_NAMES, [...path, 'run_k8s_config'], 'run'),
    ...fragmentsOf(
      k8s.server_k8s_config,
      SERVER_FRAGMENT_NAMES,
      [...path, 'server_k8s_config'],
      'server',
    ),
  ];
}

/** The fragments of a `dagster-k8s/config` tag value (all run fragments). */
export function listTagFragments(tag: unknown): FragmentRef[] {
  return fragmentsOf(tag, RUN_FRAGMENT_NAMES, [], 'run');
}
