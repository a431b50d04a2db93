import type { SourceRange } from '../source-range';
import { rangeFromOffsets } from './line-index';
import type { LineIndex } from './line-index';

/**
 * One splice of the text: delete `deleteCount` UTF-16 code units at `offset`, then insert
 * `insert` there. Offsets always refer to the original text, so an editor can apply a plan
 * as one batch (Monaco `executeEdits`) and undo it in one step.
 */
export interface TextEdit {
  readonly offset: number;
  readonly deleteCount: number;
  readonly insert: string;
}

/**
 * Applies edits planned against `text`. Edits must not overlap; inserts at the same offset
 * apply in the order given. Throws on overlapping or out-of-range edits rather than guess.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = edits
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => a.edit.offset - b.edit.offset || a.order - b.order)
    .map(({ edit }) => edit);
  let out = '';
  let cursor = 0;
  for (const { offset, deleteCount, insert } of ordered) {
    if (offset < cursor || deleteCount < 0 || offset + deleteCount > text.length) {
      throw new Error(`Text edits overlap or leave the text (at offset ${offset})`);
    }
    out += text.slice(cursor, offset) + insert;
    cursor = offset + deleteCount;
  }
  return out + text.slice(cursor);
}

/** An edit replacing `[start, end)` with `insert`. */
export function replaceRange(start: number, end: number, insert: string): TextEdit {
  return { offset: start, deleteCount: end - start, insert };
}

/**
 * The range an edit replaces, as 1-based line/column positions: what an editor needs to apply
 * it as an edit operation (Monaco `executeEdits`) rather than as a whole new text.
 */
export function findTextEditRange(index: LineIndex, edit: TextEdit): SourceRange {
  return rangeFromOffsets(index, edit.offset, edit.offset + edit.deleteCount);
}
