import { toSnakeCase } from '../k8s';
import { CODE_SOURCE_KEYS } from './code-source';
import { FRAGMENT_MODELS } from './k8s-fragments';

/** Plain camelCase → snake_case for Dagster's own keys (`podSpecConfig` → `pod_spec_config`). */
export function camelToSnake(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** Where in the config an unknown key was found, for choosing a hint. */
export type KeyContext = 'root' | 'location' | 'defaults' | 'code_source' | 'k8s' | 'other';

/** Keys of a Dagster instance `dagster.yaml`, a common wrong file under this name. */
const INSTANCE_KEYS = new Set([
  'instance',
  'storage',
  'run_launcher',
  'run_coordinator',
  'scheduler',
  'compute_logs',
  'telemetry',
  'run_storage',
  'event_log_storage',
  'schedule_storage',
]);

/**
 * A short suggestion for an unknown key: the snake_case spelling, the right section, or the
 * nearest allowed key. Undefined when nothing useful can be said.
 */
export function suggestKeyFix(
  key: string,
  allowed: readonly string[],
  context: KeyContext,
): string | undefined {
  const snake = camelToSnake(key);
  if (snake !== key && allowed.includes(snake))
    return `Dagster's own keys are snake_case only: write "${snake}".`;
  if (context === 'k8s' && Object.hasOwn(FRAGMENT_MODELS, snake))
    return `"${snake}" is a raw fragment: put it under run_k8s_config (runs) and/or server_k8s_config (code server).`;
  if (context === 'k8s') {
    const fragmentHint = suggestFragmentForField(key);
    if (fragmentHint) return fragmentHint;
  }
  if (context === 'location' && (CODE_SOURCE_KEYS as readonly string[]).includes(key))
    return `Move "${key}" under code_source.`;
  if (context === 'code_source')
    return `code_source takes exactly one of ${CODE_SOURCE_KEYS.join(', ')}.`;
  if (context === 'root' && INSTANCE_KEYS.has(key))
    return 'This looks like a Dagster instance config (dagster.yaml), not dagster_cloud.yaml.';
  const near = findNearestKey(key, allowed);
  if (near) return `Did you mean "${near}"?`;
  return allowed.length > 0 ? `Expected one of: ${allowed.join(', ')}.` : undefined;
}

/**
 * A raw Kubernetes field written directly under `k8s` (`tolerations`, `command`): it belongs in
 * the container or pod fragment of run_k8s_config / server_k8s_config.
 */
function suggestFragmentForField(key: string): string | undefined {
  for (const [model, fragment] of [
    ['V1Container', 'container_config'],
    ['V1PodSpec', 'pod_spec_config'],
  ] as const) {
    const snake = toSnakeCase(model, key);
    if (snake)
      return `"${key}" is a Kubernetes ${model} field: put it under run_k8s_config.${fragment} and/or server_k8s_config.${fragment}.`;
  }
  return undefined;
}

/** The allowed key closest to `key` by edit distance, when it is close enough to be a typo. */
export function findNearestKey(key: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(1, Math.floor(key.length / 4));
  return bestDistance <= tolerance ? best : undefined;
}

/** Optimal string alignment distance: edits plus adjacent transpositions (`imgae` → `image`). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
