import { isScalarValue, renderScalar } from './scalar-render';

/** How the file indents: nested maps and sequences under a key. */
export interface IndentStyle {
  /** Spaces a nested map (or block scalar) is indented under its key. */
  readonly unit: number;
  /** Spaces a sequence's `-` is indented under its key: 0 for `key:\n- a`. */
  readonly sequenceOffset: number;
}

/** A map value as planners receive it. */
export type PlainObject = Record<string, unknown>;

/** True for a plain object (a YAML map); arrays, dates and null are not. */
export function isPlainObject(value: unknown): value is PlainObject {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
  );
}

/** True for a map or list with at least one entry: these need lines of their own in block style. */
export function isNonEmptyCollection(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return isPlainObject(value) && definedEntries(value).length > 0;
}

function definedEntries(value: PlainObject): [string, unknown][] {
  return Object.entries(value).filter(([, entry]) => entry !== undefined);
}

/** A key as written before `:` (plain where possible). */
export function renderKey(key: string, flow: boolean): string {
  return renderScalar(key, { flow, key: true }).head;
}

/** A value in flow style: `[a, b]`, `{k: v}`, or a single-line scalar. */
export function renderFlowValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(renderFlowValue).join(', ')}]`;
  if (isPlainObject(value)) {
    const pairs = definedEntries(value).map(
      ([key, entry]) => `${renderKey(key, true)}: ${renderFlowValue(entry)}`,
    );
    return `{${pairs.join(', ')}}`;
  }
  if (isScalarValue(value)) return renderScalar(value, { flow: true }).head;
  throw new Error(`Cannot write ${typeof value} values to YAML`);
}

/**
 * What follows `key:` or `- ` for a value: `inline` text on the same line (after a space),
 * and the lines below it (already indented), for collections and block scalars.
 */
export interface RenderedValue {
  readonly inline?: string;
  readonly lines: readonly string[];
}

/** A value under a key at `keyColumn` (or a `-` at that column when `inSequence`). */
export function renderValueUnder(
  value: unknown,
  keyColumn: number,
  inSequence: boolean,
  style: IndentStyle,
): RenderedValue {
  if (Array.isArray(value) && value.length > 0) {
    const column = inSequence ? keyColumn + 2 : keyColumn + style.sequenceOffset;
    return { lines: renderSequenceLines(value, column, style) };
  }
  if (isPlainObject(value) && definedEntries(value).length > 0) {
    const column = inSequence ? keyColumn + 2 : keyColumn + style.unit;
    return { lines: renderMapLines(value, column, style) };
  }
  if (Array.isArray(value)) return { inline: '[]', lines: [] };
  if (isPlainObject(value)) return { inline: '{}', lines: [] };
  if (!isScalarValue(value)) throw new Error(`Cannot write ${typeof value} values to YAML`);
  const scalar = renderScalar(value, { flow: false });
  const pad = ' '.repeat(keyColumn + (inSequence ? 2 : style.unit));
  return {
    inline: scalar.head,
    lines: (scalar.body ?? []).map((line) => (line === '' ? '' : pad + line)),
  };
}

/** Block lines of a map whose keys start at `column`. */
export function renderMapLines(value: PlainObject, column: number, style: IndentStyle): string[] {
  const pad = ' '.repeat(column);
  const lines: string[] = [];
  for (const [key, entry] of definedEntries(value)) {
    const rendered = renderValueUnder(entry, column, false, style);
    const head = `${pad}${renderKey(key, false)}:`;
    lines.push(rendered.inline === undefined ? head : `${head} ${rendered.inline}`);
    lines.push(...rendered.lines);
  }
  return lines;
}

/** Block lines of a sequence whose `-` are at `column`; maps and lists nest compactly (`- k: v`). */
export function renderSequenceLines(
  value: readonly unknown[],
  column: number,
  style: IndentStyle,
): string[] {
  const lines: string[] = [];
  for (const item of value) lines.push(...renderSequenceItemLines(item, column, style));
  return lines;
}

/** Block lines of one `- item` at `column`. */
export function renderSequenceItemLines(
  item: unknown,
  column: number,
  style: IndentStyle,
): string[] {
  const dash = `${' '.repeat(column)}- `;
  if (isNonEmptyCollection(item)) {
    const nested = Array.isArray(item)
      ? renderSequenceLines(item, column + 2, style)
      : renderMapLines(item as PlainObject, column + 2, style);
    const [first = '', ...rest] = nested;
    return [dash + first.slice(column + 2), ...rest];
  }
  const rendered = renderValueUnder(item, column, true, style);
  return [dash + (rendered.inline ?? ''), ...rendered.lines];
}
