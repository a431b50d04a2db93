import { formatConfigPath } from '../../source-range';
import type { LayerId, ValueOrigin } from '../merge/types';

/** What each layer is called in the UI (merge.md §2.1 names, in users' words). */
export const LAYER_LABELS: Readonly<Record<LayerId, string>> = {
  'chart-default': 'Helm chart default',
  helm: 'Helm value',
  'cloud-context': 'Dagster+ (cloud_context_env, assumed)',
  defaults: '`defaults:` block',
  location: "the location's key",
  'run-tag': 'run tag dagster-k8s/config',
  executor: 'executor config',
  'op-tag': 'op tag dagster-k8s/config',
  dagster: 'Dagster default',
};

/**
 * One line saying where a value came from, e.g. `Helm value workspace.labels.team` or
 * `Dagster default`.
 */
export function describeValueOrigin(origin: ValueOrigin): string {
  const label = LAYER_LABELS[origin.layer];
  const path = formatConfigPath(origin.path);
  return path ? `${label} ${path}` : label;
}
