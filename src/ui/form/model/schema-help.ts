import { DAGSTER_CLOUD_FIELD_HELP, findFieldDescription } from '../../../core/schema';
import type { ConfigPath } from '../../../core/source-range';

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
    // A static table of the schema's descriptions: zod and the schemas load after the first paint.
    const description = findFieldDescription(DAGSTER_CLOUD_FIELD_HELP, path);
    cache.set(key, description === undefined ? undefined : parseFieldHelp(description));
  }
  return cache.get(key);
}
