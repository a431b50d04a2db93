import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { YAMLMap, YAMLSeq } from 'yaml';
import type { ConfigPath } from '../source-range';
import { closeBlockScalar, endsWithBlockScalar } from './block-scalar-end';
import { describeCollection } from './collection-layout';
import { describePathError, locateNode } from './edit-context';
import { walkPath } from './path-walk';
import type { PathStep } from './path-walk';
import { planReplaceNode } from './replace-node';
import { replaceRange } from './text-edit';
import type { TextEdit } from './text-edit';
import type { ParsedYaml } from './types';
import {
  renderFlowValue,
  renderKey,
  renderMapLines,
  renderSequenceItemLines,
} from './value-render';
import { detectEol } from './edit-context';
import { detectIndentStyle } from './indent-style';

/**
 * Plans adding `key: value` to the map at `path` (reached by `steps`): after its last entry,
 * at that entry's indentation (block) or as `, key: value` (flow). An empty `{}` in block
 * context becomes a block map.
 */
export function planInsertPair(
  parsed: ParsedYaml,
  path: ConfigPath,
  steps: readonly PathStep[],
  map: YAMLMap.Parsed,
  key: string,
  value: unknown,
): TextEdit[] {
  const entry = { [key]: value };
  if (map.items.length === 0) return planReplaceNode(locateNode(parsed, path, steps), entry);
  const layout = describeCollection(parsed, map, steps.length === 0);
  const last = layout.items[layout.items.length - 1];
  if (!last) return [];
  if (layout.flow) {
    return [
      replaceRange(last.end, last.end, `, ${renderKey(key, true)}: ${renderFlowValue(value)}`),
    ];
  }
  const eol = detectEol(parsed.text);
  const lines = renderMapLines(entry, layout.column, detectIndentStyle(parsed));
  const edit = replaceRange(last.end, last.end, eol + lines.join(eol));
  return [endsWithBlockScalar(entry) ? closeBlockScalar(parsed, edit) : edit];
}

/**
 * Plans inserting `value` into the list at `path` before item `index` (appending when
 * `index` is at or past the end), in the list's style. An empty `[]` in block context
 * becomes a block list.
 */
export function planInsertItem(
  parsed: ParsedYaml,
  path: ConfigPath,
  steps: readonly PathStep[],
  list: YAMLSeq.Parsed,
  index: number,
  value: unknown,
): TextEdit[] {
  if (list.items.length === 0) return planReplaceNode(locateNode(parsed, path, steps), [value]);
  const layout = describeCollection(parsed, list, steps.length === 0);
  const before = layout.items[index];
  const last = layout.items[layout.items.length - 1];
  if (!last) return [];
  if (layout.flow) {
    const text = renderFlowValue(value);
    return before
      ? [replaceRange(before.start, before.start, `${text}, `)]
      : [replaceRange(last.end, last.end, `, ${text}`)];
  }
  const eol = detectEol(parsed.text);
  const lines = renderSequenceItemLines(value, layout.column, detectIndentStyle(parsed));
  if (!before) {
    const edit = replaceRange(last.end, last.end, eol + lines.join(eol));
    return [endsWithBlockScalar([value]) ? closeBlockScalar(parsed, edit) : edit];
  }
  const text = lines.join(eol).slice(layout.column) + eol + ' '.repeat(layout.column);
  return [replaceRange(before.start, before.start, text)];
}

/**
 * Plans inserting `value` into the list at `listPath` before item `index` (`undefined`, or
 * an index at or past the end, appends). Keeps the list's style (block `- item` at its
 * indentation, or flow `[a, b]`); creates the list (and missing parents) when absent.
 * Throws when `listPath` holds something other than a list or nothing.
 */
export function planInsertListItem(
  parsed: ParsedYaml,
  listPath: ConfigPath,
  index: number | undefined,
  value: unknown,
): TextEdit[] {
  if (index !== undefined && (!Number.isInteger(index) || index < 0)) {
    throw describePathError(listPath, `invalid list index ${index}`);
  }
  const walk = walkPath(parsed.document, listPath);
  if (!walk.complete) return planSetValueAt(parsed, listPath, [value]);
  const node = walk.node;
  if (isSeq(node)) {
    const at = index === undefined ? node.items.length : Math.min(index, node.items.length);
    return planInsertItem(parsed, listPath, walk.steps, node, at, value);
  }
  if (!node || (isScalar(node) && node.value === null)) {
    return planReplaceNode(locateNode(parsed, listPath, walk.steps), [value]);
  }
  throw describePathError(listPath, 'it is not a list');
}

/** Builds the value for the missing part of a path: `['a', 0]` + v gives `{a: [v]}`. */
function nestValue(path: ConfigPath, rest: ConfigPath, value: unknown): unknown {
  let nested = value;
  for (let i = rest.length - 1; i >= 0; i--) {
    const segment = rest[i];
    if (typeof segment === 'number') {
      if (segment !== 0) throw describePathError(path, `list index ${segment} does not exist`);
      nested = [nested];
    } else {
      nested = { [segment as string]: nested };
    }
  }
  return nested;
}

/**
 * Plans setting the value at `path`, creating the keys that are missing in the right parent
 * (see `planSetValue`).
 */
export function planSetValueAt(parsed: ParsedYaml, path: ConfigPath, value: unknown): TextEdit[] {
  const walk = walkPath(parsed.document, path);
  const depth = walk.steps.length;
  const at = path.slice(0, depth);
  const rest = path.slice(depth);
  const node = walk.node;
  const [first, ...deeper] = rest;
  if (first === undefined) throw describePathError(path, 'the path exists');
  if (isMap(node)) {
    return planInsertPair(
      parsed,
      at,
      walk.steps,
      node,
      String(first),
      nestValue(path, deeper, value),
    );
  }
  if (isSeq(node)) {
    if (first !== node.items.length) {
      throw describePathError(path, `list '${at.join('.')}' has no item ${String(first)}`);
    }
    return planInsertItem(parsed, at, walk.steps, node, first, nestValue(path, deeper, value));
  }
  if (isAlias(node)) {
    throw describePathError(
      path,
      `it goes through the alias *${node.source}; edit the anchored node instead`,
    );
  }
  // Nothing, a null or another scalar in the way: it becomes the nested value.
  return planReplaceNode(locateNode(parsed, at, walk.steps), nestValue(path, rest, value));
}
