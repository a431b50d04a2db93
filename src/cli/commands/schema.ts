import { parseArgs } from 'node:util';
import {
  agentHelmValuesJsonSchema,
  dagsterCloudYamlJsonSchema,
  k8sConfigTagJsonSchema,
  type JsonSchema,
} from '../../core/schema';
import type { CliCommand, CliIo } from '../cli-io';

export const SCHEMA_USAGE = `Usage: k8s-config-studio schema [--target TARGET]

Print a JSON Schema (draft-07) for editors and CI, e.g. for yaml-language-server:
  # yaml-language-server: $schema=./dagster-cloud.schema.json

Options:
  --target TARGET   dagster-cloud (default: dagster_cloud.yaml), tag (the value of a
                    dagster-k8s/config tag) or helm-values (agent Helm values)
  -h, --help        show this help
`;

const TARGETS: Record<string, () => JsonSchema> = {
  'dagster-cloud': dagsterCloudYamlJsonSchema,
  tag: k8sConfigTagJsonSchema,
  'helm-values': agentHelmValuesJsonSchema,
};

function usageError(io: CliIo, message: string): number {
  io.stderr(`k8s-config-studio schema: ${message}\n\n${SCHEMA_USAGE}`);
  return 2;
}

/** `k8s-config-studio schema [--target …]`: the JSON Schema, pretty-printed, on stdout. */
export const run: CliCommand = (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        target: { type: 'string', default: 'dagster-cloud' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
  } catch (error) {
    return usageError(io, error instanceof Error ? error.message : String(error));
  }
  if (parsed.values.help) {
    io.stdout(SCHEMA_USAGE);
    return 0;
  }
  const target = parsed.values.target;
  const build = Object.hasOwn(TARGETS, target) ? TARGETS[target] : undefined;
  if (!build) return usageError(io, `unknown --target "${target}"`);
  io.stdout(`${JSON.stringify(build(), null, 2)}\n`);
  return 0;
};
