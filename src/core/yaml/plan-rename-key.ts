import { isMap, isScalar } from 'yaml';
import type { ConfigPath } from '../source-range';
import { describePathError, isFlowNode } from './edit-context';
import { findPairIndex, walkPath } from './path-walk';
import { renderScalar } from './scalar-render';
import type { ScalarStyle } from './scalar-render';
import { replaceRange } from './text-edit';
import type { TextEdit } from './text-edit';
import type { ParsedYaml } from './types';

/**
 * Plans renaming the map key at `path` to `newKey`, keeping its quoting where possible and
 * everything else in place. Throws when the path is not a map key or `newKey` already
 * exists in that map (Dagster would keep only one of the two).
 */
export function planRenameKey(parsed: ParsedYaml, path: ConfigPath, newKey: string): TextEdit[] {
  const walk = walkPath(parsed.document, path);
  const last = walk.steps[walk.steps.length - 1];
  if (!walk.complete || !last?.pair) throw describePathError(path, 'it is not a map key');
  const key = last.pair.key;
  if (!isScalar(key)) throw describePathError(path, 'the key is not a scalar');
  if (String(last.segment) === newKey) return [];
  if (isMap(last.parent) && findPairIndex(last.parent, newKey) >= 0) {
    throw describePathError(path, `the key '${newKey}' already exists there`);
  }
  const inFlow = walk.steps.some((step) => isFlowNode(step.parent));
  const text = renderScalar(newKey, {
    flow: inFlow,
    key: true,
    style: key.type as ScalarStyle | undefined,
  }).head;
  return [replaceRange(key.range[0], key.range[1], text)];
}
