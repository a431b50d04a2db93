import type { ConfigPath } from '../source-range';
import { formatPythonStr, formatPythonType } from './python-repr';
import type { Issue } from './zod-issue';

const DAGSTER_SCALARS: Record<string, string> = {
  string: 'String',
  boolean: 'Bool',
  number: 'Int',
  int: 'Int',
};

/** Dagster's config-system wording (`dagster/_config/errors.py`), paths relative to `root`. */
export function dagsterConfigMessage(
  issue: Issue,
  path: ConfigPath,
  missing: boolean,
  root: ConfigPath,
): { message: string; code: string } {
  const key = path.at(-1);
  if (missing)
    return {
      message: `Missing required config entry "${String(key)}" ${dagsterPathMessage(path.slice(0, -1), root)}. Sample config for missing entry: {'${String(key)}': '...'}`,
      code: 'missing-config-entry',
    };
  const where = dagsterPathMessage(path, root);
  if (issue.code === 'invalid_type') {
    if (issue.input === null)
      return { message: `Value ${where} must not be None.`, code: 'none-not-allowed' };
    if (issue.expected === 'array')
      return { message: `Value ${where} must be list.`, code: 'not-a-list' };
    if (issue.expected === 'object' || issue.expected === 'record')
      return { message: `Value ${where} must be dict.`, code: 'not-a-dict' };
    const typeName = DAGSTER_SCALARS[issue.expected] ?? issue.expected;
    return {
      message: `Invalid scalar ${where}. Value "${formatPythonStr(issue.input)}" of type "${formatPythonType(issue.input)}" is not valid for expected type "${typeName}".`,
      code: 'invalid-scalar',
    };
  }
  if (issue.code === 'invalid_value') {
    if (typeof issue.input !== 'string')
      return {
        message: `Value ${where} for enum type K8sConfigMergeBehavior must be a string`,
        code: 'enum-not-string',
      };
    return {
      message: `Value ${where} not in enum type K8sConfigMergeBehavior got ${issue.input}`,
      code: 'enum-value',
    };
  }
  return { message: `Invalid value ${where}: ${issue.message}`, code: issue.code };
}

/** Dagster's `get_friendly_path_msg`: `at the root` or `at path root:a[0]:b`. */
export function dagsterPathMessage(path: ConfigPath, root: ConfigPath): string {
  const relative = path.slice(root.length);
  if (relative.length === 0) return 'at the root';
  return `at path root${relative.map((s) => (typeof s === 'number' ? `[${s}]` : `:${s}`)).join('')}`;
}
