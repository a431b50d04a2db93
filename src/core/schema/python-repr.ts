/**
 * Python-style renderings of parsed YAML values. Dagster's messages are built in Python, so a
 * value shows up in them as `str(value)`, `repr(value)` or `type(value)` would print it.
 */

/** `str(value)` as Python prints it for the JSON-like values a YAML file can hold. */
export function formatPythonStr(value: unknown): string {
  return typeof value === 'string' ? value : formatPythonRepr(value);
}

/** `repr(value)` as Python prints it (dict/list reprs use single-quoted strings). */
export function formatPythonRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return formatPythonNumber(value);
  if (typeof value === 'string') return quotePythonString(value);
  if (Array.isArray(value)) return `[${value.map(formatPythonRepr).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{${entries.map(([k, v]) => `${quotePythonString(k)}: ${formatPythonRepr(v)}`).join(', ')}}`;
  }
  return String(value);
}

/** `type(value)` as Python prints it, e.g. `<class 'int'>`. */
export function formatPythonType(value: unknown): string {
  return `<class '${pythonTypeName(value)}'>`;
}

/** The Python type name of a parsed YAML value (`int` and `float` told apart as PyYAML does). */
export function pythonTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'string') return 'str';
  if (Array.isArray(value)) return 'list';
  return 'dict';
}

/** A Python set literal of strings, e.g. `{'a', 'b'}` (insertion order; Python's is arbitrary). */
export function formatPythonSet(items: readonly string[]): string {
  return `{${items.map(quotePythonString).join(', ')}}`;
}

function formatPythonNumber(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  // YAML integers stay ints; a float that happens to be whole still prints with `.0` in Python,
  // but the parsed JS number cannot tell `1.0` from `1`, so ints are the honest guess.
  return String(value);
}

function quotePythonString(text: string): string {
  // Python prefers single quotes and switches to double quotes when the text holds a single
  // quote and no double quote.
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t');
  return quote + (quote === "'" ? escaped.replace(/'/g, "\\'") : escaped) + quote;
}
