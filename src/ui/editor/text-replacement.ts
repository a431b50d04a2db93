import { findChangedSpan } from '../../core/pipeline';
import type { TextEdit } from '../../core/yaml';

/**
 * The single edit that turns `before` into `after`: everything between their common prefix and
 * common suffix. Applied to Monaco as one operation, it keeps the cursor, scroll and undo history
 * of the untouched text. Never splits a UTF-16 surrogate pair. Returns `null` when equal.
 */
export function computeTextReplacement(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  // Block-wise native compares: a form edit in a 60 KB file compared it char by char (~1 ms).
  const span = findChangedSpan(before, after);
  let prefix = span.start;
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix -= 1;
  let suffix = before.length - span.oldEnd;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix -= 1;
  return {
    offset: prefix,
    deleteCount: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
