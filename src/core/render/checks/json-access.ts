import type { JsonObject, JsonValue } from '../merge/types';

/** `value` when it is a map, else null. */
export function asMap(value: JsonValue | undefined): JsonObject | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;
}

/** `value` when it is a list, else an empty list. */
export function asList(value: JsonValue | undefined): readonly JsonValue[] {
  return Array.isArray(value) ? value : [];
}

/** A string field ('' when absent or not a string, as Go's zero value reads). */
export function readString(map: JsonObject, name: string): string {
  const value = map[name];
  return typeof value === 'string' ? value : '';
}
