/**
 * A small port of the Dagster config-type checks that guard the merge inputs
 * (`container_context`, `container_context.k8s`, the `dagster-k8s/config` tag): unknown keys,
 * wrong container types, bad enums, and `StringSource` values written as `{env: VAR}`, which
 * Dagster resolves from the environment of the process that validates the config (the agent).
 *
 * Messages follow `dagster/_config/errors.py`, without the long `Expected: "…"` type dump that
 * Dagster appends to some of them (noted in NOTE_CONFIG_ERROR_ABRIDGED).
 */
import { setOwnValue } from '../../k8s';
import type { ConfigPath } from '../../source-range';
import { agentEnvPlaceholder } from './env-vars';
import { pythonStr, pythonTypeName } from './python';
import type { AgentEnvironment } from './types';

export type ConfigSpec =
  | { readonly type: 'string-source' | 'str' | 'int' | 'bool-source' | 'any' }
  | { readonly type: 'dict' }
  | { readonly type: 'list'; readonly item: ConfigSpec }
  | { readonly type: 'enum'; readonly name: string; readonly values: readonly string[] }
  | {
      readonly type: 'shape';
      readonly fields: Readonly<Record<string, ConfigSpec>>;
      readonly required?: readonly string[];
      readonly permissive?: boolean;
    }
  | { readonly type: 'noneable'; readonly inner: ConfigSpec };

export interface ConfigCheckResult {
  readonly value: unknown;
  readonly errors: readonly string[];
  /** Paths (relative to the checked value) of `{env: VAR}` values replaced from the environment. */
  readonly envLookups: readonly { path: ConfigPath; key: string; resolved: boolean }[];
}

/** Dagster's path wording: `at the root` or `at path root:k8s:env_vars[0]`. */
function pathMessage(path: ConfigPath): string {
  if (path.length === 0) return 'at the root';
  let text = 'root';
  for (const token of path) text += typeof token === 'number' ? `[${token}]` : `:${token}`;
  return `at path ${text}`;
}

/** Checks `value` against `spec`, collecting Dagster-style messages and resolving `{env: VAR}`. */
export function checkConfigValue(
  spec: ConfigSpec,
  value: unknown,
  environment: AgentEnvironment,
): ConfigCheckResult {
  const errors: string[] = [];
  const envLookups: { path: ConfigPath; key: string; resolved: boolean }[] = [];
  const processed = visit(spec, value, [], { errors, envLookups, environment });
  return { value: processed, errors, envLookups };
}

interface Visit {
  readonly errors: string[];
  readonly envLookups: { path: ConfigPath; key: string; resolved: boolean }[];
  readonly environment: AgentEnvironment;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function scalarError(value: unknown, path: ConfigPath, typeName: string): string {
  return (
    `Invalid scalar ${pathMessage(path)}. Value "${pythonStr(value)}" of type ` +
    `"<class '${pythonTypeName(value)}'>" is not valid for expected type "${typeName}".`
  );
}

function visit(spec: ConfigSpec, value: unknown, path: ConfigPath, ctx: Visit): unknown {
  switch (spec.type) {
    case 'any':
      return value;
    case 'noneable':
      return value === null || value === undefined ? null : visit(spec.inner, value, path, ctx);
    case 'str':
      if (typeof value !== 'string') ctx.errors.push(scalarError(value, path, 'String'));
      return value;
    case 'int':
      if (typeof value !== 'number' || !Number.isInteger(value) || typeof value === 'boolean') {
        ctx.errors.push(scalarError(value, path, 'Int'));
      }
      return value;
    case 'string-source':
    case 'bool-source':
      return visitSource(spec.type, value, path, ctx);
    case 'dict':
      if (!isMap(value)) ctx.errors.push(`Value ${pathMessage(path)} must be dict.`);
      return value;
    case 'enum':
      if (typeof value !== 'string' || !spec.values.includes(value)) {
        ctx.errors.push(
          `Value ${pathMessage(path)} not in enum type ${spec.name} got ${pythonStr(value)}`,
        );
      }
      return value;
    case 'list':
      if (!Array.isArray(value)) {
        ctx.errors.push(`Value ${pathMessage(path)} must be list.`);
        return value;
      }
      return value.map((item, i) => visit(spec.item, item, [...path, i], ctx));
    case 'shape':
      return visitShape(spec, value, path, ctx);
  }
}

function visitSource(
  kind: 'string-source' | 'bool-source',
  value: unknown,
  path: ConfigPath,
  ctx: Visit,
): unknown {
  if (isMap(value) && Object.keys(value).length === 1 && typeof value.env === 'string') {
    const key = value.env;
    const known = Object.prototype.hasOwnProperty.call(ctx.environment, key);
    ctx.envLookups.push({ path, key, resolved: known });
    return known ? ctx.environment[key] : agentEnvPlaceholder(key);
  }
  const ok = kind === 'string-source' ? typeof value === 'string' : typeof value === 'boolean';
  if (!ok) ctx.errors.push(scalarError(value, path, kind === 'string-source' ? 'String' : 'Bool'));
  return value;
}

function visitShape(
  spec: Extract<ConfigSpec, { type: 'shape' }>,
  value: unknown,
  path: ConfigPath,
  ctx: Visit,
): unknown {
  if (!isMap(value)) {
    ctx.errors.push(`Value ${pathMessage(path)} must be dict.`);
    return value;
  }
  const unknown = Object.keys(value).filter((key) => !Object.hasOwn(spec.fields, key));
  if (!spec.permissive && unknown.length === 1) {
    ctx.errors.push(`Received unexpected config entry "${unknown[0]}" ${pathMessage(path)}.`);
  } else if (!spec.permissive && unknown.length > 1) {
    const list = `[${unknown.map((k) => `'${k}'`).join(', ')}]`;
    ctx.errors.push(`Received unexpected config entries "${list}" ${pathMessage(path)}.`);
  }
  for (const key of spec.required ?? []) {
    if (!Object.hasOwn(value, key)) {
      ctx.errors.push(`Missing required config entry "${key}" ${pathMessage(path)}.`);
    }
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const fieldSpec = Object.hasOwn(spec.fields, key) ? spec.fields[key] : undefined;
    setOwnValue(out, key, fieldSpec ? visit(fieldSpec, item, [...path, key], ctx) : item);
  }
  return out;
}
