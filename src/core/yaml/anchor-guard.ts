import { isCollection, isNode, visit } from 'yaml';
import type { Document, Node } from 'yaml';
import type { ConfigPath } from '../source-range';
import { describePathError } from './edit-context';

function isInside(node: Node, container: Node): boolean {
  const [start = 0] = node.range ?? [];
  const [from = 0, , to = 0] = container.range ?? [];
  return start >= from && start < to;
}

/**
 * Throws when removing or replacing `node` would delete an anchor that an alias elsewhere
 * uses: the file would no longer load ("Unresolved alias"). With `keepOwnAnchor` the node's
 * own `&anchor` survives the edit (it sits before the replaced text) and does not count.
 */
export function assertNoUsedAnchorInside(
  document: Document.Parsed,
  node: Node | null,
  path: ConfigPath,
  keepOwnAnchor: boolean,
): void {
  if (!node) return;
  const defined = new Set<string>();
  if (!keepOwnAnchor && node.anchor) defined.add(node.anchor);
  if (isCollection(node)) {
    visit(node, {
      Node: (_key, inner) => {
        if (isNode(inner) && inner.anchor && inner !== node) defined.add(inner.anchor);
      },
    });
  }
  if (defined.size === 0) return;
  visit(document, {
    Alias: (_key, alias) => {
      if (defined.has(alias.source) && !isInside(alias, node)) {
        throw describePathError(
          path,
          `it defines the anchor &${alias.source} that the alias *${alias.source} uses elsewhere`,
        );
      }
    },
  });
}
