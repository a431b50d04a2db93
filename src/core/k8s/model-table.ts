/**
 * Runtime view of the generated Kubernetes model tables (models.generated.ts): per model, each
 * field's JSON name, the Python client's attribute name and its declared type (merge.md §12.3).
 */
import { K8S_MODEL_TABLE } from './models.generated';

/** Scalar kinds, named after the Python client's declared types (merge.md §13). */
export type K8sScalarKind =
  | 'str'
  | 'int'
  | 'bool'
  | 'float'
  | 'datetime'
  /** Free-form value (`RawExtension`, `fieldsV1`, …), kept as is. */
  | 'object'
  /** `IntOrString` (`port`, `targetPort`, …): `object` for the Python client, kept as is. */
  | 'int-or-string';

export type K8sFieldType =
  | { readonly kind: 'scalar'; readonly scalar: K8sScalarKind }
  | { readonly kind: 'model'; readonly model: string }
  | { readonly kind: 'list'; readonly item: K8sFieldType }
  | { readonly kind: 'map'; readonly value: K8sFieldType };

export interface K8sField {
  /** JSON (camelCase) name, e.g. `hostIPC`. */
  readonly json: string;
  /** The Python client's attribute name, e.g. `host_ipc`, `_exec`. */
  readonly python: string;
  readonly type: K8sFieldType;
  /** Required by the OpenAPI definition: the Python model raises when it is `None`. */
  readonly required: boolean;
}

export interface K8sModel {
  readonly name: string;
  /** In the client's declared order, which is also its serialization order. */
  readonly fields: readonly K8sField[];
  readonly byJson: ReadonlyMap<string, K8sField>;
  readonly byPython: ReadonlyMap<string, K8sField>;
}

const SCALARS: Readonly<Record<string, K8sScalarKind>> = {
  s: 'str',
  i: 'int',
  b: 'bool',
  f: 'float',
  d: 'datetime',
  o: 'object',
  n: 'int-or-string',
};

const parsed = new Map<string, K8sModel>();

function decodeType(encoded: string): K8sFieldType {
  if (encoded.startsWith('[')) return { kind: 'list', item: decodeType(encoded.slice(1)) };
  if (encoded.startsWith('{')) return { kind: 'map', value: decodeType(encoded.slice(1)) };
  const scalar = SCALARS[encoded];
  return scalar ? { kind: 'scalar', scalar } : { kind: 'model', model: encoded };
}

/** The table omits Python names that follow this rule; the generator checks it per field. */
function deriveNaiveSnake(json: string): string {
  return json.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function decodeField(encoded: string): K8sField {
  const colon = encoded.indexOf(':');
  let name = encoded.slice(0, colon);
  const required = name.endsWith('!');
  if (required) name = name.slice(0, -1);
  const [json = name, python = deriveNaiveSnake(json)] = name.split('=');
  return { json, python, type: decodeType(encoded.slice(colon + 1)), required };
}

/** Returns the model's table, or `undefined` for a name outside the pinned tables. */
export function findK8sModel(name: string): K8sModel | undefined {
  const cached = parsed.get(name);
  if (cached) return cached;
  if (!Object.hasOwn(K8S_MODEL_TABLE, name)) return undefined;
  const encoded = K8S_MODEL_TABLE[name] ?? '';
  const fields = encoded === '' ? [] : encoded.split(' ').map(decodeField);
  const model: K8sModel = {
    name,
    fields,
    byJson: new Map(fields.map((f) => [f.json, f])),
    byPython: new Map(fields.map((f) => [f.python, f])),
  };
  parsed.set(name, model);
  return model;
}

/** Like {@link findK8sModel} but throws for an unknown model name (a programming error). */
export function getK8sModel(name: string): K8sModel {
  const model = findK8sModel(name);
  if (!model) throw new Error(`Unknown Kubernetes model ${name}`);
  return model;
}

/** Names of every model in the pinned tables, sorted. */
export function listK8sModelNames(): string[] {
  return Object.keys(K8S_MODEL_TABLE).sort();
}

/**
 * Finds a field by the user's key, which may be the JSON or the Python name (merge.md §12.2).
 * Only exact names count: `hostIpc` is not `hostIPC`.
 */
export function findK8sField(model: K8sModel, key: string): K8sField | undefined {
  return model.byJson.get(key) ?? model.byPython.get(key);
}

/**
 * Formats a field type as the Python client declares it (`list[V1EnvVar]`, `dict(str, str)`,
 * `object` for IntOrString), which is what Dagster's messages and docs talk about.
 */
export function formatK8sFieldType(type: K8sFieldType): string {
  switch (type.kind) {
    case 'scalar':
      return type.scalar === 'int-or-string' ? 'object' : type.scalar;
    case 'model':
      return type.model;
    case 'list':
      return `list[${formatK8sFieldType(type.item)}]`;
    case 'map':
      return `dict(str, ${formatK8sFieldType(type.value)})`;
  }
}
