/**
 * The lossless YAML layer: read `dagster_cloud.yaml` text the way Dagster does, map config
 * paths to source ranges and back, and plan minimal text edits that keep every other byte.
 */
export type { ParsedYaml, YamlProblem } from './types';
export {
  parseYamlText,
  takeOrParseYamlText,
  MAX_ALIASES,
  MAX_EXPANDED_NODES,
  MAX_NESTING_DEPTH,
} from './parse-yaml';
export { printYamlTokens } from './print-yaml';
export type { LineIndex } from './line-index';
export {
  createLineIndex,
  countLineBreaks,
  findLastStartAtOrBefore,
  offsetToPosition,
  positionToOffset,
  rangeFromOffsets,
} from './line-index';
export type { PathRange, NearestPathRange } from './path-range';
export { findPathRange, findNearestPathRange, findPathAtOffset } from './path-range';
export { isPlainNonString } from './pyyaml-schema';
export type { TextEdit } from './text-edit';
export { applyTextEdits, findTextEditRange } from './text-edit';
export { planSetValue } from './plan-set-value';
export { planInsertListItem } from './plan-insert';
export { planRemove } from './plan-remove';
export { planMoveListItem } from './plan-move';
export { planRenameKey } from './plan-rename-key';
export { planDuplicateListItem } from './plan-duplicate';
