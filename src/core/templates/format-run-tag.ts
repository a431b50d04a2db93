/** black's default line length: the snippet should look as if black had formatted it. */
const LINE_LENGTH = 88;
const INDENT = '    ';

/** A Python literal for a scalar: strings as JSON (a valid Python str literal), True/False/None. */
function formatPythonScalar(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'float("nan")';
    if (!Number.isFinite(value)) return value > 0 ? 'float("inf")' : 'float("-inf")';
    return String(value);
  }
  if (typeof value === 'bigint') return String(value);
  // YAML 1.1 timestamps may reach us as Dates; the tag is JSON, so they travel as strings.
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  return JSON.stringify(String(value));
}

function entriesOf(value: object): [string, unknown][] {
  if (Array.isArray(value)) return value.map((item) => ['', item]);
  return Object.entries(value).map(([key, item]) => [`${JSON.stringify(key)}: `, item]);
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

function bracketsOf(value: object): [string, string] {
  return Array.isArray(value) ? ['[', ']'] : ['{', '}'];
}

/** The one-line form of a value. */
function formatPythonFlat(value: unknown): string {
  if (!isContainer(value)) return formatPythonScalar(value);
  const [open, close] = bracketsOf(value);
  const items = entriesOf(value).map(([prefix, item]) => prefix + formatPythonFlat(item));
  return `${open}${items.join(', ')}${close}`;
}

/**
 * Formats a value flat when it fits in the line (`used` columns before it, `trailing` after it),
 * else one item per line with trailing commas, as black does.
 */
function formatPythonValue(value: unknown, indent: string, used: number, trailing: number): string {
  const flat = formatPythonFlat(value);
  if (!isContainer(value) || used + flat.length + trailing <= LINE_LENGTH) return flat;
  const entries = entriesOf(value);
  const [open, close] = bracketsOf(value);
  if (entries.length === 0) return flat;
  const inner = indent + INDENT;
  const lines = entries.map(
    ([prefix, item]) =>
      `${inner}${prefix}${formatPythonValue(item, inner, inner.length + prefix.length, 1)},`,
  );
  return `${open}\n${lines.join('\n')}\n${indent}${close}`;
}

/**
 * Formats a `dagster-k8s/config` tag value (the parsed object) as the keyword argument to
 * paste into `@job(...)`, `@op(...)` or `@asset(...)`:
 * `tags={"dagster-k8s/config": {...}}`, as Python literals (True/False/None), black-style.
 * Dagster JSON-encodes dict tags, so this snippet and the YAML tag mean the same.
 */
export function formatRunTagAsPythonSnippet(tagValue: unknown): string {
  const prefix = 'tags=';
  return `${prefix}${formatPythonValue({ 'dagster-k8s/config': tagValue }, '', prefix.length, 0)}`;
}
