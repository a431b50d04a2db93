import type { ConfigPath } from '../source-range';
import { assertNoUsedAnchorInside } from './anchor-guard';
import { describePathError, locateNode } from './edit-context';
import { walkPath } from './path-walk';
import { planSetValueAt } from './plan-insert';
import { planReplaceNode } from './replace-node';
import type { TextEdit } from './text-edit';
import type { ParsedYaml } from './types';
import { holdsValue } from './value-equality';

/**
 * Plans the minimal edits that make `path` hold `value`, leaving every other byte alone.
 * A scalar keeps its quoting where the new value allows it and is quoted when the plain form
 * would read as another type (`"yes"`, `"1.0"`, `"null"`); a map or list replaces the subtree
 * in the file's indentation. Missing keys along the path are created in the nearest existing
 * map, after its last key (an empty file or `{}` works too). No edit when the value is
 * already there. Throws when the path cannot be made to exist (a list index past the end,
 * a path through an alias).
 */
export function planSetValue(parsed: ParsedYaml, path: ConfigPath, value: unknown): TextEdit[] {
  if (value === undefined) throw describePathError(path, 'the value is undefined');
  const walk = walkPath(parsed.document, path);
  if (!walk.complete) return planSetValueAt(parsed, path, value);
  const site = locateNode(parsed, path, walk.steps);
  if (site.node ? holdsValue(parsed.document, site.node, value) : value === null) return [];
  assertNoUsedAnchorInside(parsed.document, site.node, path, true);
  return planReplaceNode(site, value);
}
