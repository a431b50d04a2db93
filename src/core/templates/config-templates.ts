import type { ConfigTemplate } from './config-template';
import { AWS_IRSA_TEMPLATE } from './gallery/aws-irsa';
import { GPU_NODE_POOL_TEMPLATE } from './gallery/gpu-node-pool';
import { MINIMAL_TEMPLATE } from './gallery/minimal';
import { NON_ROOT_TEMPLATE } from './gallery/non-root';
import { SECRETS_AND_ENV_VARS_TEMPLATE } from './gallery/secrets-and-env-vars';
import { SEPARATE_RESOURCES_TEMPLATE } from './gallery/separate-resources';
import { SHARED_DEFAULTS_TEMPLATE } from './gallery/shared-defaults';
import { VOLUMES_TEMPLATE } from './gallery/volumes';

/** The gallery, in the order the "New" menu shows it: simplest first. */
export const CONFIG_TEMPLATES: readonly ConfigTemplate[] = [
  MINIMAL_TEMPLATE,
  SECRETS_AND_ENV_VARS_TEMPLATE,
  AWS_IRSA_TEMPLATE,
  NON_ROOT_TEMPLATE,
  GPU_NODE_POOL_TEMPLATE,
  SEPARATE_RESOURCES_TEMPLATE,
  VOLUMES_TEMPLATE,
  SHARED_DEFAULTS_TEMPLATE,
];

/** Looks a template up by id (e.g. from a `?template=` choice); undefined when there is none. */
export function findConfigTemplate(id: string): ConfigTemplate | undefined {
  return CONFIG_TEMPLATES.find((template) => template.id === id);
}
