import { z } from 'zod';
import { dagsterCloudConfigSchema } from './dagster-cloud-config';
import { agentHelmValuesSchema } from './helm-values';
import { k8sConfigTagSchema } from './k8s-config-tag';
import { addK8sModelCompletions } from './k8s-json-schema';

export type JsonSchema = z.core.JSONSchema.JSONSchema;

/**
 * JSON Schema draft-07 (what monaco-yaml's yaml-language-server handles best), describing the
 * accepted input. `io: 'output'` because code_source's "exactly one source" check is a
 * refine-then-pipe whose input side has no JSON Schema form; with no transforms the output side
 * is the same shape.
 */
function toDraft07(schema: z.ZodType, id: string): JsonSchema {
  const json = z.toJSONSchema(schema, {
    target: 'draft-07',
    io: 'output',
    unrepresentable: 'any',
  }) as JsonSchema;
  return { ...hoistDescriptions(json), $id: id };
}

/**
 * Moves a description from inside `anyOf` (where `.nullable()` leaves it) up to the property
 * itself, where editors look for hover text.
 */
function hoistDescriptions(node: JsonSchema): JsonSchema {
  const out: JsonSchema = { ...node };
  if (out.properties)
    out.properties = Object.fromEntries(
      Object.entries(out.properties).map(([k, v]) => [
        k,
        typeof v === 'object' ? hoistDescriptions(v) : v,
      ]),
    );
  if (out.items && typeof out.items === 'object' && !Array.isArray(out.items))
    out.items = hoistDescriptions(out.items);
  if (out.anyOf) {
    out.anyOf = out.anyOf.map(hoistDescriptions);
    const described = out.anyOf.find((branch) => branch.description);
    if (!out.description && described?.description) out.description = described.description;
  }
  return out;
}

/** JSON Schema of dagster_cloud.yaml, for monaco-yaml and `# yaml-language-server: $schema=`. */
export function dagsterCloudYamlJsonSchema(): JsonSchema {
  return addK8sModelCompletions(
    toDraft07(
      dagsterCloudConfigSchema,
      'https://k8s-config-studio.local/dagster-cloud.schema.json',
    ),
  );
}

/** JSON Schema of the `dagster-k8s/config` tag value. */
export function k8sConfigTagJsonSchema(): JsonSchema {
  return addK8sModelCompletions(
    toDraft07(
      k8sConfigTagSchema,
      'https://k8s-config-studio.local/dagster-k8s-config-tag.schema.json',
    ),
    'tag',
  );
}

/** JSON Schema of the dagster-cloud-agent Helm values. */
export function agentHelmValuesJsonSchema(): JsonSchema {
  return toDraft07(
    agentHelmValuesSchema,
    'https://k8s-config-studio.local/agent-helm-values.schema.json',
  );
}
