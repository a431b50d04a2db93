import { z } from 'zod';
import type { FieldHelpNode, FieldHelpStep } from './field-help-tree';
import { defOf } from './schema-walk';

/**
 * Builds the field-help tree (field-help-tree.ts) from a zod schema: what the form's field help
 * read from the schema at startup before. Used by `npm run generate:field-help`
 * (scripts/generate-field-help.mjs), which writes field-help-data.ts from it, and by the test that
 * keeps that file equal to the schema; the app itself never imports it.
 */

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch']);

/**
 * Unwraps optional/nullable/pipe layers, keeping the first description met on the way: the schema
 * attaches descriptions at different layers (`documentField(x.nullable()).optional()`).
 */
function unwrapDescribed(schema: z.ZodType): { schema: z.ZodType; description?: string } {
  let current = schema;
  let description = z.globalRegistry.get(current)?.description;
  for (;;) {
    const def = defOf(current);
    const next = WRAPPERS.has(def.type)
      ? def.innerType
      : def.type === 'pipe'
        ? (def.out ?? def.in)
        : undefined;
    if (!next) return description ? { schema: current, description } : { schema: current };
    current = next;
    description ??= z.globalRegistry.get(current)?.description;
  }
}

function stepsOf(schema: z.ZodType, ancestors: Set<z.ZodType>): FieldHelpStep[] {
  const def = defOf(schema);
  if (def.type === 'object' && def.shape) {
    const keys = Object.fromEntries(
      Object.entries(def.shape).map(([key, child]) => [key, nodeOf(child, ancestors)]),
    );
    return [{ keys }];
  }
  if (def.type === 'array' && def.element) return [{ item: nodeOf(def.element, ancestors) }];
  if (def.type === 'record' && def.valueType) return [{ value: nodeOf(def.valueType, ancestors) }];
  if (def.type === 'union' && def.options) {
    return def.options.flatMap((option) => stepsOf(unwrapDescribed(option).schema, ancestors));
  }
  return [];
}

function nodeOf(schema: z.ZodType, ancestors: Set<z.ZodType>): FieldHelpNode {
  if (ancestors.has(schema)) throw new Error('buildFieldHelpTree: the schema is recursive');
  ancestors.add(schema);
  const { schema: inner, description } = unwrapDescribed(schema);
  const steps = stepsOf(inner, ancestors);
  ancestors.delete(schema);
  return {
    ...(description === undefined ? {} : { d: description }),
    ...(steps.length === 0 ? {} : { s: steps }),
  };
}

/** The field-help tree of `schema`: each position's description and where paths lead on. */
export function buildFieldHelpTree(schema: z.ZodType): FieldHelpNode {
  return nodeOf(schema, new Set());
}
