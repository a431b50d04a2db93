import type { z } from 'zod';
import { formatConfigPath, type ConfigPath } from '../source-range';
import { suggestKeyFix, type KeyContext } from './key-hints';
import type { DiagnosticStage, ProblemTarget, SchemaProblem } from './problems';
import { formatPythonStr, formatPythonType } from './python-repr';
import { findObjectKeysAtPath } from './schema-walk';

/**
 * Turns zod issues into the messages the real system prints. Three voices:
 * - `pydantic`: the dagster-cloud CLI (`"{type} at '{loc}': {msg}"`, config-schema.md §14.1);
 * - `dagster-config`: Dagster's config system as the agent runs it (`Received unexpected config
 *   entry "x" at path root:a:b.`), with paths relative to `root`;
 * - `helm`: the chart's JSON Schema check, in Helm's words.
 */
export type IssueVoice =
  | { readonly kind: 'pydantic' }
  | { readonly kind: 'dagster-config'; readonly root: ConfigPath; readonly stage: DiagnosticStage }
  | { readonly kind: 'helm' };

export interface IssueFormatOptions {
  /** The schema that produced the issues, to list allowed keys for hints. */
  readonly schema: z.ZodType;
  readonly voiceAt: (path: ConfigPath) => IssueVoice;
  readonly keyContextAt: (objectPath: ConfigPath) => KeyContext;
  /** pydantic model name of the object at a path (for `model_type`), undefined for a plain dict. */
  readonly pydanticModelAt?: (path: ConfigPath) => string | undefined;
}

type Issue = z.core.$ZodIssue & {
  readonly input?: unknown;
  readonly params?: Record<string, unknown>;
};

/** Formats every zod issue as one or more problems (one per unknown key). */
export function formatSchemaIssues(
  issues: readonly z.core.$ZodIssue[],
  options: IssueFormatOptions,
): SchemaProblem[] {
  return issues.flatMap((issue) => formatIssue(issue as Issue, [], options));
}

function formatIssue(
  issue: Issue,
  prefix: ConfigPath,
  options: IssueFormatOptions,
): SchemaProblem[] {
  const path = [...prefix, ...(issue.path as (string | number)[])];
  const voice = options.voiceAt(path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => unknownKeyProblem(path, key, voice, options));
    case 'invalid_union':
      return formatUnionIssue(issue, path, options);
    case 'custom':
      return [customProblem(issue, path, voice)];
    default:
      return [valueProblem(issue, path, voice, options)];
  }
}

function formatUnionIssue(
  issue: Issue & { errors: z.core.$ZodIssue[][] },
  path: ConfigPath,
  options: IssueFormatOptions,
): SchemaProblem[] {
  // StringSource/BoolSource: a map is checked as the `{env: VAR}` selector, anything else as
  // the scalar — the branch Dagster itself would pick.
  const input = issue.input;
  const isMap = typeof input === 'object' && input !== null && !Array.isArray(input);
  const rootMismatch = (errors: z.core.$ZodIssue[]) =>
    errors.find((e) => e.code === 'invalid_type' && e.path.length === 0);
  const branch =
    issue.errors.find((errors) => {
      const mismatch = rootMismatch(errors);
      return isMap
        ? !mismatch
        : mismatch?.code === 'invalid_type' && mismatch.expected !== 'object';
    }) ??
    issue.errors[0] ??
    [];
  // A selector given an unknown key reports only that key, as Dagster's does.
  const hasUnknownKey = branch.some((e) => e.code === 'unrecognized_keys');
  return branch
    .filter((e) => !(hasUnknownKey && e.code === 'invalid_type' && e.path.length === 1))
    .flatMap((inner) => formatIssue(inner as Issue, path, options));
}

function unknownKeyProblem(
  objectPath: ConfigPath,
  key: string,
  voice: IssueVoice,
  options: IssueFormatOptions,
): SchemaProblem {
  const path = [...objectPath, key];
  const allowed = findObjectKeysAtPath(options.schema, objectPath) ?? [];
  const hint = suggestKeyFix(key, allowed, options.keyContextAt(objectPath));
  const base = {
    severity: 'error' as const,
    path,
    target: 'key' as const,
    source: 'schema' as const,
    ...(hint ? { hint } : {}),
  };
  if (voice.kind === 'pydantic')
    return {
      ...base,
      message: `extra_forbidden at '${formatConfigPath(path)}': Extra inputs are not permitted`,
      stage: 'ci-check',
      code: 'extra_forbidden',
    };
  if (voice.kind === 'helm')
    return {
      ...base,
      message: `Additional property ${key} is not allowed`,
      stage: 'helm-install',
      code: 'additional-property',
    };
  return {
    ...base,
    message: `Received unexpected config entry "${key}" ${dagsterPathMessage(objectPath, voice.root)}.`,
    stage: voice.stage,
    code: 'unexpected-config-entry',
  };
}

function customProblem(issue: Issue, path: ConfigPath, voice: IssueVoice): SchemaProblem {
  const params = issue.params ?? {};
  if (params.pydanticType === 'value_error')
    return {
      severity: 'error',
      path,
      target: 'value',
      message: `value_error at '${formatConfigPath(path)}': Value error, ${issue.message}`,
      stage: 'ci-check',
      source: 'schema',
      code: 'value_error',
      ...(Array.isArray(params.rangePath) ? { rangePath: params.rangePath as ConfigPath } : {}),
    };
  const hint = typeof params.hint === 'string' ? params.hint : undefined;
  return {
    severity: 'error',
    path,
    target: (params.target as ProblemTarget | undefined) ?? 'value',
    message: issue.message,
    stage: (params.stage as DiagnosticStage | undefined) ?? stageOf(voice),
    source: params.source === 'kubernetes' ? 'kubernetes' : 'schema',
    code: typeof params.code === 'string' ? params.code : 'custom',
    ...(hint ? { hint } : {}),
  };
}

function stageOf(voice: IssueVoice): DiagnosticStage {
  if (voice.kind === 'pydantic') return 'ci-check';
  if (voice.kind === 'helm') return 'helm-install';
  return voice.stage;
}

function valueProblem(
  issue: Issue,
  path: ConfigPath,
  voice: IssueVoice,
  options: IssueFormatOptions,
): SchemaProblem {
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  const target: ProblemTarget = missing ? 'missing' : 'value';
  const { message, code } =
    voice.kind === 'pydantic'
      ? pydanticMessage(issue, path, missing, options)
      : voice.kind === 'helm'
        ? helmMessage(issue, path, missing)
        : dagsterConfigMessage(issue, path, missing, voice.root);
  const hint = voice.kind === 'helm' ? undefined : enumHint(issue);
  return {
    severity: 'error',
    path,
    target,
    message,
    stage: stageOf(voice),
    source: 'schema',
    code,
    ...(hint ? { hint } : {}),
  };
}

/** `deep` for `DEEP`: enums are case-sensitive, the typo is usually the case. */
function enumHint(issue: Issue): string | undefined {
  if (issue.code !== 'invalid_value') return undefined;
  const input = String(issue.input).toLowerCase();
  const match = issue.values.find((v) => String(v).toLowerCase() === input);
  if (typeof issue.input === 'string' && match !== undefined)
    return `Values are case-sensitive: write ${String(match)}.`;
  return `Expected one of: ${issue.values.map(String).join(', ')}.`;
}

const PYDANTIC_TYPES: Record<string, [string, string]> = {
  string: ['string_type', 'Input should be a valid string'],
  array: ['list_type', 'Input should be a valid list'],
  record: ['dict_type', 'Input should be a valid dictionary'],
  object: ['dict_type', 'Input should be a valid dictionary'],
  boolean: ['bool_type', 'Input should be a valid boolean'],
  number: ['int_type', 'Input should be a valid integer'],
  int: ['int_type', 'Input should be a valid integer'],
};

function pydanticMessage(
  issue: Issue,
  path: ConfigPath,
  missing: boolean,
  options: IssueFormatOptions,
): { message: string; code: string } {
  const loc = formatConfigPath(path);
  if (missing) return { message: `missing at '${loc}': Field required`, code: 'missing' };
  if (issue.code === 'invalid_type') {
    const model = issue.expected === 'object' ? options.pydanticModelAt?.(path) : undefined;
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

const DAGSTER_SCALARS: Record<string, string> = {
  string: 'String',
  boolean: 'Bool',
  number: 'Int',
  int: 'Int',
};

function dagsterConfigMessage(
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

function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const JSON_TYPES: Record<string, string> = { record: 'object', int: 'integer' };

function helmMessage(
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
