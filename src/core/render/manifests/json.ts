import { setOwnValue } from '../../k8s';
import type { JsonObject, JsonValue } from '../merge/types';

/** Deep copy of JSON-like data (`structuredClone` is not in the core's ES-only lib). */
export function cloneJson<T extends JsonValue>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => cloneJson(item)) as T;
  if (value !== null && typeof value === 'object') {
    const copy: JsonObject = {};
    for (const [key, item] of Object.entries(value)) setOwnValue(copy, key, cloneJson(item));
    return copy as T;
  }
  return value;
}

/** The value as a map, or `{}` when it is not one (Dagster's `x or {}` reads). */
export function asMap(value: JsonValue | undefined): JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

/** The value as a list, or `[]` when it is not one. */
export function asList(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value : [];
}
