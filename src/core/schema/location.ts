import { z } from 'zod';
import { codeSourceSchema } from './code-source';
import { containerContextSchema } from './container-context';
import { documentField } from './field-doc';

/**
 * A location and the `defaults:` block, as the dagster-cloud CLI's pydantic models define them
 * (`dagster_cloud_cli/config/models.py`, `extra="forbid"`; config-schema.md §3, §4, §6). Every
 * optional field also accepts null, as `Optional[...] = None` does.
 */

export const buildSchema = documentField(
  z.strictObject({
    directory: documentField(z.string().nullable(), {
      text: 'Docker build context for `dagster-cloud ci build`, relative to the repository root. Default `.`.',
      example: '`directory: ./my_project`',
    }).optional(),
    registry: documentField(z.string().nullable(), {
      text: 'Image repository the CI pushes to; the image becomes `<registry>:<tag>`.',
      example: '`registry: 123456789012.dkr.ecr.us-east-1.amazonaws.com/my-project`',
    }).optional(),
  }),
  {
    text: 'How CI builds the image. Used by `dagster-cloud ci` only; removed before the location reaches the agent.',
    example: '`build: {directory: ., registry: ghcr.io/acme/my-project}`',
  },
);

function optionalString(text: string, example: string) {
  return documentField(z.string().nullable(), { text, example }).optional();
}

const sharedLocationFields = {
  build: buildSchema.nullable().optional(),
  working_directory: optionalString(
    'Directory the code server loads your code from (env DAGSTER_CLI_API_GRPC_WORKING_DIRECTORY).',
    '`working_directory: /opt/dagster/app`',
  ),
  image: documentField(z.string().nullable(), {
    text: 'Container image of the code server and, unless a container_config.image overrides it, of every run. The Kubernetes agent refuses a location without one (CI sets it from build.registry).',
    appliesTo: 'both',
    example: '`image: ghcr.io/acme/my-project:1.4.0`',
  }).optional(),
  executable_path: optionalString(
    'Python executable the code server runs: its args become [<executable_path>, -m, dagster, api, grpc].',
    '`executable_path: /opt/venv/bin/python`',
  ),
  container_context: containerContextSchema.nullable().optional(),
  agent_queue: optionalString(
    'Agent queue that serves this location; only agents listing it in dagsterCloud.agentQueues pick it up.',
    '`agent_queue: gpu-agents`',
  ),
};

export const locationSchema = documentField(
  z.strictObject({
    location_name: documentField(z.string(), {
      text: 'Name of the code location (required, unique). Kubernetes names and the `location_name` label of the code server are derived from it.',
      example: '`location_name: analytics`',
    }),
    code_source: codeSourceSchema.nullable().optional(),
    ...sharedLocationFields,
    attribute: optionalString(
      'Name of the Definitions (or repository) attribute to load from the code source (env DAGSTER_CLI_API_GRPC_ATTRIBUTE).',
      '`attribute: defs`',
    ),
  }),
  {
    text: 'One code location: where its code lives, the image that runs it and its container settings.',
    example:
      '`- location_name: analytics\n  code_source: {package_name: analytics}\n  image: ghcr.io/acme/analytics:1.0`',
  },
);

export const locationDefaultsSchema = documentField(z.strictObject(sharedLocationFields), {
  text: 'Values merged into every location by `dagster-cloud ci template` (a location value wins; some lists merge by name). Not allowed here: location_name, code_source, attribute.',
  example: '`defaults: {container_context: {k8s: {namespace: data-eng}}}`',
});

export type BuildConfig = z.infer<typeof buildSchema>;
export type LocationConfig = z.infer<typeof locationSchema>;
export type LocationDefaults = z.infer<typeof locationDefaultsSchema>;
