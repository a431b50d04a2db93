import {
  K8S_API_VERSION,
  findK8sModel,
  formatK8sFieldType,
  type K8sField,
  type K8sFieldType,
} from '../k8s';
import { FRAGMENT_MODELS } from './k8s-fragments';
import type { JsonSchema } from './json-schema';

/**
 * Gives the editor completion and hover INSIDE raw Kubernetes values (fragments, volumes,
 * volume_mounts, env, security_context), which the zod schema types as open maps because Dagster
 * reads them as Kubernetes models. The model tables are the single source: each model becomes a
 * `definitions` entry whose properties are its fields under both accepted spellings. Nothing
 * here validates (markers come from the diagnostics), so `additionalProperties` stays open.
 */
export function addK8sModelCompletions(schema: JsonSchema, root?: 'tag'): JsonSchema {
  const definitions: Record<string, JsonSchema> = {};
  const ref = (model: string): JsonSchema => {
    if (!definitions[model]) {
      definitions[model] = {}; // reserve first: models are recursive (JSONSchemaProps, …)
      definitions[model] = modelDefinition(model, ref);
    }
    return { $ref: `#/definitions/${model}` };
  };
  const enriched = attachModels(schema, root, ref);
  return { ...enriched, definitions: { ...(enriched.definitions ?? {}), ...definitions } };
}

/** Where a k8s-block key (or a fragment name) is read as one Kubernetes model. */
const MODEL_OF_KEY: Readonly<Record<string, { model: string; list: boolean }>> = {
  ...Object.fromEntries(
    Object.entries(FRAGMENT_MODELS).map(([key, model]) => [key, { model, list: false }]),
  ),
  volumes: { model: 'V1Volume', list: true },
  volume_mounts: { model: 'V1VolumeMount', list: true },
  env: { model: 'V1EnvVar', list: true },
  security_context: { model: 'V1SecurityContext', list: false },
};

/** Parents whose children named in MODEL_OF_KEY really are Kubernetes models ('tag': the tag's root). */
const MODEL_PARENTS = new Set(['k8s', 'run_k8s_config', 'server_k8s_config', 'tag']);

function attachModels(
  node: JsonSchema,
  parentKey: string | undefined,
  ref: (model: string) => JsonSchema,
): JsonSchema {
  const out: JsonSchema = { ...node };
  if (out.properties) {
    out.properties = Object.fromEntries(
      Object.entries(out.properties).map(([key, child]) => {
        if (typeof child !== 'object') return [key, child];
        const target = parentKey && MODEL_PARENTS.has(parentKey) ? MODEL_OF_KEY[key] : undefined;
        if (target) return [key, withModel(child, target.model, target.list, ref)];
        return [key, attachModels(child, key, ref)];
      }),
    );
  }
  for (const combinator of ['anyOf', 'oneOf', 'allOf'] as const) {
    const branches = out[combinator];
    if (branches) out[combinator] = branches.map((b) => attachModels(b, parentKey, ref));
  }
  if (out.items && typeof out.items === 'object' && !Array.isArray(out.items))
    out.items = attachModels(out.items, parentKey, ref);
  return out;
}

/** Keeps the node's own description (it says where the value lands) and adds the model. */
function withModel(
  node: JsonSchema,
  model: string,
  list: boolean,
  ref: (model: string) => JsonSchema,
): JsonSchema {
  const modelSchema = ref(model);
  if (!list) return { ...node, allOf: [modelSchema] };
  const items = typeof node.items === 'object' && !Array.isArray(node.items) ? node.items : {};
  return { ...node, items: { ...items, allOf: [modelSchema] } };
}

function modelDefinition(model: string, ref: (model: string) => JsonSchema): JsonSchema {
  const table = findK8sModel(model);
  if (!table) return {};
  const properties: Record<string, JsonSchema> = {};
  for (const field of table.fields) {
    const schema = fieldSchema(field.type, ref);
    const doc = describeField(model, field);
    properties[field.python] = { ...schema, description: doc };
    if (field.json !== field.python) properties[field.json] = { ...schema, description: doc };
  }
  return {
    type: 'object',
    description: `Kubernetes ${model} (API ${K8S_API_VERSION}); keys in snake_case or camelCase.`,
    properties,
  };
}

function describeField(model: string, field: K8sField): string {
  const spellings =
    field.json === field.python ? `\`${field.json}\`` : `\`${field.python}\` or \`${field.json}\``;
  const required = field.required ? ' Required.' : '';
  return `${model}.${field.json}: ${formatK8sFieldType(field.type)}. Write it as ${spellings}.${required}`;
}

function fieldSchema(type: K8sFieldType, ref: (model: string) => JsonSchema): JsonSchema {
  switch (type.kind) {
    case 'model':
      return ref(type.model);
    case 'list':
      return { type: 'array', items: fieldSchema(type.item, ref) };
    case 'map':
      return { type: 'object', additionalProperties: fieldSchema(type.value, ref) };
    case 'scalar':
      // Scalars get no type: Dagster coerces them Python-style, and a wrong JSON type here
      // would only matter if the editor validated with this schema (it does not).
      return {};
  }
}
