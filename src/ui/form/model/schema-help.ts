import { z } from 'zod';
import { dagsterCloudConfigSchema } from '../../../core/schema';
import type { ConfigPath } from '../../../core/source-range';

/** The parts of a zod 4 definition this walk reads (zod keeps them on `_zod.def`). */
interface WalkDef {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly out?: z.ZodType;
  readonly in?: z.ZodType;
  readonly valueType?: z.ZodType;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch']);

function defOf(schema: z.ZodType): WalkDef {
  return schema._zod.def as unknown as WalkDef;
}

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

function stepInto(schema: z.ZodType, segment: string | number): z.ZodType | undefined {
  const def = defOf(schema);
  if (def.type === 'object' && def.shape && typeof segment === 'string') {
    return Object.hasOwn(def.shape, segment) ? def.shape[segment] : undefined;
  }
  if (def.type === 'array' && typeof segment === 'number') return def.element;
  if (def.type === 'record') return def.valueType;
  if (def.type === 'union' && def.options) {
    for (const option of def.options) {
      const found = stepInto(unwrapDescribed(option).schema, segment);
      if (found) return found;
    }
  }
  return undefined;
}

function describeAt(root: z.ZodType, path: ConfigPath): string | undefined {
  let current: z.ZodType | undefined = root;
  let description: string | undefined;
  for (const segment of path) {
    if (!current) return undefined;
    current = stepInto(unwrapDescribed(current).schema, segment);
  }
  if (current) description = unwrapDescribed(current).description;
  return description;
}

/** Help for one field: what it does, and which Kubernetes objects it reaches. */
export interface FieldHelp {
  readonly text: string;
  readonly appliesTo?: 'run' | 'server' | 'both';
}

/**
 * Splits a schema description (text, an "Applies to:" line, an "Example:" line) into what the
 * form shows: the text as help, the target as a badge; examples are for editor hovers.
 */
export function parseFieldHelp(description: string): FieldHelp {
  const lines = description.split('\n');
  const text = lines
    .filter((line) => !line.startsWith('Example:') && !line.startsWith('Applies to:'))
    .join(' ');
  const applies = lines.find((line) => line.startsWith('Applies to:')) ?? '';
  if (/both/.test(applies)) return { text, appliesTo: 'both' };
  if (/runs only/.test(applies)) return { text, appliesTo: 'run' };
  if (/code server only/.test(applies)) return { text, appliesTo: 'server' };
  return { text };
}

const cache = new Map<string, FieldHelp | undefined>();

/**
 * Help for the field at `path` (list indices included) from the schema's user-facing
 * descriptions, or undefined where the schema has none (e.g. inside raw Kubernetes fragments).
 */
export function describeConfigPath(path: ConfigPath): FieldHelp | undefined {
  // Indices do not change the schema: cache per shape of the path.
  const key = path.map((s) => (typeof s === 'number' ? '#' : s)).join('\u0000');
  if (!cache.has(key)) {
    const description = describeAt(dagsterCloudConfigSchema, path);
    cache.set(key, description === undefined ? undefined : parseFieldHelp(description));
  }
  return cache.get(key);
}
