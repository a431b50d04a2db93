import { isPlainNonString } from './pyyaml-schema';

/** A scalar value a planner can write. */
export type ScalarValue = string | number | boolean | bigint | null | Date;

/** The `yaml` scalar styles a node may already have (`Scalar.type`). */
export type ScalarStyle =
  'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

/** Where a scalar is written, and what it replaces. */
export interface ScalarContext {
  /** Inside a flow collection (`[...]`, `{...}`): no block scalars, stricter plain scalars. */
  readonly flow: boolean;
  /** Writing a map key: single line only. */
  readonly key?: boolean;
  /** The style of the scalar being replaced, to keep it where the new value allows. */
  readonly style?: ScalarStyle;
  /** The source of the scalar being replaced (keeps `yes`/`on` spellings of booleans). */
  readonly source?: string;
}

/**
 * A rendered scalar: `head` goes where the value starts; a block scalar (`|`, `>-`...) also
 * has `body` lines, without indentation, that the caller indents under it.
 */
export interface RenderedScalar {
  readonly head: string;
  readonly body?: readonly string[];
}

/** Characters PyYAML refuses in a stream, plus line breaks YAML 1.1 knows beyond \n and \r. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE_GLOBAL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]/g;
const NEEDS_ESCAPE = new RegExp(NEEDS_ESCAPE_GLOBAL.source);
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

/** True when `text` can be written without quotes and still read back as this same string. */
export function canWritePlain(text: string, flow: boolean): boolean {
  if (text === '' || /^[ \t]|[ \t]$/.test(text) || /[\n\r\t]/.test(text)) return false;
  if (NEEDS_ESCAPE.test(text)) return false;
  if (INDICATOR_START.test(text)) {
    // `-x` (and in block context `?x`, `:x`) is plain in PyYAML: the indicator needs a space after.
    const allowed = flow ? '-' : '-?:';
    if (!allowed.includes(text.charAt(0)) || text.length < 2 || text.charAt(1) === ' ') {
      return false;
    }
  }
  if (text.includes(': ') || text.includes(' #') || text.endsWith(':')) return false;
  if (text.startsWith('---') || text.startsWith('...')) return false;
  if (flow && /[,[\]{}:]/.test(text)) return false;
  return !isPlainNonString(text);
}

/** A double-quoted scalar; JSON escapes are valid YAML 1.1 escapes, the rest is escaped too. */
export function writeDoubleQuoted(text: string): string {
  return JSON.stringify(text).replace(
    NEEDS_ESCAPE_GLOBAL,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function canWriteSingleQuoted(text: string): boolean {
  return !/[\n\r]/.test(text) && !NEEDS_ESCAPE.test(text);
}

function writeSingleQuoted(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A block scalar body, when the string can be one (printable, first line not indented). */
function renderBlockScalar(text: string, folded: boolean): RenderedScalar | undefined {
  if (NEEDS_ESCAPE.test(text) || text.includes('\r') || /^[ \t]/.test(text)) return undefined;
  const trimmed = text.replace(/\n+$/, '');
  if (trimmed === '') return undefined;
  const trailing = text.length - trimmed.length;
  // Keep chomping (`|+`) would also swallow whatever blank lines follow in the file.
  if (trailing > 1) return undefined;
  const chomp = trailing === 0 ? '-' : '';
  // Folded style would join the lines; keep it only for single-line content.
  const indicator = folded && !trimmed.includes('\n') ? '>' : '|';
  const body = trimmed.split('\n');
  return { head: `${indicator}${chomp}`, body };
}

function renderString(text: string, context: ScalarContext): RenderedScalar {
  const { style, flow } = context;
  const multiline = text.includes('\n');
  if (multiline && !flow && !context.key && style !== 'QUOTE_DOUBLE') {
    const block = renderBlockScalar(text, style === 'BLOCK_FOLDED');
    if (block) return block;
  }
  if ((style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED') && !flow && !context.key) {
    const block = renderBlockScalar(text, style === 'BLOCK_FOLDED');
    if (block) return block;
  }
  if (style === 'QUOTE_DOUBLE') return { head: writeDoubleQuoted(text) };
  if (style === 'QUOTE_SINGLE' && canWriteSingleQuoted(text)) {
    return { head: writeSingleQuoted(text) };
  }
  if (canWritePlain(text, flow)) return { head: text };
  // Single quotes keep backslashes and double quotes readable (Windows paths, JSON snippets).
  if (/["\\]/.test(text) && canWriteSingleQuoted(text)) return { head: writeSingleQuoted(text) };
  return { head: writeDoubleQuoted(text) };
}

const BOOLEAN_SPELLINGS: Readonly<Record<string, string>> = {
  yes: 'no',
  Yes: 'No',
  YES: 'NO',
  on: 'off',
  On: 'Off',
  ON: 'OFF',
  true: 'false',
  True: 'False',
  TRUE: 'FALSE',
};

function renderBoolean(value: boolean, source: string | undefined): string {
  if (source !== undefined) {
    for (const [truthy, falsy] of Object.entries(BOOLEAN_SPELLINGS)) {
      if (source === truthy || source === falsy) return value ? truthy : falsy;
    }
  }
  return value ? 'true' : 'false';
}

/** A number PyYAML reads back as the same int or float (it wants a dot in floats: `1.0e-07`). */
function renderNumber(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
  // Beyond 1e21 JavaScript writes integers with an exponent; PyYAML then wants the dot too.
  const text = String(value);
  if (text.includes('e') && !text.includes('.')) return text.replace('e', '.0e');
  return text;
}

/**
 * Writes a scalar so that Dagster's loader (PyYAML, YAML 1.1) reads back exactly `value`:
 * keeps the replaced scalar's quoting where the value allows, quotes strings that would
 * otherwise read as another type (`"yes"`, `"1.0"`, `"null"`, `"a: b"`, `"*x"`), and uses a
 * block scalar (`|`) for multi-line text outside flow collections.
 */
export function renderScalar(value: ScalarValue, context: ScalarContext): RenderedScalar {
  if (typeof value === 'string') return renderString(value, context);
  if (value === null) return { head: 'null' };
  if (typeof value === 'boolean') return { head: renderBoolean(value, context.source) };
  if (typeof value === 'number') return { head: renderNumber(value) };
  if (typeof value === 'bigint') return { head: value.toString() };
  if (value instanceof Date) return { head: value.toISOString() };
  throw new Error(`Cannot write ${typeof value} values to YAML`);
}

/** True for values `renderScalar` writes (everything but arrays and plain objects). */
export function isScalarValue(value: unknown): value is ScalarValue {
  return (
    value === null ||
    value instanceof Date ||
    ['string', 'number', 'boolean', 'bigint'].includes(typeof value)
  );
}
