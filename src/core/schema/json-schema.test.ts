import { describe, expect, it } from 'vitest';
import {
  agentHelmValuesJsonSchema,
  dagsterCloudYamlJsonSchema,
  k8sConfigTagJsonSchema,
  type JsonSchema,
} from './json-schema';

/** Paths of every declared property that has no description. */
function findUndescribed(node: JsonSchema, path = ''): string[] {
  const missing: string[] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (typeof child !== 'object') continue;
    if (!child.description) missing.push(`${path}${key}`);
    missing.push(...findUndescribed(child, `${path}${key}.`));
  }
  const items = node.items && typeof node.items === 'object' && !Array.isArray(node.items);
  if (items) missing.push(...findUndescribed(node.items as JsonSchema, `${path}[].`));
  for (const branch of node.anyOf ?? []) missing.push(...findUndescribed(branch, path));
  return missing;
}

type Props = Record<string, JsonSchema>;
const props = (node: JsonSchema | undefined) => (node?.properties ?? {}) as Props;
const firstObject = (node: JsonSchema | undefined) =>
  node?.anyOf?.find((b) => b.type === 'object') ?? node;

describe('dagsterCloudYamlJsonSchema', () => {
  const schema = dagsterCloudYamlJsonSchema();
  const location = props(schema).locations?.items as JsonSchema;
  const k8s = firstObject(props(firstObject(props(location).container_context)).k8s);

  it('is a closed draft-07 schema requiring locations', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['locations']);
    expect(location.required).toEqual(['location_name']);
    expect(location.additionalProperties).toBe(false);
  });

  it('describes every field', () => {
    expect(findUndescribed(schema)).toEqual([]);
  });

  it('renders build exactly, with null allowed as pydantic does', () => {
    expect(props(location).build).toEqual({
      anyOf: [
        {
          type: 'object',
          properties: {
            directory: {
              description:
                'Docker build context for `dagster-cloud ci build`, relative to the repository root. Default `.`.\nExample: `directory: ./my_project`',
              type: ['string', 'null'],
            },
            registry: {
              description:
                'Image repository the CI pushes to; the image becomes `<registry>:<tag>`.\nExample: `registry: 123456789012.dkr.ecr.us-east-1.amazonaws.com/my-project`',
              type: ['string', 'null'],
            },
          },
          additionalProperties: false,
          description:
            'How CI builds the image. Used by `dagster-cloud ci` only; removed before the location reaches the agent.\nExample: `build: {directory: ., registry: ghcr.io/acme/my-project}`',
        },
        { type: 'null' },
      ],
      description:
        'How CI builds the image. Used by `dagster-cloud ci` only; removed before the location reaches the agent.\nExample: `build: {directory: ., registry: ghcr.io/acme/my-project}`',
    });
  });

  it('lists every k8s key, closed, with merge_behavior as an enum', () => {
    expect(Object.keys(props(k8s))).toEqual([
      'namespace',
      'server_replica_count',
      'image_pull_policy',
      'image_pull_secrets',
      'service_account_name',
      'env_config_maps',
      'env_secrets',
      'env_vars',
      'volume_mounts',
      'volumes',
      'labels',
      'resources',
      'scheduler_name',
      'security_context',
      'env',
      'run_k8s_config',
      'server_k8s_config',
    ]);
    expect(k8s?.additionalProperties).toBe(false);
    const run = props(k8s).run_k8s_config;
    expect(run?.additionalProperties).toBe(false);
    expect(props(run).merge_behavior?.enum).toEqual(['DEEP', 'SHALLOW']);
    expect(props(run).pod_spec_config?.additionalProperties).toEqual({});
  });

  it('offers the imagePullPolicy values as examples (completion), not as an enum', () => {
    const policy = props(k8s).image_pull_policy;
    expect(policy?.examples).toEqual(['Always', 'IfNotPresent', 'Never']);
    expect(policy?.enum).toBeUndefined();
    expect(JSON.stringify(policy).match(/"enum"/g)).toBeNull();
  });

  it('says what each field applies to and gives an example', () => {
    expect(props(k8s).server_replica_count?.description).toBe(
      'Number of code-server pods (Deployment spec.replicas). Runs are not affected.\nApplies to: the code server only (its Deployment and Service).\nExample: `server_replica_count: 2`',
    );
  });
});

describe('k8sConfigTagJsonSchema and agentHelmValuesJsonSchema', () => {
  it('closes the tag and describes it', () => {
    const tag = k8sConfigTagJsonSchema();
    expect(tag.additionalProperties).toBe(false);
    expect(Object.keys(props(tag))).toEqual([
      'container_config',
      'pod_template_spec_metadata',
      'pod_spec_config',
      'job_config',
      'job_metadata',
      'job_spec_config',
      'merge_behavior',
    ]);
    expect(findUndescribed(tag)).toEqual([]);
  });

  it('keeps Helm values open except the raw-config sections', () => {
    const helm = agentHelmValuesJsonSchema();
    expect(helm.additionalProperties).toEqual({});
    const workspace = props(helm).workspace;
    expect(props(workspace).runK8sConfig?.additionalProperties).toBe(false);
    expect(props(workspace).pullPolicy?.enum).toEqual(['Always', 'IfNotPresent', 'Never']);
    expect(findUndescribed(helm)).toEqual([]);
  });
});
