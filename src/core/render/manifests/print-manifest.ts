import { Document } from 'yaml';
import type { ManifestMark } from './types';

/**
 * A direct printer for the manifests' plain JSON, giving byte for byte what `yaml` prints for
 * `new Document(value, { version: '1.1' }).toString({ lineWidth: 0, singleQuote: true,
 * indentSeq: false })` with the marks as line comments. Building and printing a `yaml` Document
 * was half the cost of rendering a location. It follows `yaml`'s own rules (stringifyPair,
 * stringifyBlockCollection, plainString, singleQuotedString, stringifyNumber) for the shapes
 * manifests have, and gives up (undefined) on everything else, which the caller then prints
 * through `yaml` itself: multi-line or double-quoted strings, control characters, document
 * markers, over-long keys, shared (aliased) objects, non-plain objects, undefined items, and
 * marks it cannot place exactly where `yaml` would.
 */

/** `yaml`'s plainString: a plain scalar that would not read back as the same string. */
const PLAIN_UNSAFE =
  /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
/** `yaml` double-quotes strings with these (stringifyString). */
// eslint-disable-next-line no-control-regex -- the characters it finds are control characters
const FORCES_DOUBLE_QUOTES = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;
/** `yaml`'s containsDocumentMarker: such strings print differently by indentation. */
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;
/** `yaml` writes a key printed longer than this as an explicit `? key`. */
const MAX_IMPLICIT_KEY = 1024;

/**
 * The YAML 1.1 scalar tests a plain string must pass to stay a string (`yaml`'s own tags, so
 * the printer quotes exactly the strings `yaml` quotes: `'1'`, `'yes'`, `'0.5'`, `'~'`...).
 */
const OTHER_TYPE_TESTS: readonly RegExp[] = (() => {
  const { schema } = new Document(null, { version: '1.1' });
  const tags = [...schema.tags, ...(schema.compat ?? [])];
  const tests: RegExp[] = [];
  for (const tag of tags) {
    const test = (tag as { test?: unknown }).test;
    if (tag.default && tag.tag !== 'tag:yaml.org,2002:str' && test instanceof RegExp) {
      tests.push(test);
    }
  }
  return tests;
})();

const printedStrings = new Map<string, string | null>();
/** Enough for every distinct string of a large file's manifests; cleared past it. */
const MAX_CACHED_STRINGS = 20_000;

function printStringUncached(value: string): string | null {
  // No length limit here: with lineWidth 0 a long value prints on one line like a short one;
  // only a key's printed length matters (printMap checks it).
  if (value.includes('\n') || FORCES_DOUBLE_QUOTES.test(value) || DOCUMENT_MARKER.test(value)) {
    return null;
  }
  if (!PLAIN_UNSAFE.test(value) && !OTHER_TYPE_TESTS.some((test) => test.test(value))) {
    return value;
  }
  // quotedString: double quotes when the text has a single quote and no double quote.
  if (value.includes("'") && !value.includes('"')) return null;
  return `'${value.replace(/'/g, "''")}'`;
}

/** A string as `yaml` prints it as a block value or key; null when not handled here. */
function printString(value: string): string | null {
  let printed = printedStrings.get(value);
  if (printed === undefined) {
    printed = printStringUncached(value);
    if (printedStrings.size >= MAX_CACHED_STRINGS) printedStrings.clear();
    printedStrings.set(value, printed);
  }
  return printed;
}

/** `yaml`'s stringifyNumber for a number without format or fraction digits. */
function printNumber(value: number): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? '.nan' : value < 0 ? '-.inf' : '.inf';
  return Object.is(value, -0) ? '-0' : JSON.stringify(value);
}

/** Thrown (and caught below) when the printer meets something it leaves to `yaml`. */
class NotHandled extends Error {}
/** One instance: building an Error (its stack) per give-up cost more than the printing. */
const NOT_HANDLED = new NotHandled('left to yaml');

/** What a span of the printed text holds: a key, or a leaf value (scalar or empty collection). */
export type PrintedSpanKind = 'key' | 'string' | 'number' | 'boolean' | 'null' | 'collection';

/**
 * Where the printer wrote one key or leaf value: `start`/`end` offsets in the printed text (the
 * scalar as written, quotes included; no comment), and the JSON pointer of the key's or value's
 * node. Exactly what reading the text back with `yaml` would give for that node.
 */
export interface PrintedSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: PrintedSpanKind;
  readonly pointer: string;
}

/** One manifest's YAML text and the spans of its keys and leaf values, in text order. */
export interface PrintedManifestYaml {
  readonly text: string;
  readonly spans: readonly PrintedSpan[];
}

interface PrintState {
  /** Comment per JSON pointer, as `attachComment` would set it (` a; b`). */
  readonly comments: ReadonlyMap<string, string>;
  /** Objects seen so far: `yaml` would anchor and alias a repeated one. */
  readonly seen: Set<object>;
  placed: number;
  /** The text so far: appended to as it is printed, so that every span knows its offsets. */
  text: string;
  /** Where keys and leaves went; null when the caller wants the text only. */
  readonly spans: PrintedSpan[] | null;
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * The line comment of the leaf at `pointer`. `exact` is false below a key the comment lookup
 * (`doc.getIn` on the unescaped pointer, digits read as list indexes) would not reach.
 */
function commentAt(state: PrintState, pointer: string, exact: boolean): string {
  if (state.comments.size === 0) return '';
  const comment = state.comments.get(pointer);
  if (comment === undefined) return '';
  if (!exact || comment.includes('\n') || comment === ' ') throw NOT_HANDLED;
  state.placed++;
  // commentString: a leading '#' on the line; lineComment: one space before it.
  return ` #${comment}`;
}

/** The pointer token of a key (RFC 6901), as the marks spell it. */
function escapeKey(key: string): string {
  return key.includes('~') || key.includes('/')
    ? key.replace(/~/g, '~0').replace(/\//g, '~1')
    : key;
}

/** Appends `text` and, when spans are wanted, records where it went. */
function write(state: PrintState, text: string, kind: PrintedSpanKind, pointer: string): void {
  const start = state.text.length;
  state.text += text;
  state.spans?.push({ start, end: state.text.length, kind, pointer });
}

/** A scalar or an empty collection, as printed after `key: ` or `- `. */
function printLeaf(value: unknown, state: PrintState, pointer: string, exact: boolean): void {
  if (typeof value === 'string') {
    const printed = printString(value);
    if (printed === null) throw NOT_HANDLED;
    write(state, printed, 'string', pointer);
  } else if (typeof value === 'number') write(state, printNumber(value), 'number', pointer);
  else if (typeof value === 'boolean') write(state, value ? 'true' : 'false', 'boolean', pointer);
  else if (value === null) write(state, 'null', 'null', pointer);
  else if (typeof value === 'object') {
    // An empty collection's own comment goes on a line of its own in `yaml`.
    if (state.comments.has(pointer)) throw NOT_HANDLED;
    write(state, Array.isArray(value) ? '[]' : '{}', 'collection', pointer);
    return;
  } else throw NOT_HANDLED;
  state.text += commentAt(state, pointer, exact);
}

function isNonEmptyCollection(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.length > 0;
  return Object.keys(value).length > 0;
}

function enter(value: object, state: PrintState): void {
  if (state.seen.has(value)) throw NOT_HANDLED;
  state.seen.add(value);
  if (!Array.isArray(value) && !isPlainObject(value)) throw NOT_HANDLED;
}

/** A non-empty map whose block collection indentation is `indent`. */
function printMap(
  map: object,
  indent: string,
  state: PrintState,
  pointer: string,
  exact: boolean,
): void {
  enter(map, state);
  let first = true;
  for (const key of Object.keys(map)) {
    const value = (map as Record<string, unknown>)[key];
    if (value === undefined) continue; // YAMLMap.from skips undefined values
    const printedKey = printString(key);
    if (printedKey === null || printedKey.length > MAX_IMPLICIT_KEY) throw NOT_HANDLED;
    const childPointer = `${pointer}/${escapeKey(key)}`;
    // The comment lookup reads a key of digits as a list index and would not find it in a map.
    const childExact = exact && !/^\d+$/.test(key);
    if (!first) state.text += `\n${indent}`;
    first = false;
    write(state, printedKey, 'key', childPointer);
    if (!isNonEmptyCollection(value)) {
      state.text += ': ';
      printLeaf(value, state, childPointer, childExact);
    } else if (Array.isArray(value)) {
      // indentSeq: false, a list under a key is not indented further.
      state.text += `:\n${indent}`;
      printSeq(value, indent, state, childPointer, childExact);
    } else {
      const inner = `${indent}  `;
      state.text += `:\n${inner}`;
      printMap(value, inner, state, childPointer, childExact);
    }
  }
  if (first) throw NOT_HANDLED;
}

/** A non-empty list whose block collection indentation is `indent`. */
function printSeq(
  items: readonly unknown[],
  indent: string,
  state: PrintState,
  pointer: string,
  exact: boolean,
): void {
  enter(items, state);
  const inner = `${indent}  `;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (item === undefined) throw NOT_HANDLED;
    const childPointer = `${pointer}/${index}`;
    state.text += index === 0 ? '- ' : `\n${indent}- `;
    if (!isNonEmptyCollection(item)) printLeaf(item, state, childPointer, exact);
    else if (Array.isArray(item)) printSeq(item, inner, state, childPointer, exact);
    else printMap(item, inner, state, childPointer, exact);
  }
}

/** Prints the manifest into a fresh state; undefined when it is left to `yaml`. */
function printInto(
  manifest: object,
  marks: readonly ManifestMark[],
  spans: PrintedSpan[] | null,
): string | undefined {
  const comments = new Map<string, string>();
  for (const { pointer, comment } of marks) {
    const existing = comments.get(pointer);
    comments.set(pointer, existing === undefined ? ` ${comment}` : `${existing}; ${comment}`);
  }
  const state: PrintState = { comments, seen: new Set(), placed: 0, text: '', spans };
  try {
    if (Array.isArray(manifest) || !isNonEmptyCollection(manifest)) return undefined;
    printMap(manifest, '', state, '', true);
    // A mark on a pointer the printer never reached: `yaml` decides where (or whether) it goes.
    if (state.placed !== comments.size) return undefined;
    return `${state.text}\n`;
  } catch (error) {
    if (error instanceof NotHandled) return undefined;
    throw error;
  }
}

/**
 * The YAML text of one manifest (ending with a newline) with `marks` as line comments, exactly
 * as the `yaml` Document printing gives it; undefined when the value has something this
 * printer leaves to `yaml` (see the file's comment).
 */
export function printManifestYaml(
  manifest: object,
  marks: readonly ManifestMark[],
): string | undefined {
  return printInto(manifest, marks, null);
}

/**
 * {@link printManifestYaml} plus, for every key and leaf value, where the printer wrote it (see
 * {@link PrintedSpan}): what a highlighter would otherwise get by parsing the text back.
 */
export function printManifestYamlSpans(
  manifest: object,
  marks: readonly ManifestMark[],
): PrintedManifestYaml | undefined {
  const spans: PrintedSpan[] = [];
  const text = printInto(manifest, marks, spans);
  return text === undefined ? undefined : { text, spans };
}
