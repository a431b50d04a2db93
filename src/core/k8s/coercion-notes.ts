/**
 * Warnings for values the agent accepts but changes (merge.md §13): `true` in a string field is
 * sent as "True", the string "False" in a boolean field is sent as true, `10.9` in an integer
 * field as 10. Harmless conversions (`1` → "1", "3" → 3) stay silent.
 */
import type { K8sScalarKind } from './model-table';
import { PythonFloat, formatPythonRepr } from './python-scalars';

const DESCRIPTIONS: Partial<Record<K8sScalarKind, string>> = {
  str: 'a string',
  int: 'an integer',
  bool: 'a boolean',
  float: 'a number',
};

function isFloatLike(value: unknown): boolean {
  return value instanceof PythonFloat || (typeof value === 'number' && !Number.isInteger(value));
}

function isSurprising(kind: K8sScalarKind, value: unknown): boolean {
  switch (kind) {
    case 'str':
      return typeof value !== 'string' && typeof value !== 'bigint' && !Number.isInteger(value);
    case 'int':
      return (
        typeof value === 'boolean' || (isFloatLike(value) && !Number.isInteger(asNumber(value)))
      );
    case 'bool':
      return typeof value !== 'boolean';
    case 'float':
      return typeof value === 'boolean';
    default:
      return false;
  }
}

function asNumber(value: unknown): number {
  return value instanceof PythonFloat ? value.value : Number(value);
}

/**
 * Explains what the agent sends when `value` in a field of scalar type `kind` changes meaning
 * under Python's constructor, or returns `undefined` when the conversion is unsurprising.
 */
export function explainCoercion(
  kind: K8sScalarKind,
  attr: string,
  value: unknown,
  coerced: unknown,
): string | undefined {
  const description = DESCRIPTIONS[kind];
  if (!description || !isSurprising(kind, value)) return undefined;
  return `${attr} is ${description}: the agent sends ${JSON.stringify(coerced)} (Python ${kind}(${formatPythonRepr(value)}))`;
}
