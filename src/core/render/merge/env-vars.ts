import type { AgentEnvironment } from './types';

/** One parsed `env_vars` entry (merge.md §8). */
export interface ParsedEnvVar {
  readonly name: string;
  /** The value; for an unresolved bare `KEY`, the placeholder `<agent env: KEY>` (P8). */
  readonly value: string;
  /** Set for a bare `KEY`: the value is read from the environment of the process building it. */
  readonly fromEnvironment?: { readonly key: string; readonly resolved: boolean };
}

/** Placeholder P8 for a value read from the agent's environment (README §5.1). */
export function agentEnvPlaceholder(key: string): string {
  return `<agent env: ${key}>`;
}

/**
 * Dagster's `parse_env_var`: `KEY=VALUE` splits at the first `=` (`A=b=c` → `A`, `b=c`;
 * `KEY=` → empty value); a bare `KEY` takes its value from the environment of the process that
 * builds the context (the agent for runs and code servers). When `environment` lacks the key,
 * the value is the P8 placeholder and `resolved` is false: the real launch would fail with
 * {@link missingEnvVarMessage}.
 */
export function parseEnvVar(entry: string, environment: AgentEnvironment = {}): ParsedEnvVar {
  const eq = entry.indexOf('=');
  if (eq >= 0) return { name: entry.slice(0, eq), value: entry.slice(eq + 1) };
  const known = Object.prototype.hasOwnProperty.call(environment, entry);
  const value = known ? (environment[entry] ?? '') : agentEnvPlaceholder(entry);
  return { name: entry, value, fromEnvironment: { key: entry, resolved: known } };
}

/** Dagster's exception text when a bare `KEY` is missing from the environment. */
export function missingEnvVarMessage(key: string): string {
  return `Tried to load environment variable ${key}, but it was not set`;
}
