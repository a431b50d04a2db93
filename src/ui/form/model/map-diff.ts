import type { ConfigPath } from '../../../core/source-range';
import { isConfigMap, type ConfigMap } from './config-read';
import type { FormEdit } from './form-edit';

/**
 * Structural equality of two plain YAML values. Maps compare without regard to key order, or,
 * with `keyOrder` (what a view shows), only when their keys also come in the same order.
 */
export function isSameConfigValue(a: unknown, b: unknown, keyOrder = false): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => isSameConfigValue(item, b[i], keyOrder));
  }
  if (isConfigMap(a) && isConfigMap(b)) {
    const keys = Object.keys(a);
    const otherKeys = Object.keys(b);
    if (keys.length !== otherKeys.length) return false;
    return keys.every(
      (key, i) =>
        (keyOrder ? otherKeys[i] === key : Object.hasOwn(b, key)) &&
        isSameConfigValue(a[key], b[key], keyOrder),
    );
  }
  return Number.isNaN(a) && Number.isNaN(b);
}

/**
 * The edits that turn the map at `basePath` from `before` into `after`, one key at a time, so
 * that keys which did not change keep their bytes (and comments). Keys in `ignoredKeys` belong to
 * other form fields and are left alone whatever `after` says.
 */
export function diffConfigMapEdits(
  basePath: ConfigPath,
  before: ConfigMap,
  after: ConfigMap,
  ignoredKeys: ReadonlySet<string> = new Set(),
): FormEdit[] {
  const edits: FormEdit[] = [];
  for (const key of Object.keys(before)) {
    if (ignoredKeys.has(key) || Object.hasOwn(after, key)) continue;
    edits.push({ kind: 'remove', path: [...basePath, key] });
  }
  for (const [key, value] of Object.entries(after)) {
    if (ignoredKeys.has(key)) continue;
    if (Object.hasOwn(before, key) && isSameConfigValue(before[key], value)) continue;
    edits.push({ kind: 'set', path: [...basePath, key], value });
  }
  return edits;
}
