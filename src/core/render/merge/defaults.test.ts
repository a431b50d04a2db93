import { describe, expect, it } from 'vitest';
import { parseFixture } from './fixtures/contexts';
import { applyLocationDefaults, locationLayerFromDefaults } from './index';

const S6 = `defaults:
  build: {registry: 123456789012.dkr.ecr.us-east-1.amazonaws.com/dagster}
  container_context:
    k8s:
      env_vars: [ENV=prod, LOG_LEVEL=INFO]
      env_secrets: [shared-secrets]
      volumes: [{name: tmp, emptyDir: {}}]
      volume_mounts: [{name: tmp, mount_path: /tmp/shared}]
      server_k8s_config:
        container_config: {resources: {requests: {cpu: 250m, memory: 512Mi}}}
locations:
  - location_name: etl
    code_source: {package_name: etl}
    build: {directory: ./etl}
  - location_name: ml
    code_source: {module_name: ml.definitions}
    build: {directory: ./ml}
    container_context:
      k8s:
        env_vars: [LOG_LEVEL=DEBUG, GPU=1]
        env_secrets: [ml-secrets, shared-secrets]
        volume_mounts: [{name: tmp, mount_path: /scratch}]
        server_k8s_config:
          container_config: {resources: {limits: {memory: 8Gi}}}
`;

function merged(text: string) {
  const result = applyLocationDefaults(parseFixture(text));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('defaults: merging (merge.md §10, example S6)', () => {
  it('merges with the per-path list strategies', () => {
    const { locations, applied } = merged(S6);
    expect(applied).toBe(true);
    expect(locations[1]?.value).toEqual({
      location_name: 'ml',
      code_source: { module_name: 'ml.definitions' },
      build: {
        directory: './ml',
        registry: '123456789012.dkr.ecr.us-east-1.amazonaws.com/dagster',
      },
      container_context: {
        k8s: {
          env_vars: ['ENV=prod', 'LOG_LEVEL=DEBUG', 'GPU=1'],
          env_secrets: ['shared-secrets', 'ml-secrets'],
          volumes: [{ name: 'tmp', emptyDir: {} }],
          volume_mounts: [{ name: 'tmp', mount_path: '/scratch' }],
          server_k8s_config: {
            container_config: {
              resources: { requests: { cpu: '250m', memory: '512Mi' }, limits: { memory: '8Gi' } },
            },
          },
        },
      },
    });
    expect(locations[0]?.value).toEqual({
      location_name: 'etl',
      code_source: { package_name: 'etl' },
      build: {
        directory: './etl',
        registry: '123456789012.dkr.ecr.us-east-1.amazonaws.com/dagster',
      },
      container_context: {
        k8s: {
          env_vars: ['ENV=prod', 'LOG_LEVEL=INFO'],
          env_secrets: ['shared-secrets'],
          volumes: [{ name: 'tmp', emptyDir: {} }],
          volume_mounts: [{ name: 'tmp', mount_path: '/tmp/shared' }],
          server_k8s_config: {
            container_config: { resources: { requests: { cpu: '250m', memory: '512Mi' } } },
          },
        },
      },
    });
  });

  it('records which block set each value', () => {
    const ml = merged(S6).locations[1]!;
    expect(ml.origin(['container_context', 'k8s', 'env_vars', 0])).toEqual({
      layer: 'defaults',
      document: 'dagster-cloud-yaml',
      path: ['defaults', 'container_context', 'k8s', 'env_vars', 0],
    });
    expect(ml.origin(['container_context', 'k8s', 'env_vars', 1])).toEqual({
      layer: 'location',
      document: 'dagster-cloud-yaml',
      path: ['locations', 1, 'container_context', 'k8s', 'env_vars', 0],
    });
    expect(ml.origin(['build', 'registry'])?.layer).toBe('defaults');
    const layer = locationLayerFromDefaults(ml);
    expect(layer.origin(['k8s', 'volumes', 0, 'name'])).toEqual({
      layer: 'defaults',
      document: 'dagster-cloud-yaml',
      path: ['defaults', 'container_context', 'k8s', 'volumes', 0, 'name'],
    });
  });

  it('drops nulls so a location cannot unset a default, and replaces command/args', () => {
    const { locations } = merged(`defaults:
  image: base:1
  container_context:
    k8s:
      run_k8s_config: {container_config: {command: [a, b], args: [x]}}
      labels: {team: data}
locations:
  - location_name: a
    image: null
    container_context:
      k8s:
        labels: {team: null, tier: gold}
        run_k8s_config: {container_config: {command: [c], args: [z, x]}}
`);
    expect(locations[0]?.value).toEqual({
      location_name: 'a',
      image: 'base:1',
      container_context: {
        k8s: {
          run_k8s_config: { container_config: { command: ['c'], args: ['z', 'x'] } },
          labels: { team: 'data', tier: 'gold' },
        },
      },
    });
  });

  it('dedupes other lists (defaults first) and keys image_pull_secrets by name', () => {
    const { locations } = merged(`defaults:
  container_context:
    k8s:
      image_pull_secrets: [{name: a}, {name: b}]
      run_k8s_config: {pod_spec_config: {tolerations: [{key: t}]}}
locations:
  - location_name: x
    container_context:
      k8s:
        image_pull_secrets: [{name: b}, {name: c}]
        run_k8s_config: {pod_spec_config: {tolerations: [{key: t}, {key: u}]}}
`);
    expect(locations[0]?.value.container_context).toEqual({
      k8s: {
        image_pull_secrets: [{ name: 'a' }, { name: 'b' }, { name: 'c' }],
        run_k8s_config: { pod_spec_config: { tolerations: [{ key: 't' }, { key: 'u' }] } },
      },
    });
  });

  it('leaves locations untouched without defaults', () => {
    const { locations, applied } = merged(`locations:
  - location_name: a
    image: null
`);
    expect(applied).toBe(false);
    expect(locations[0]?.value).toEqual({ location_name: 'a', image: null });
    expect(locations[0]?.locationName).toBe('a');
  });

  it('raises the CLI’s errors', () => {
    const bad = applyLocationDefaults(
      parseFixture(`defaults:
  container_context: {k8s: {env_vars: ["A=b=c"]}}
locations:
  - location_name: a
    container_context: {k8s: {env_vars: [X=1]}}
`),
    );
    expect(bad).toEqual({
      ok: false,
      error: {
        kind: 'dagster-config-error',
        errorType: 'ValueError',
        message: 'Invalid key-value pair: A=b=c',
        stage: 'ci-template',
        origin: {
          layer: 'defaults',
          document: 'dagster-cloud-yaml',
          path: ['defaults', 'container_context', 'k8s', 'env_vars', 0],
        },
      },
    });
    const shapes = applyLocationDefaults(
      parseFixture(`defaults:
  container_context: {k8s: {labels: {a: b}}}
locations:
  - location_name: a
    container_context: {k8s: {labels: [a]}}
`),
    );
    expect(shapes.ok ? null : [shapes.error.errorType, shapes.error.message]).toEqual([
      'CheckError',
      'Invariant failed.',
    ]);
  });
});
