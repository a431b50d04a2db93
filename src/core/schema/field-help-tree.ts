import type { ConfigPath } from '../source-range';

/**
 * The schema's field descriptions as plain data, so the form can show field help without loading
 * zod and the schemas at startup (docs/performance.md §3). field-help-data.ts is generated from
 * the zod schema by buildFieldHelpTree (field-help-build.ts); a unit test keeps them equal.
 */

/** One schema position: its description and the ways a path can go on from it. */
export interface FieldHelpNode {
  /** The first description met while unwrapping optional/nullable/default/pipe layers. */
  readonly d?: string;
  /** Where a path segment leads, tried in order (a union contributes each option's steps). */
  readonly s?: readonly FieldHelpStep[];
}

/** An object's keys, an array's items, or a record's values. */
export type FieldHelpStep =
  | { readonly keys: Readonly<Record<string, FieldHelpNode>> }
  | { readonly item: FieldHelpNode }
  | { readonly value: FieldHelpNode };

function stepInto(node: FieldHelpNode, segment: string | number): FieldHelpNode | undefined {
  for (const step of node.s ?? []) {
    if ('keys' in step) {
      if (typeof segment === 'string' && Object.hasOwn(step.keys, segment))
        return step.keys[segment];
    } else if ('item' in step) {
      if (typeof segment === 'number') return step.item;
    } else {
      return step.value;
    }
  }
  return undefined;
}

/**
 * The schema description of the field at `path` (list indices included), or undefined where
 * the schema has none or does not model the path.
 */
export function findFieldDescription(root: FieldHelpNode, path: ConfigPath): string | undefined {
  let current: FieldHelpNode | undefined = root;
  for (const segment of path) {
    current = current && stepInto(current, segment);
    if (!current) return undefined;
  }
  return current.d;
}
