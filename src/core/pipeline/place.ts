import type { Diagnostic } from '../diagnostics';
import type { SourcePosition, SourceRange } from '../source-range';
import type { YamlProblem } from '../yaml';

/**
 * Moving results of a chunk's stand-alone analysis to where the chunk sits in the whole text:
 * positions shift by an offset and a line count (columns stay, chunks start at line starts),
 * and the location index 0 of the stand-alone text becomes the chunk's real index, in paths
 * and in the messages that spell paths out (`locations.0.image`).
 */

/** How far a piece of text moved: added to offsets and to (1-based) line numbers. */
export interface Shift {
  readonly offset: number;
  readonly line: number;
}

export const NO_SHIFT: Shift = { offset: 0, line: 0 };

function shiftPosition(position: SourcePosition, shift: Shift): SourcePosition {
  return {
    line: position.line + shift.line,
    column: position.column,
    offset: position.offset + shift.offset,
  };
}

/** `range` moved by `shift`. */
export function shiftRange(range: SourceRange, shift: Shift): SourceRange {
  if (shift.offset === 0 && shift.line === 0) return range;
  return { start: shiftPosition(range.start, shift), end: shiftPosition(range.end, shift) };
}

const INDEX_ZERO = /locations\.0(?!\d)/g;

/** Renames `locations.0` to `locations.<index>` in a message (callers exclude literal ones). */
export function renameIndexInText(text: string, index: number): string {
  // The plain search first: most strings of a render have no path in them, and a regex
  // replace costs several times as much even when it finds nothing.
  if (index === 0 || !text.includes('locations.0')) return text;
  return text.replace(INDEX_ZERO, `locations.${index}`);
}

/** A config path under `locations.0` moved to `locations.<index>`; other paths as they are. */
export function renameIndexInPath<T extends readonly (string | number)[]>(
  path: T,
  index: number,
): T {
  if (index === 0 || path[0] !== 'locations' || path[1] !== 0) return path;
  return ['locations', index, ...path.slice(2)] as unknown as T;
}

/** A diagnostic of a stand-alone chunk, placed in the whole text as location `index`. */
export function placeDiagnostic(diagnostic: Diagnostic, shift: Shift, index: number): Diagnostic {
  const placed: Diagnostic = {
    ...diagnostic,
    message: renameIndexInText(diagnostic.message, index),
    path: renameIndexInPath(diagnostic.path, index),
    range: shiftRange(diagnostic.range, shift),
  };
  return diagnostic.hint === undefined
    ? placed
    : { ...placed, hint: renameIndexInText(diagnostic.hint, index) };
}

/** A YAML problem of a stand-alone chunk, placed in the whole text. */
export function placeProblem(problem: YamlProblem, shift: Shift): YamlProblem {
  return { ...problem, range: shiftRange(problem.range, shift) };
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * A copy of `value` (a render result: plain data, Maps and arrays) with location 0 renamed to
 * `index` in every string and every `path` array. Unchanged parts keep their identity.
 */
export function renameIndexDeep<T>(value: T, index: number): T {
  if (index === 0) return value;
  return renameValue(value, index) as T;
}

function renameValue(value: unknown, index: number, key?: string): unknown {
  if (typeof value === 'string') return renameIndexInText(value, index);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    if (key === 'path') return renameIndexInPath(value as (string | number)[], index);
    return renameArray(value, index);
  }
  if (value instanceof Map) return renameMap(value, index);
  return isPlainObject(value) ? renameObject(value, index) : value;
}

// The copies below are made on the first changed entry only: most of a render has no
// `locations.0` in it, and a keystroke should not allocate a throwaway copy of every object.

function renameArray(list: readonly unknown[], index: number): unknown {
  let out: unknown[] | undefined;
  for (let at = 0; at < list.length; at++) {
    const item = list[at];
    const next = renameValue(item, index);
    if (out) out.push(next);
    else if (next !== item) {
      out = list.slice(0, at);
      out.push(next);
    }
  }
  return out ?? list;
}

function renameMap(map: ReadonlyMap<unknown, unknown>, index: number): unknown {
  let out: Map<unknown, unknown> | undefined;
  let seen = 0;
  for (const [key, item] of map) {
    const next = renameValue(item, index);
    if (out) out.set(key, next);
    else if (next !== item) {
      out = new Map();
      let copied = 0;
      for (const [earlier, value] of map) {
        if (copied++ === seen) break;
        out.set(earlier, value);
      }
      out.set(key, next);
    }
    seen++;
  }
  return out ?? map;
}

function renameObject(object: Record<string, unknown>, index: number): unknown {
  let out: Record<string, unknown> | undefined;
  const keys = Object.keys(object);
  for (let at = 0; at < keys.length; at++) {
    const key = keys[at]!;
    const item = object[key];
    const next = renameValue(item, index, key);
    if (out) out[key] = next;
    else if (next !== item) {
      out = {};
      for (let earlier = 0; earlier < at; earlier++) out[keys[earlier]!] = object[keys[earlier]!];
      out[key] = next;
    }
  }
  return out ?? object;
}
