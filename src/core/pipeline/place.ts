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
  return index === 0 ? text : text.replace(INDEX_ZERO, `locations.${index}`);
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

function renameArray(list: readonly unknown[], index: number): unknown {
  let changed = false;
  const out = list.map((item) => {
    const next = renameValue(item, index);
    changed ||= next !== item;
    return next;
  });
  return changed ? out : list;
}

function renameMap(map: ReadonlyMap<unknown, unknown>, index: number): unknown {
  let changed = false;
  const out = new Map<unknown, unknown>();
  for (const [key, item] of map) {
    const next = renameValue(item, index);
    changed ||= next !== item;
    out.set(key, next);
  }
  return changed ? out : map;
}

function renameObject(object: Record<string, unknown>, index: number): unknown {
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(object)) {
    const next = renameValue(object[key], index, key);
    changed ||= next !== object[key];
    out[key] = next;
  }
  return changed ? out : object;
}
