/**
 * The scalar leaves of a model walk: Python's constructor of the declared type, with the
 * exception it raises reported as an issue and surprising conversions explained.
 */
import type { ConfigPath } from '../source-range';
import { explainCoercion } from './coercion-notes';
import type { K8sScalarKind } from './model-table';
import {
  PythonCoercionError,
  PythonFloat,
  coercePythonBool,
  coercePythonDatetime,
  coercePythonFloat,
  coercePythonInt,
  coercePythonStr,
  formatPythonIsoformat,
  isPlainMap,
  setOwnValue,
} from './python-scalars';
import type { WalkContext } from './walk-context';
import { report } from './walk-context';

/** Converts (or, without `coerce`, only checks) one primitive of scalar type `kind`. */
export function walkScalar(
  ctx: WalkContext,
  kind: K8sScalarKind,
  value: unknown,
  path: ConfigPath,
  attr: string,
): unknown {
  if (value === null || value === undefined) return null;
  if (kind === 'object' || kind === 'int-or-string')
    return ctx.options.coerce ? toPlainJson(value) : value;
  let coerced: unknown;
  try {
    coerced = coerceScalar(kind, value);
  } catch (error) {
    if (!(error instanceof PythonCoercionError)) throw error;
    report(ctx, {
      path,
      message: error.message,
      code: 'k8s-invalid-scalar',
      severity: 'error',
      pythonType: error.pythonType,
    });
    return value;
  }
  if (ctx.options.hints) {
    const note = explainCoercion(kind, attr, value, coerced);
    if (note) report(ctx, { path, message: note, code: 'k8s-coerced-scalar', severity: 'warning' });
  }
  return ctx.options.coerce ? coerced : value;
}

function coerceScalar(
  kind: Exclude<K8sScalarKind, 'object' | 'int-or-string'>,
  value: unknown,
): unknown {
  switch (kind) {
    case 'str':
      return coercePythonStr(value);
    case 'int':
      return coercePythonInt(value);
    case 'bool':
      return coercePythonBool(value);
    case 'float':
      return coercePythonFloat(value);
    case 'datetime':
      return coercePythonDatetime(value);
  }
}

/** What the client's serialization makes of a free-form value: plain JSON-like data. */
function toPlainJson(value: unknown): unknown {
  if (value instanceof PythonFloat) return value.value;
  if (value instanceof Date) return formatPythonIsoformat(value);
  if (Array.isArray(value)) return value.map(toPlainJson);
  if (isPlainMap(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) setOwnValue(out, k, toPlainJson(v));
    return out;
  }
  return value;
}
