import { formatConfigPath, type ConfigPath } from '../source-range';
import type { Issue } from './zod-issue';

const PYDANTIC_TYPES: Record<string, [string, string]> = {
  string: ['string_type', 'Input should be a valid string'],
  array: ['list_type', 'Input should be a valid list'],
  record: ['dict_type', 'Input should be a valid dictionary'],
  object: ['dict_type', 'Input should be a valid dictionary'],
  boolean: ['bool_type', 'Input should be a valid boolean'],
  number: ['int_type', 'Input should be a valid integer'],
  int: ['int_type', 'Input should be a valid integer'],
};

/** The dagster-cloud CLI's pydantic 2 wording: `"{type} at '{loc}': {msg}"`. */
export function pydanticMessage(
  issue: Issue,
  path: ConfigPath,
  missing: boolean,
  pydanticModelAt: ((path: ConfigPath) => string | undefined) | undefined,
): { message: string; code: string } {
  const loc = formatConfigPath(path);
  if (missing) return { message: `missing at '${loc}': Field required`, code: 'missing' };
  if (issue.code === 'invalid_type') {
    const model = issue.expected === 'object' ? pydanticModelAt?.(path) : undefined;
    if (model)
      return {
        message: `model_type at '${loc}': Input should be a valid dictionary or instance of ${model}`,
        code: 'model_type',
      };
    const [type, text] = PYDANTIC_TYPES[issue.expected] ?? [
      'type_error',
      'Input has the wrong type',
    ];
    return { message: `${type} at '${loc}': ${text}`, code: type };
  }
  return { message: `value_error at '${loc}': Value error, ${issue.message}`, code: 'value_error' };
}
