/**
 * Dagster's `k8s_snake_case_dict` (merge.md §12.2) on traced values: accepts each key as the
 * model's JSON name or Python name, rejects unknown and doubled keys with Dagster's messages,
 * recurses by declared type, and — unlike Dagster, as merge.md §12.7 recommends — normalizes to
 * the JSON (camelCase) name. Scalars are NOT coerced here: coercion happens once, at the end,
 * in the renderer (`normalizeK8sModelValue`), because Dagster merges and dedupes before it.
 *
 * Model tables come from src/core/k8s (generated from @kubernetes/client-node).
 */
import { K8S_MODEL_TABLE } from '../../k8s/models.generated';
import { raiseDagsterError } from './errors';
import { pythonSetRepr, pythonStr, pythonTypeName } from './python';
import type { TracedMap, TracedNode } from './traced';

/** A declared field type: primitive, model, list of T or map of T. */
type FieldType =
  | { readonly kind: 'primitive' }
  | { readonly kind: 'model'; readonly model: string }
  | { readonly kind: 'list'; readonly item: FieldType }
  | { readonly kind: 'dict'; readonly value: FieldType };

interface FieldInfo {
  readonly json: string;
  readonly python: string;
  readonly type: FieldType;
}

interface ModelInfo {
  readonly byJson: ReadonlyMap<string, FieldInfo>;
  readonly byPython: ReadonlyMap<string, FieldInfo>;
}

const PRIMITIVE_CODES = new Set(['s', 'i', 'b', 'f', 'd', 'o', 'n']);

function parseFieldType(code: string): FieldType {
  if (code.startsWith('[')) return { kind: 'list', item: parseFieldType(code.slice(1)) };
  if (code.startsWith('{')) return { kind: 'dict', value: parseFieldType(code.slice(1)) };
  if (PRIMITIVE_CODES.has(code)) return { kind: 'primitive' };
  return { kind: 'model', model: code };
}

/** The table's default Python name: each capital letter becomes `_` + lowercase. */
function defaultPythonName(json: string): string {
  return json.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

const modelCache = new Map<string, ModelInfo>();

function getModel(model: string): ModelInfo {
  const cached = modelCache.get(model);
  if (cached) return cached;
  const spec = K8S_MODEL_TABLE[model];
  if (spec === undefined) throw new Error(`Unknown Kubernetes model ${model}`);
  const byJson = new Map<string, FieldInfo>();
  const byPython = new Map<string, FieldInfo>();
  for (const field of spec.split(' ').filter(Boolean)) {
    const colon = field.indexOf(':');
    const head = field.slice(0, colon).replace(/!$/, '');
    const [json = '', explicitPython] = head.split('=');
    const info: FieldInfo = {
      json,
      python: explicitPython ?? defaultPythonName(json),
      type: parseFieldType(field.slice(colon + 1)),
    };
    byJson.set(info.json, info);
    byPython.set(info.python, info);
  }
  const info = { byJson, byPython };
  modelCache.set(model, info);
  return info;
}

/** Python (snake_case) attribute name of a JSON field of `model` (for allowlist messages). */
export function pythonFieldName(model: string, jsonName: string): string {
  return getModel(model).byJson.get(jsonName)?.python ?? jsonName;
}

/** JSON (camelCase) name for a key given in either spelling, or undefined when unknown. */
export function jsonFieldName(model: string, key: string): string | undefined {
  const info = getModel(model);
  return info.byJson.get(key)?.json ?? info.byPython.get(key)?.json;
}

/**
 * Normalizes the keys of a traced map against `model`, recursively. Raises Dagster's
 * `Exception` messages (merge.md §12.2); Python's type errors for values of the wrong shape
 * inside list/dict fields are reproduced too (e.g. `object of type 'int' has no len()`).
 */
export function normalizeK8sKeys(model: string, node: TracedMap): TracedMap {
  const info = getModel(model);
  const renamed = new Map<string, [FieldInfo, TracedNode]>();
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

function normalizeValue(node: TracedNode, type: FieldType, attrName: string): TracedNode {
  switch (type.kind) {
    case 'primitive':
      return node;
    case 'list':
      return normalizeList(node, type.item, attrName);
    case 'dict':
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
function normalizeList(node: TracedNode, item: FieldType, attrName: string): TracedNode {
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

function normalizeDict(node: TracedNode, value: FieldType, attrName: string): TracedNode {
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
