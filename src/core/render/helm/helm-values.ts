/**
 * The agent's Helm values as the chart sees them: the user's `-f values.yaml` coalesced over the
 * chart defaults the Helm way (maps merged key by key, other values replaced, `null` removes a
 * default), with the origin of every value (user file or chart default).
 */
import type { ConfigPath } from '../../source-range';
import { raiseDagsterError, runDagsterStage } from '../merge/errors';
import { parseYamlInput } from '../merge/parse-text';
import { warningNote } from '../merge/notes';
import type { JsonObject, JsonValue, MergeNote, MergeResult, OriginResolver } from '../merge/types';
import { chartDefaultValues } from './chart-defaults';

export interface ResolvedHelmValues {
  /** The coalesced values. */
  readonly values: JsonObject;
  /** The user's values as given (parsed). */
  readonly userValues: JsonObject;
  /** Origin of a path in `values`: the user's file (`helm`) or the chart default. */
  readonly origin: OriginResolver;
  readonly notes: readonly MergeNote[];
}

function isMap(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Helm's `coalesceTablesFullKey(dst = user, src = defaults)`: user values win; a user `null`
 * deletes the default; a user non-map over a default map is kept (Helm warns).
 */
function coalesce(
  user: JsonObject,
  defaults: JsonObject,
  prefix: string,
  notes: MergeNote[],
): JsonObject {
  const out: JsonObject = { ...user };
  for (const [key, defaultValue] of Object.entries(defaults)) {
    const fullKey = prefix ? `${prefix}.${key}` : key;
    if (!(key in user)) {
      out[key] = structuredCopy(defaultValue);
    } else if (user[key] === null) {
      delete out[key];
    } else if (isMap(defaultValue)) {
      const userValue = user[key];
      if (isMap(userValue)) out[key] = coalesce(userValue, defaultValue, fullKey, notes);
      else
        notes.push(
          warningNote(
            `warning: cannot overwrite table with non table for ${fullKey} (${JSON.stringify(defaultValue)})`,
          ),
        );
    }
  }
  return out;
}

function structuredCopy(value: JsonValue): JsonValue {
  return value === null || typeof value !== 'object'
    ? value
    : (JSON.parse(JSON.stringify(value)) as JsonValue);
}

function hasPath(root: unknown, path: ConfigPath): boolean {
  let node: unknown = root;
  for (const token of path) {
    if (Array.isArray(node) || !isMap(node) || !Object.hasOwn(node, String(token))) {
      // A user list or scalar replaced the whole default subtree below it.
      return Array.isArray(node) || (node !== root && !isMap(node));
    }
    node = node[String(token)];
  }
  return true;
}

/** Freezes a parsed value and everything in it (the cached Helm values are shared). */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

/** The last text resolved, and its result: the values rarely change while a user types. */
let lastResolved: { input: string | null; result: MergeResult<ResolvedHelmValues> } | null = null;

/**
 * Parses (YAML 1.1, as Helm reads values files) and coalesces the user's values over the chart
 * defaults. Errors (values not a map, bad YAML) are reported at stage `helm-install`.
 *
 * A text (or no values) is resolved once and the frozen result reused for the same text: every
 * render of the preview asks for it, and parsing and coalescing it was a tenth of a render.
 */
export function resolveAgentHelmValues(
  input: string | JsonObject | null | undefined,
): MergeResult<ResolvedHelmValues> {
  if (typeof input !== 'string' && input !== null && input !== undefined) {
    return resolveUncached(input);
  }
  const key = input ?? null;
  if (lastResolved?.input !== key) {
    const result = resolveUncached(key);
    if (result.ok) {
      deepFreeze(result.value.values);
      deepFreeze(result.value.userValues);
      deepFreeze(result.value.notes);
    }
    lastResolved = { input: key, result };
  }
  return lastResolved.result;
}

function resolveUncached(input: string | JsonObject | null): MergeResult<ResolvedHelmValues> {
  return runDagsterStage('helm-install', () => {
    let user: unknown = input ?? {};
    if (typeof input === 'string') {
      user = parseYamlInput(input, 'Error: failed to parse values') ?? {};
    }
    if (!isMap(user)) {
      raiseDagsterError('Exception', 'Error: failed to parse values: the values file is not a map');
    }
    const notes: MergeNote[] = [];
    const values = coalesce(user, chartDefaultValues(), '', notes);
    const origin: OriginResolver = (path) =>
      hasPath(user, path)
        ? { layer: 'helm', document: 'helm-values', path }
        : { layer: 'chart-default', document: null, path };
    return { values, userValues: user, origin, notes };
  });
}
