import { z } from 'zod';
import { documentField } from './field-doc';
import { k8sContainerContextSchema } from './k8s-container-context';

/**
 * A location's `container_context` (config-schema.md §8). The CLI model accepts any map here; the
 * agent reads it as `Permissive({env_vars?: [str]})` plus its platform block, so unknown keys
 * pass (the editor warns about them separately).
 */
export const containerContextSchema = documentField(
  z.looseObject({
    env_vars: documentField(z.array(z.string()), {
      text: 'Environment variables shared by every platform (Kubernetes, Docker, ECS): "KEY=VALUE", or "KEY" to copy the value from the agent\'s environment. Added before k8s.env_vars. Not in the Dagster+ location schema, but applied by the agent.',
      appliesTo: 'both',
      example: '`env_vars: ["DAGSTER_ENV=prod"]`',
    }).optional(),
    k8s: documentField(k8sContainerContextSchema.nullable(), {
      text: "Kubernetes settings for this location's code server and runs (Kubernetes agent).",
      appliesTo: 'both',
      example: '`k8s: {namespace: data-eng, env_secrets: [warehouse]}`',
    }).optional(),
    docker: documentField(z.unknown(), {
      text: 'Docker agent settings (networks, env_vars, container_kwargs). Not checked by this editor.',
      example: '`docker: {networks: [dagster]}`',
    }).optional(),
    ecs: documentField(z.unknown(), {
      text: 'Amazon ECS agent settings (secrets, task roles, resources…). Not checked by this editor.',
      example: '`ecs: {task_role_arn: arn:aws:iam::123456789012:role/dagster}`',
    }).optional(),
  }),
  {
    text: 'Platform-specific settings for the code server and runs of this location: `k8s` for the Kubernetes agent, plus env_vars shared by every agent type. `dagster-cloud ci check` does not look inside; the agent does, at deploy and launch time.',
    appliesTo: 'both',
    example: '`container_context: {k8s: {env_secrets: [my-secret]}}`',
  },
);

export type ContainerContext = z.infer<typeof containerContextSchema>;

/** The keys the agent reads directly under `container_context`. */
export const CONTAINER_CONTEXT_KEYS = ['env_vars', 'k8s', 'docker', 'ecs'] as const;
