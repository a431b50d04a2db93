/**
 * One `env_vars` entry as the form edits it. Dagster splits `KEY=VALUE` at the FIRST `=` only,
 * so values may themselves contain `=`; a bare `KEY` (no `=`) means "take the value from the
 * agent's own environment when the run or code server launches".
 */
export interface EnvVarEntry {
  readonly name: string;
  readonly value: string;
  /** True for the bare `KEY` form. */
  readonly inherit: boolean;
}

/** Splits an `env_vars` string into name / value / inherit. */
export function parseEnvVarEntry(entry: string): EnvVarEntry {
  const at = entry.indexOf('=');
  if (at < 0) return { name: entry, value: '', inherit: true };
  return { name: entry.slice(0, at), value: entry.slice(at + 1), inherit: false };
}

/** The `env_vars` string for a row: `KEY` when inherited, else `KEY=VALUE` (value kept verbatim). */
export function formatEnvVarEntry(entry: EnvVarEntry): string {
  return entry.inherit ? entry.name : `${entry.name}=${entry.value}`;
}

/** POSIX-ish env var names, as shells and Kubernetes users expect them. */
const ENV_VAR_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** A message when `name` cannot be an environment variable name, else undefined. */
export function checkEnvVarName(name: string): string | undefined {
  if (name === '') return 'Enter a name.';
  if (name.includes('=')) return 'A name cannot contain "=".';
  if (!ENV_VAR_NAME.test(name)) {
    return 'Use letters, digits and "_" (not starting with a digit).';
  }
  return undefined;
}
