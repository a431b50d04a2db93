import { z } from 'zod';
import { documentField } from './field-doc';
import { fragmentSchema, mergeBehaviorSchema, RUN_FRAGMENT_NAMES } from './k8s-fragments';

/**
 * The value of a run's `dagster-k8s/config` tag (`USER_DEFINED_K8S_CONFIG_SCHEMA`,
 * config-schema.md §12): a strict Shape of the six run fragments plus `merge_behavior`. No
 * namespace and no code-server fragments.
 */
const tagShape = Object.fromEntries(
  RUN_FRAGMENT_NAMES.map((name) => [name, fragmentSchema(name, 'run').optional()]),
) as {
  [K in (typeof RUN_FRAGMENT_NAMES)[number]]: z.ZodOptional<ReturnType<typeof fragmentSchema>>;
};

export const k8sConfigTagSchema = z
  .strictObject({
    ...tagShape,
    merge_behavior: documentField(mergeBehaviorSchema, {
      text: "How the tag's config (with the location's user config) lands on the agent's: DEEP (default) merges maps and appends list items, SHALLOW replaces each top-level field of a fragment.",
      appliesTo: 'run',
      example: '`merge_behavior: SHALLOW`',
    }).optional(),
  })
  .meta({
    title: 'dagster-k8s/config tag',
    description:
      'Per-job or per-op Kubernetes config, given as the JSON value of the `dagster-k8s/config` tag. Applies to the run pod (job tags) or step pods (op tags, with k8s_job_executor).',
  });

export type K8sConfigTag = z.infer<typeof k8sConfigTagSchema>;
