import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import { formatPythonFloat } from './labels';

/**
 * A number that Python holds as a `float` (`1.0` in YAML). JavaScript has one number type, so
 * values that must print the Python way (`1.0`, not `1`) are wrapped in this marker.
 */
export class PythonFloat {
  constructor(readonly value: number) {}
}

/** Thrown where Python's `json.dumps` raises (e.g. a YAML timestamp becomes a `date`). */
export class PythonJsonError extends Error {}

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** `json.dumps` string encoding with `ensure_ascii=True`: anything outside ` `..`~` escaped. */
function encodeString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    const code = text.charCodeAt(i);
    const short = SHORT_ESCAPES[char];
    if (short) out += short;
    else if (code >= 0x20 && code <= 0x7e) out += char;
    else out += `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return `${out}"`;
}

function encodeNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  return Number.isInteger(value) ? value.toFixed(0) : formatPythonFloat(value);
}

function encodeFloat(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  return formatPythonFloat(value);
}

/** Python converts non-string dict keys with `str()`-like rules before writing them. */
function encodeKey(key: unknown): string {
  if (typeof key === 'string') return encodeString(key);
  if (key === true) return '"true"';
  if (key === false) return '"false"';
  if (key === null) return '"null"';
  if (key instanceof PythonFloat) return `"${encodeFloat(key.value)}"`;
  if (typeof key === 'number') return `"${encodeNumber(key)}"`;
  throw new PythonJsonError(`keys must be str, int, float, bool or None, not ${typeof key}`);
}

/**
 * Python `json.dumps(value)` with its defaults: `", "` and `": "` separators, ASCII-only
 * output, keys in insertion order, `true`/`false`/`null`, floats as Python prints them
 * (wrap them in {@link PythonFloat}). Used for the code server's `DAGSTER_CONTAINER_CONTEXT`.
 */
export function dumpPythonJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value === true) return 'true';
  if (value === false) return 'false';
  if (typeof value === 'string') return encodeString(value);
  if (value instanceof PythonFloat) return encodeFloat(value.value);
  if (typeof value === 'number') return encodeNumber(value);
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return `[${value.map(dumpPythonJson).join(', ')}]`;
  if (value instanceof Map) {
    const items = [...value].map(([k, v]) => `${encodeKey(k)}: ${dumpPythonJson(v)}`);
    return `{${items.join(', ')}}`;
  }
  if (value instanceof Date) {
    throw new PythonJsonError('Object of type date is not JSON serializable');
  }
  if (typeof value === 'object') {
    const items = Object.entries(value).map(([k, v]) => `${encodeString(k)}: ${dumpPythonJson(v)}`);
    return `{${items.join(', ')}}`;
  }
  throw new PythonJsonError(`Object of type ${typeof value} is not JSON serializable`);
}

const FLOAT_TAG = 'tag:yaml.org,2002:float';

/**
 * Turns a parsed `yaml` node into plain data for {@link dumpPythonJson}, keeping what the
 * plain JS value loses: which numbers were YAML floats (PyYAML gives `float` for `1.0`) and
 * non-string keys (as a `Map`). Aliases resolve through `resolveAlias` when given.
 */
export function toPythonJsonData(node: unknown, resolveAlias?: (alias: Node) => unknown): unknown {
  if (isAlias(node)) return toPythonJsonData(resolveAlias?.(node) ?? null, resolveAlias);
  if (isScalar(node)) {
    if (typeof node.value === 'number' && node.tag === FLOAT_TAG)
      return new PythonFloat(node.value);
    if (typeof node.value === 'number' && !node.tag && isFloatSource(node.source)) {
      return new PythonFloat(node.value);
    }
    return node.value;
  }
  if (isSeq(node)) return node.items.map((item) => toPythonJsonData(item, resolveAlias));
  if (isMap(node)) {
    const keys = node.items.map((pair) => toPythonJsonData(pair.key, resolveAlias));
    const values = node.items.map((pair) => toPythonJsonData(pair.value, resolveAlias));
    if (keys.every((key) => typeof key === 'string')) {
      return Object.fromEntries(keys.map((key, i) => [key as string, values[i]]));
    }
    return new Map(keys.map((key, i) => [key, values[i]]));
  }
  return node ?? null;
}

/** A plain scalar that YAML 1.1 resolves as a float (`1.0`, `.5`, `.inf`), not an int. */
function isFloatSource(source: unknown): boolean {
  if (typeof source !== 'string' || /^[-+]?0x/iu.test(source)) return false;
  return /[.eE]/u.test(source);
}
