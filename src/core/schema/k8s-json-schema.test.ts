import { describe, expect, it } from 'vitest';
import { dagsterCloudYamlJsonSchema, k8sConfigTagJsonSchema, type JsonSchema } from './json-schema';

function k8sBlock(schema: JsonSchema): JsonSchema {
  const location = schema.properties?.locations as JsonSchema;
  const context = (location.items as JsonSchema).properties?.container_context as JsonSchema;
  const k8s = (context.anyOf?.[0] as JsonSchema).properties?.k8s as JsonSchema;
  return k8s.anyOf?.[0] as JsonSchema;
}

function definitionsOf(schema: JsonSchema): Record<string, JsonSchema> {
  return (schema.definitions ?? {}) as Record<string, JsonSchema>;
}

describe('Kubernetes model completions in the JSON Schema', () => {
  const schema = dagsterCloudYamlJsonSchema();
  const definitions = definitionsOf(schema);

  it('describes a model field under both spellings, with its Python type', () => {
    expect(definitions.V1Toleration).toEqual({
      type: 'object',
      description: 'Kubernetes V1Toleration (API v1.34.0); keys in snake_case or camelCase.',
      properties: {
        effect: { description: 'V1Toleration.effect: str. Write it as `effect`.' },
        key: { description: 'V1Toleration.key: str. Write it as `key`.' },
        operator: { description: 'V1Toleration.operator: str. Write it as `operator`.' },
        toleration_seconds: {
          description:
            'V1Toleration.tolerationSeconds: int. Write it as `toleration_seconds` or `tolerationSeconds`.',
        },
        tolerationSeconds: {
          description:
            'V1Toleration.tolerationSeconds: int. Write it as `toleration_seconds` or `tolerationSeconds`.',
        },
        value: { description: 'V1Toleration.value: str. Write it as `value`.' },
      },
    });
    const podSpec = definitions.V1PodSpec as JsonSchema;
    expect(podSpec.properties?.tolerations).toEqual({
      type: 'array',
      items: { $ref: '#/definitions/V1Toleration' },
      description: 'V1PodSpec.tolerations: list[V1Toleration]. Write it as `tolerations`.',
    });
  });

  it('points each fragment and each k8s list at its model, keeping the field help', () => {
    const k8s = k8sBlock(schema);
    const run = k8s.properties?.run_k8s_config as JsonSchema;
    const podSpecConfig = run.properties?.pod_spec_config as JsonSchema;
    expect(podSpecConfig.allOf).toEqual([{ $ref: '#/definitions/V1PodSpec' }]);
    expect(podSpecConfig.description).toMatch(/^Raw Kubernetes PodSpec \(V1PodSpec\)/);
    const volumes = k8s.properties?.volumes as JsonSchema;
    expect((volumes.items as JsonSchema).allOf).toEqual([{ $ref: '#/definitions/V1Volume' }]);
    const securityContext = k8s.properties?.security_context as JsonSchema;
    expect(securityContext.allOf).toEqual([{ $ref: '#/definitions/V1SecurityContext' }]);
  });

  it('does the same at the root of the dagster-k8s/config tag', () => {
    const tag = k8sConfigTagJsonSchema();
    const containerConfig = tag.properties?.container_config as JsonSchema;
    expect(containerConfig.allOf).toEqual([{ $ref: '#/definitions/V1Container' }]);
    expect(definitionsOf(tag).V1ResourceRequirements?.properties?.limits).toEqual({
      type: 'object',
      additionalProperties: {},
      description: 'V1ResourceRequirements.limits: dict(str, str). Write it as `limits`.',
    });
  });
});
