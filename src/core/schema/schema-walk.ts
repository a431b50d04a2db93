import type { z } from 'zod';
import type { ConfigPath } from '../source-range';

/** The parts of a zod 4 definition the schema walks read (zod keeps them on `_zod.def`). */
export interface LooseDef {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly out?: z.ZodType;
  readonly in?: z.ZodType;
  readonly valueType?: z.ZodType;
}

/** A schema's definition, read loosely (zod 4 does not type `_zod.def` per kind here). */
export function defOf(schema: z.ZodType): LooseDef {
  return schema._zod.def as unknown as LooseDef;
}

/** Strips wrappers that do not change the shape of the value (optional, nullable, pipe…). */
function unwrapSchema(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (
      (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') &&
      def.innerType
    )
      current = def.innerType;
    else if (def.type === 'pipe' && def.out) current = def.out;
    else return current;
  }
}

/**
 * The schema that validates the value at `path` inside `root`, following object keys, array
 * items and record values. Unions resolve to their first object-shaped option.
 */
export function findSchemaAtPath(root: z.ZodType, path: ConfigPath): z.ZodType | undefined {
  let current: z.ZodType | undefined = unwrapSchema(root);
  for (const segment of path) {
    if (!current) return undefined;
    const def = defOf(current);
    if (def.type === 'object' && def.shape && typeof segment === 'string') {
      current = Object.hasOwn(def.shape, segment) ? def.shape[segment] : undefined;
    } else if (def.type === 'array' && def.element && typeof segment === 'number') {
      current = def.element;
    } else if (def.type === 'record' && def.valueType) {
      current = def.valueType;
    } else if (def.type === 'union' && def.options) {
      const objectOption = def.options.find((o) => defOf(unwrapSchema(o)).type === 'object');
      current = objectOption ? findSchemaAtPath(objectOption, [segment]) : undefined;
    } else {
      return undefined;
    }
    current = current ? unwrapSchema(current) : undefined;
  }
  return current;
}

/** The keys an object schema at `path` declares, or undefined when it is not an object. */
export function findObjectKeysAtPath(root: z.ZodType, path: ConfigPath): string[] | undefined {
  const schema = findSchemaAtPath(root, path);
  if (!schema) return undefined;
  const def = defOf(schema);
  if (def.type === 'object' && def.shape) return Object.keys(def.shape);
  if (def.type === 'union' && def.options) {
    const objectOption = def.options.map(unwrapSchema).find((o) => defOf(o).type === 'object');
    const shape = objectOption ? defOf(objectOption).shape : undefined;
    return shape ? Object.keys(shape) : undefined;
  }
  return undefined;
}
