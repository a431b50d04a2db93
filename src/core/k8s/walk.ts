/**
 * One walk over a user map against a Kubernetes model, shared by the checker and the
 * normalizers. It follows `dagster_k8s/models.py`: keys resolved per model (`k8s_snake_case_keys`),
 * values recursed by declared type (`_k8s_snake_case_value`), and — when coercing — primitives
 * converted as `k8s_model_from_dict` and the client's serialization do (`_k8s_parse_value`).
 */
import type { ConfigPath } from '../source-range';
import { findK8sField, getK8sModel } from './model-table';
import type { K8sField, K8sFieldType, K8sModel } from './model-table';
import {
  formatBothSpellingsMessage,
  formatMissingRequiredMessage,
  formatNoItemsMessage,
  formatNotADictMessage,
  formatNotIterableMessage,
  formatUnexpectedKeysMessage,
} from './messages';
import { suggestForUnexpectedKey } from './misplaced-keys';
import { getPythonTypeName, isPlainMap, setOwnValue } from './python-scalars';
import type { WalkContext, WalkIssue, WalkOptions } from './walk-context';
import { report } from './walk-context';
import { walkScalar } from './walk-scalar';

/** Walks `value` as an instance of `model`; returns the normalized value and every issue. */
export function walkK8sModelValue(
  model: string,
  value: unknown,
  basePath: ConfigPath,
  options: WalkOptions,
): { value: unknown; issues: WalkIssue[] } {
  const ctx: WalkContext = { options, issues: [] };
  const out = walkType(ctx, { kind: 'model', model }, value, basePath, model, 0);
  return { value: out, issues: ctx.issues };
}

function walkType(
  ctx: WalkContext,
  type: K8sFieldType,
  value: unknown,
  path: ConfigPath,
  attr: string,
  depth: number,
): unknown {
  if (
    (value === null || value === undefined) &&
    (type.kind === 'scalar' || !ctx.options.strictNulls)
  ) {
    // `_k8s_parse_value` returns None before looking at the type; the key pass keeps None
    // primitives but chokes on a None model, list or map (below).
    return null;
  }
  switch (type.kind) {
    case 'scalar':
      return walkScalar(ctx, type.scalar, value, path, attr);
    case 'list':
      return walkList(ctx, type.item, value, path, attr, depth);
    case 'map':
      return walkMap(ctx, type.value, value, path, attr, depth);
    case 'model':
      if (!isPlainMap(value)) {
        const message = formatNotADictMessage(attr, type.model, value);
        report(ctx, { path, message, code: 'k8s-not-a-dict', severity: 'error' });
        return value;
      }
      return walkModel(ctx, getK8sModel(type.model), value, path, depth);
  }
}

/** `for index, v in enumerate(val)`: Python iterates strings by character and dicts by key. */
function walkList(
  ctx: WalkContext,
  item: K8sFieldType,
  value: unknown,
  path: ConfigPath,
  attr: string,
  depth: number,
): unknown {
  let items: unknown[];
  if (Array.isArray(value)) items = value;
  else if (typeof value === 'string' || isPlainMap(value)) {
    items = typeof value === 'string' ? [...value] : Object.keys(value);
    if (ctx.options.hints) {
      const what =
        typeof value === 'string' ? 'the characters of this string' : 'the keys of this map';
      report(ctx, {
        path,
        message: `${attr} must be a list: the agent would iterate it and use ${what}`,
        code: typeof value === 'string' ? 'k8s-string-as-list' : 'k8s-map-as-list',
        severity: 'warning',
      });
    }
  } else {
    const message = formatNotIterableMessage(getPythonTypeName(value));
    report(ctx, {
      path,
      message,
      code: 'k8s-not-a-list',
      severity: 'error',
      pythonType: 'TypeError',
    });
    return value;
  }
  // Elements of a string or of a map's keys have no path of their own: point at the value.
  const own = Array.isArray(value);
  return items.map((v, i) =>
    walkType(ctx, item, v, own ? [...path, i] : path, `${attr}[${i}]`, depth + 1),
  );
}

function walkMap(
  ctx: WalkContext,
  valueType: K8sFieldType,
  value: unknown,
  path: ConfigPath,
  attr: string,
  depth: number,
): unknown {
  if (!isPlainMap(value)) {
    const message = formatNoItemsMessage(getPythonTypeName(value));
    report(ctx, {
      path,
      message,
      code: 'k8s-not-a-map',
      severity: 'error',
      pythonType: 'AttributeError',
    });
    return value;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    // Keys of label-like maps are data, kept verbatim.
    setOwnValue(out, k, walkType(ctx, valueType, v, [...path, k], `${attr}[${k}]`, depth + 1));
  }
  return out;
}

function resolveKeys(
  ctx: WalkContext,
  model: K8sModel,
  map: Record<string, unknown>,
  path: ConfigPath,
  depth: number,
): [K8sField, string][] {
  const resolved: [K8sField, string][] = [];
  const unexpected: string[] = [];
  for (const key of Object.keys(map)) {
    const field = findK8sField(model, key);
    if (!field) {
      unexpected.push(key);
      continue;
    }
    if (key === field.json && key !== field.python && Object.hasOwn(map, field.python)) {
      const message = formatBothSpellingsMessage(model.name, key, field.python);
      report(ctx, { path: [...path, key], message, code: 'k8s-both-spellings', severity: 'error' });
      continue;
    }
    resolved.push([field, key]);
  }
  if (unexpected.length > 0) {
    const message = formatUnexpectedKeysMessage(model.name, unexpected);
    for (const key of unexpected) {
      report(ctx, {
        path: [...path, key],
        message,
        code: 'k8s-unexpected-keys',
        severity: 'error',
      });
      const hint = ctx.options.hints ? suggestForUnexpectedKey(model.name, key, depth) : undefined;
      if (hint) report(ctx, { path: [...path, key], ...hint, severity: 'info' });
    }
  }
  return resolved;
}

function walkModel(
  ctx: WalkContext,
  model: K8sModel,
  map: Record<string, unknown>,
  path: ConfigPath,
  depth: number,
): Record<string, unknown> {
  const resolved = resolveKeys(ctx, model, map, path, depth);
  const values = new Map<K8sField, unknown>();
  for (const [field, key] of resolved) {
    values.set(field, walkType(ctx, field.type, map[key], [...path, key], field.python, depth + 1));
  }
  const { requireFields } = ctx.options;
  if (requireFields === 'all' || (requireFields === 'nested' && depth > 0)) {
    const missing = model.fields.find((f) => f.required && (values.get(f) ?? null) === null);
    if (missing) {
      const message = formatMissingRequiredMessage(missing.python);
      report(ctx, {
        path,
        message,
        code: 'k8s-missing-required',
        severity: 'error',
        pythonType: 'ValueError',
      });
    }
  }
  const out: Record<string, unknown> = {};
  // The client serializes attributes in declared order and leaves out the ones set to None.
  const ordered = ctx.options.coerce
    ? model.fields.filter((f) => values.has(f))
    : [...values.keys()];
  for (const field of ordered) {
    const v = values.get(field);
    if (ctx.options.coerce && (v === null || v === undefined)) continue;
    out[field.json] = v;
  }
  return out;
}
