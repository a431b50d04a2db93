import { parseYamlText } from '../../yaml';
import { raiseDagsterError } from './errors';

/**
 * Parses YAML text the way Dagster's loader does (PyYAML `safe_load` semantics, src/core/yaml).
 * Duplicate keys are accepted (last wins, as PyYAML does); any other problem raises
 * `<prefix>: <first problem>`.
 */
export function parseYamlInput(text: string, prefix: string): unknown {
  const parsed = parseYamlText(text);
  const problem = parsed.problems.find((p) => p.severity === 'error' && p.code !== 'DUPLICATE_KEY');
  if (problem) raiseDagsterError('ValueError', `${prefix}: ${problem.message}`);
  return parsed.value;
}
