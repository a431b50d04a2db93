import type { ConfigPath } from '../../../core/source-range';
import { isSameList } from '../../../core/same-list';

/** A plain YAML mapping as the parser hands it over. */
export type ConfigMap = Readonly<Record<string, unknown>>;

/** True for a YAML mapping (not a list, not null). */
export function isConfigMap(value: unknown): value is ConfigMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The mapping at `value`, or an empty one when it is absent or of another type. */
export function asConfigMap(value: unknown): ConfigMap {
  return isConfigMap(value) ? value : {};
}

/** The list at `value`, or an empty one when it is absent or of another type. */
export function asConfigList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Walks `path` into a parsed config; undefined as soon as a step is missing. */
export function readConfigPath(root: unknown, path: ConfigPath): unknown {
  let node: unknown = root;
  for (const step of path) {
    if (typeof step === 'number') {
      if (!Array.isArray(node)) return undefined;
      node = node[step];
    } else {
      if (!isConfigMap(node) || !Object.hasOwn(node, step)) return undefined;
      node = node[step];
    }
  }
  return node;
}

/**
 * The text a scalar shows in a text input. Maps and lists (e.g. a `{env: VAR}` StringSource)
 * return undefined: the form cannot edit them as one line, the YAML editor can.
 */
export function formatScalarForInput(value: unknown): string | undefined {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  return undefined;
}

/** Two paths name the same node. */
export function isSameConfigPath(a: ConfigPath, b: ConfigPath): boolean {
  return isSameList(a, b);
}

/** `path` starts with `prefix` (or equals it). */
export function isConfigPathWithin(path: ConfigPath, prefix: ConfigPath): boolean {
  return prefix.length <= path.length && prefix.every((step, i) => step === path[i]);
}
