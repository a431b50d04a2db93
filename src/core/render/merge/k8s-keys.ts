/**
 * Dagster's `k8s_snake_case_dict` (merge.md §12.2) on traced values: accepts each key as the
 * model's JSON name or Python name, rejects unknown and doubled keys with Dagster's messages,
 * recurses by declared type, and — unlike Dagster, as merge.md §12.7 recommends — normalizes to
 * the JSON (camelCase) name. Scalars are NOT coerced here: coercion happens once, at the end,
 * in the renderer (`normalizeK8sModelValue`), because Dagster merges and dedupes before it.
 *
 * This is the traced twin of `normalizeK8sModelKeys` (src/core/k8s): same model tables
 * (`getK8sModel`), but every node keeps its origin through the renaming, which the plain-value
 * function cannot do.
 */
import { getK8sModel, type K8sField, type K8sFieldType } from '../../k8s';
import { raiseDagsterError } from './errors';
import { pythonSetRepr, pythonStr, pythonTypeName } from './python';
import type { TracedMap, TracedNode } from './traced';

/** Python (snake_case) attribute name of a JSON field of `model` (for allowlist messages). */
export function pythonFieldName(model: string, jsonName: string): string {
  return getK8sModel(model).byJson.get(jsonName)?.python ?? jsonName;
}

/** JSON (camelCase) name for a key given in either spelling, or undefined when unknown. */
export function jsonFieldName(model: string, key: string): string | undefined {
  const info = getK8sModel(model);
  return info.byJson.get(key)?.json ?? info.byPython.get(key)?.json;
}

/**
 * Normalizes the keys of a traced map against `model`, recursively. Raises Dagster's
 * `Exception` messages (merge.md §12.2); Python's type errors for values of the wrong shape
 * inside list/dict fields are reproduced too (e.g. `object of type 'int' has no len()`).
 */
export function normalizeK8sKeys(model: string, node: TracedMap): TracedMap {
  const info = getK8sModel(model);
  const renamed = new Map<string, [K8sField, TracedNode]>();
  const unexpected: string[] = [];
  for (const [key, value] of node.entries) {
    const asPython = info.byPython.get(key);
    const asJson = info.byJson.get(key);
    // Dagster first maps a JSON name to its Python name; a key that is already a Python name
    // (including names whose two spellings are equal, like `name`) is kept.
    const field = asJson ?? asPython;
    if (asJson && asJson.python !== key && node.entries.has(asJson.python)) {
      raiseDagsterError(
        'Exception',
        `Model class ${model} cannot contain both ${key} and ${asJson.python} keys`,
        value.origin,
      );
    }
    if (!field) {
      unexpected.push(key);
      continue;
    }
    renamed.set(field.json, [field, value]);
  }
  if (unexpected.length > 0) {
    raiseDagsterError(
      'Exception',
      `Unexpected keys in model class ${model}: ${pythonSetRepr(unexpected)}`,
      node.entries.get(unexpected[0] ?? '')?.origin ?? node.origin,
    );
  }
  const entries = new Map<string, TracedNode>();
  for (const [json, [field, value]] of renamed) {
    entries.set(json, normalizeValue(value, field.type, field.python));
  }
  return { kind: 'map', entries, origin: node.origin };
}

function normalizeValue(node: TracedNode, type: K8sFieldType, attrName: string): TracedNode {
  switch (type.kind) {
    case 'scalar':
      return node;
    case 'list':
      return normalizeList(node, type.item, attrName);
    case 'map':
      return normalizeDict(node, type.value, attrName);
    case 'model':
      if (node.kind !== 'map') {
        const received = pythonStr(node.kind === 'scalar' ? node.value : untraceShallow(node));
        raiseDagsterError(
          'Exception',
          `Attribute ${attrName} of type ${type.model} must be a dict, received ${received} instead`,
          node.origin,
        );
      }
      return normalizeK8sKeys(type.model, node);
  }
}

/** Python iterates `range(len(val))`: a string becomes its characters; numbers/None fail. */
function normalizeList(node: TracedNode, item: K8sFieldType, attrName: string): TracedNode {
  if (node.kind === 'list') {
    return {
      kind: 'list',
      items: node.items.map((child, i) => normalizeValue(child, item, `${attrName}[${i}]`)),
      origin: node.origin,
    };
  }
  if (node.kind === 'map') {
    if (node.entries.size === 0) return { kind: 'list', items: [], origin: node.origin };
    return raiseDagsterError('Exception', 'KeyError: 0', node.origin);
  }
  if (typeof node.value === 'string') {
    const chars = [...node.value].map((ch): TracedNode => ({
      kind: 'scalar',
      value: ch,
      origin: node.origin,
    }));
    return {
      kind: 'list',
      items: chars.map((child, i) => normalizeValue(child, item, `${attrName}[${i}]`)),
      origin: node.origin,
    };
  }
  return raiseDagsterError(
    'Exception',
    `TypeError: object of type '${pythonTypeName(node.value)}' has no len()`,
    node.origin,
  );
}

function normalizeDict(node: TracedNode, value: K8sFieldType, attrName: string): TracedNode {
  if (node.kind !== 'map') {
    const typeName = node.kind === 'list' ? 'list' : pythonTypeName(node.value);
    return raiseDagsterError(
      'Exception',
      `AttributeError: '${typeName}' object has no attribute 'items'`,
      node.origin,
    );
  }
  const entries = new Map<string, TracedNode>();
  for (const [key, child] of node.entries) {
    entries.set(key, normalizeValue(child, value, `${attrName}[${key}]`));
  }
  return { kind: 'map', entries, origin: node.origin };
}

function untraceShallow(node: TracedNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'list') return node.items.map(untraceShallow);
  return Object.fromEntries([...node.entries].map(([k, v]) => [k, untraceShallow(v)]));
}
