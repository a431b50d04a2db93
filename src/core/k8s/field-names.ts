/**
 * Field-name helpers for completion, the form and messages: which fields a model has, which
 * model a field holds, and a field's name in either spelling. Driven by the generated tables,
 * never by a string rule, because the irregular names (`hostIPC` ↔ `host_ipc`, `exec` ↔ `_exec`)
 * do not round-trip (merge.md §12.3).
 */
import { findK8sField, getK8sModel } from './model-table';
import type { K8sFieldType } from './model-table';

export type K8sNaming = 'json' | 'python';

/**
 * Lists a model's field names in the client's declared order: JSON (camelCase) names by
 * default, or the Python client's snake_case names.
 */
export function k8sFieldNames(model: string, naming: K8sNaming = 'json'): string[] {
  return getK8sModel(model).fields.map((f) => (naming === 'json' ? f.json : f.python));
}

function findModelIn(type: K8sFieldType): string | undefined {
  switch (type.kind) {
    case 'model':
      return type.model;
    case 'list':
      return findModelIn(type.item);
    case 'map':
      return findModelIn(type.value);
    case 'scalar':
      return undefined;
  }
}

/**
 * Returns the model a field holds, looking through lists and maps (`env` of `V1Container` →
 * `V1EnvVar`), or `undefined` for scalar fields and unknown keys. `key` may be either spelling.
 */
export function k8sModelOfField(model: string, key: string): string | undefined {
  const field = findK8sField(getK8sModel(model), key);
  return field ? findModelIn(field.type) : undefined;
}

/** Returns the Python client's name of one field (`hostIPC` → `host_ipc`), or `undefined`. */
export function toSnakeCase(model: string, key: string): string | undefined {
  return findK8sField(getK8sModel(model), key)?.python;
}

/** Returns the JSON name of one field (`_exec` → `exec`, `host_ipc` → `hostIPC`), or `undefined`. */
export function toCamelCase(model: string, key: string): string | undefined {
  return findK8sField(getK8sModel(model), key)?.json;
}
