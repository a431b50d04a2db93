import { findLineEnd } from './edit-context';
import { renderScalar } from './scalar-render';
import type { TextEdit } from './text-edit';
import type { ParsedYaml } from './types';
import { isPlainObject } from './value-render';

/** True when `value`, written in block style, ends with the body of a block scalar (`|`). */
export function endsWithBlockScalar(value: unknown): boolean {
  let last = value;
  for (;;) {
    if (Array.isArray(last)) {
      if (last.length === 0) return false;
      last = last[last.length - 1];
    } else if (isPlainObject(last)) {
      const values = Object.values(last).filter((entry) => entry !== undefined);
      if (values.length === 0) return false;
      last = values[values.length - 1];
    } else {
      return typeof last === 'string' && renderScalar(last, { flow: false }).body !== undefined;
    }
  }
}

const LINE_BREAK = /\r\n|\n|\r/y;

/**
 * Makes an edit whose inserted text ends with a block scalar body safe from what follows it:
 * a block scalar swallows the rest of its last line and the following lines indented as
 * deep as its body (whitespace-only or comments). A comment left after the replaced value
 * moves to the end of the new text's first line; whitespace-only lines become empty; deeper
 * comment lines move left, just out of the body.
 */
export function closeBlockScalar(parsed: ParsedYaml, edit: TextEdit): TextEdit {
  const { text } = parsed;
  const end = edit.offset + edit.deleteCount;
  const lineEnd = findLineEnd(parsed, end);
  let insert = edit.insert;
  const rest = text.slice(end, lineEnd);
  if (rest.trim() !== '') {
    const firstBreak = insert.search(/\r\n|\n|\r/);
    if (firstBreak > 0) insert = insert.slice(0, firstBreak) + rest + insert.slice(firstBreak);
  }
  const lastLine = insert.slice(insert.search(/[^\r\n]*$/));
  const bodyIndent = lastLine.length - lastLine.trimStart().length;
  const commentIndent = ' '.repeat(Math.max(0, bodyIndent - 2));
  let cursor = lineEnd;
  for (;;) {
    LINE_BREAK.lastIndex = cursor;
    const lineBreak = LINE_BREAK.exec(text);
    if (!lineBreak) break;
    const lineStart = cursor + lineBreak[0].length;
    let next = lineStart;
    while (text[next] === ' ' || text[next] === '\t') next++;
    const blank = next === text.length || text[next] === '\n' || text[next] === '\r';
    if (blank && next > lineStart) {
      insert += lineBreak[0];
      cursor = next;
    } else if (text[next] === '#' && next - lineStart >= bodyIndent) {
      insert += lineBreak[0] + commentIndent;
      cursor = next;
    } else {
      break;
    }
  }
  return { offset: edit.offset, deleteCount: cursor - edit.offset, insert };
}
