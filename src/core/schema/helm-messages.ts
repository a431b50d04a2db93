import { formatConfigPath, type ConfigPath } from '../source-range';
import type { Issue } from './zod-issue';

function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const JSON_TYPES: Record<string, string> = { record: 'object', int: 'integer' };

/** The chart's JSON Schema check, in Helm's (gojsonschema's) words. */
export function helmMessage(
  issue: Issue,
  path: ConfigPath,
  missing: boolean,
): { message: string; code: string } {
  const field = formatConfigPath(path) || '(root)';
  if (missing) return { message: `${String(path.at(-1))} is required`, code: 'required' };
  if (issue.code === 'invalid_value')
    return {
      message: `${field} must be one of the following: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      code: 'enum',
    };
  if (issue.code === 'invalid_type')
    return {
      message: `Invalid type. Expected: ${JSON_TYPES[issue.expected] ?? issue.expected}, given: ${jsonTypeOf(issue.input)}`,
      code: 'invalid_type',
    };
  return { message: `${field}: ${issue.message}`, code: issue.code };
}
