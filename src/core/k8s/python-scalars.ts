/**
 * Python's view of parsed YAML values: type names, `str()`/`repr()`, and the `int()`, `float()`,
 * `bool()` constructors the Kubernetes Python client applies to every primitive field
 * (merge.md §13). The outputs leak into what the agent sends, so they are reproduced exactly.
 */

/**
 * A YAML float with an integral value (`1.0`). JavaScript cannot tell it from the int `1`, Python
 * can: `str(1.0)` is `"1.0"`. A YAML reader that wants the exact Python text wraps such floats in
 * this class; plain numbers are taken as ints when integral and floats otherwise.
 */
export class PythonFloat {
  constructor(readonly value: number) {}
}

/** A Python exception raised while coercing a value: its class name and `str()`. */
export class PythonCoercionError extends Error {
  constructor(
    readonly pythonType: 'ValueError' | 'TypeError' | 'OverflowError',
    message: string,
  ) {
    super(message);
    this.name = 'PythonCoercionError';
  }
}

/** A plain JSON-like map, as YAML maps are parsed. */
export function isPlainMap(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof PythonFloat) &&
    !(value instanceof Date)
  );
}

/**
 * Sets `out[key]` as an own data property, so a user's `__proto__` key stays a plain key instead
 * of replacing the object's prototype. For the objects the core builds (plain, with writable
 * data properties only) plain assignment does the same for every other key, and keeps V8's
 * fast object layout: defineProperty on every key turned the render's objects into slow
 * dictionaries.
 */
export function setOwnValue(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(out, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    out[key] = value;
  }
}

/** Python's `type(v).__name__` for a parsed YAML value (`NoneType`, `bool`, `int`, `str`, …). */
export function getPythonTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'bigint') return 'int';
  if (typeof value === 'string') return 'str';
  if (value instanceof PythonFloat) return 'float';
  if (value instanceof Date) return 'datetime';
  if (Array.isArray(value)) return 'list';
  return 'dict';
}

/** Python's `repr(float)`: shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
export function formatPythonFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const [mantissa = '', exp = '0'] = value.toExponential().split('e');
  const exponent = Number(exp);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  const sign = negative ? '-' : '';
  if (exponent < -4 || exponent >= 16) {
    const frac = digits.slice(1);
    const expText = `${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
    return `${sign}${digits[0]}${frac ? `.${frac}` : ''}e${expText}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const intPart = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fracPart = digits.slice(exponent + 1);
  return `${sign}${intPart}.${fracPart || '0'}`;
}

function formatPythonStringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\' || ch === quote) out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * Python's `str(datetime)` for a YAML timestamp. A JavaScript Date has lost whether the YAML
 * had a time zone, so this assumes UTC, and a UTC midnight is taken as a date-only literal
 * (PyYAML gives a `date`, printed `2024-01-01`).
 */
function formatPythonDate(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  if (date.getTime() % 86_400_000 === 0) return day;
  const ms = date.getUTCMilliseconds();
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return `${day} ${time}${ms ? `.${pad(ms * 1000, 6)}` : ''}+00:00`;
}

/** Python's `isoformat()` of a YAML timestamp (same assumptions as `str()`). */
export function formatPythonIsoformat(date: Date): string {
  return formatPythonDate(date).replace(' ', 'T');
}

const ISO_DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6})\d*)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * What a `datetime` field becomes: dateutil's `parse(text).isoformat()`. Only ISO 8601 text is
 * understood; other text dateutil might read is returned unchanged. Non-strings raise as dateutil
 * does.
 */
export function coercePythonDatetime(value: unknown): string {
  if (typeof value !== 'string') {
    throw new PythonCoercionError(
      'TypeError',
      `Parser must be a string or character stream, not ${getPythonTypeName(value)}`,
    );
  }
  const m = ISO_DATETIME.exec(value.trim());
  if (!m) return value;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac, zone] = m;
  const micro = frac && Number(frac) !== 0 ? `.${frac.padEnd(6, '0')}` : '';
  let offset = '';
  if (zone) {
    const digits = zone.toUpperCase() === 'Z' ? '+0000' : zone.replace(':', '').padEnd(5, '0');
    offset = `${digits.slice(0, 3)}:${digits.slice(3)}`;
  }
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${micro}${offset}`;
}

/**
 * Containers nested deeper than this print as `[...]` / `{...}` (as Python's reprlib does), so a
 * hostile value thousands of levels deep gives a message instead of a stack overflow. Python's
 * own repr stops near here too (RecursionError), so no value Dagster could print is cut.
 */
export const MAX_REPR_DEPTH = 500;

/** Python's `repr()` of a parsed YAML value: `'a'`, `True`, `None`, `['a', 1]`, `{'k': 'v'}`. */
export function formatPythonRepr(value: unknown): string {
  return formatReprAt(value, 0);
}

function formatReprAt(value: unknown, depth: number): string {
  if (typeof value === 'string') return formatPythonStringRepr(value);
  if (Array.isArray(value)) {
    if (depth >= MAX_REPR_DEPTH) return '[...]';
    return `[${value.map((item) => formatReprAt(item, depth + 1)).join(', ')}]`;
  }
  if (isPlainMap(value)) {
    if (depth >= MAX_REPR_DEPTH) return '{...}';
    const entries = Object.entries(value).map(
      ([k, v]) => `${formatPythonStringRepr(k)}: ${formatReprAt(v, depth + 1)}`,
    );
    return `{${entries.join(', ')}}`;
  }
  return formatPythonStr(value);
}

/** Python's `str()` of a parsed YAML value: `True`, `1`, `0.5`, `1.0`, `None`, `['a']`. */
export function formatPythonStr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    return Number.isInteger(value) ? String(value) : formatPythonFloat(value);
  }
  if (value instanceof PythonFloat) return formatPythonFloat(value.value);
  if (value instanceof Date) return formatPythonDate(value);
  return formatPythonRepr(value);
}

/** Python's repr of a set of strings, in the given order: `{'a', 'b'}`. */
export function formatPythonSet(items: readonly string[]): string {
  return `{${items.map(formatPythonStringRepr).join(', ')}}`;
}

const INT_TEXT = /^[+-]?\d+(?:_\d+)*$/;
const FLOAT_TEXT =
  /^[+-]?(?:(?:\d+(?:_\d+)*)?\.\d+(?:_\d+)*|\d+(?:_\d+)*\.?)(?:e[+-]?\d+(?:_\d+)*)?$/i;
const FLOAT_SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/** Python's `int(v)`: `"3"` → 3, `10.9` → 10, `True` → 1; throws what Python raises. */
export function coercePythonInt(value: unknown): number {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number' || value instanceof PythonFloat) {
    const n = typeof value === 'number' ? value : value.value;
    if (Number.isNaN(n))
      throw new PythonCoercionError('ValueError', 'cannot convert float NaN to integer');
    if (!Number.isFinite(n)) {
      throw new PythonCoercionError('OverflowError', 'cannot convert float infinity to integer');
    }
    return Math.trunc(n) || 0;
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (!INT_TEXT.test(text)) {
      throw new PythonCoercionError(
        'ValueError',
        `invalid literal for int() with base 10: ${formatPythonStringRepr(value)}`,
      );
    }
    return Number(text.replaceAll('_', ''));
  }
  throw new PythonCoercionError(
    'TypeError',
    `int() argument must be a string, a bytes-like object or a real number, not '${getPythonTypeName(value)}'`,
  );
}

/** Python's `float(v)`: `"1e3"` → 1000, `True` → 1.0, `"inf"`; throws what Python raises. */
export function coercePythonFloat(value: unknown): number {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  if (value instanceof PythonFloat) return value.value;
  if (typeof value === 'string') {
    const text = value.trim();
    const special = FLOAT_SPECIAL.exec(text);
    if (special) {
      const sign = special[1] === '-' ? -1 : 1;
      return special[2]?.toLowerCase() === 'nan' ? NaN : sign * Infinity;
    }
    if (!FLOAT_TEXT.test(text)) {
      throw new PythonCoercionError(
        'ValueError',
        `could not convert string to float: ${formatPythonStringRepr(value)}`,
      );
    }
    return Number(text.replaceAll('_', ''));
  }
  throw new PythonCoercionError(
    'TypeError',
    `float() argument must be a string or a real number, not '${getPythonTypeName(value)}'`,
  );
}

/** Python's `bool(v)`: truthiness, so `"False"` → true and `""`, `0`, `[]`, `{}` → false. */
export function coercePythonBool(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (value instanceof PythonFloat) return value.value !== 0;
  if (typeof value === 'string') return value.length > 0;
  if (Array.isArray(value)) return value.length > 0;
  if (isPlainMap(value)) return Object.keys(value).length > 0;
  return true;
}

/** Python's `str(v)` for a str-typed field: the value as Python prints it. */
export function coercePythonStr(value: unknown): string {
  return formatPythonStr(value);
}
