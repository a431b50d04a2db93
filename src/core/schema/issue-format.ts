import type { z } from 'zod';
import { dagsterConfigMessage, dagsterPathMessage } from './dagster-config-messages';
import { helmMessage } from './helm-messages';
import { pydanticMessage } from './pydantic-messages';
import type { Issue } from './zod-issue';
import { formatConfigPath, type ConfigPath } from '../source-range';
import { suggestKeyFix, type KeyContext } from './key-hints';
import type { DiagnosticStage, ProblemTarget, SchemaProblem } from './problems';
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
      ? pydanticMessage(issue, path, missing, options.pydanticModelAt)
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
