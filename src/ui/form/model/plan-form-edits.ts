import {
  applyTextEdits,
  parseYamlText,
  planDuplicateListItem,
  planInsertListItem,
  planMoveListItem,
  planRemove,
  planRenameKey,
  planSetValue,
  type ParsedYaml,
  type TextEdit,
} from '../../../core/yaml';
import { findChangedSpan } from '../../../core/pipeline';
import type { FormEdit } from './form-edit';

function planOneFormEdit(parsed: ParsedYaml, edit: FormEdit): TextEdit[] {
  switch (edit.kind) {
    case 'set':
      return planSetValue(parsed, edit.path, edit.value);
    case 'remove':
      return planRemove(parsed, edit.path);
    case 'insert':
      return planInsertListItem(parsed, edit.listPath, edit.index, edit.value);
    case 'move':
      return planMoveListItem(parsed, edit.listPath, edit.from, edit.to);
    case 'rename':
      return planRenameKey(parsed, edit.path, edit.newKey);
    case 'duplicate':
      return planDuplicateListItem(parsed, edit.listPath, edit.index);
  }
}

/**
 * The single splice that turns `before` into `after`: everything outside the differing middle
 * stays byte-identical, and the editor records it as one undo step.
 */
export function diffTextsAsEdit(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const { start, oldEnd, newEnd } = findChangedSpan(before, after);
  return [{ offset: start, deleteCount: oldEnd - start, insert: after.slice(start, newEnd) }];
}

/**
 * Turns form edits into text edits of `text` (whose parse is `parsed`). One edit is planned
 * directly; several are planned one after the other on the re-parsed result (each may move the
 * next one's node) and returned as one splice, so a form action is one undo step.
 */
export function planFormEdits(
  text: string,
  parsed: ParsedYaml,
  edits: readonly FormEdit[],
): TextEdit[] {
  if (edits.length === 0) return [];
  if (edits.length === 1) return planOneFormEdit(parsed, edits[0]!);
  let current = text;
  let currentParsed = parsed;
  for (const edit of edits) {
    current = applyTextEdits(current, planOneFormEdit(currentParsed, edit));
    currentParsed = parseYamlText(current);
  }
  return diffTextsAsEdit(text, current);
}
