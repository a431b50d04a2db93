import { describe, expect, it } from 'vitest';
import { appliesToOfPath } from './applies-to';

const K8S = ['locations', 0, 'container_context', 'k8s'] as const;

describe('appliesToOfPath', () => {
  it('answers the config-schema.md §10 table for every container_context.k8s key', () => {
    const table: Record<string, string> = {
      namespace: 'both',
      server_replica_count: 'code-server',
      image_pull_policy: 'both',
      image_pull_secrets: 'both',
      service_account_name: 'both',
      env_config_maps: 'both',
      env_secrets: 'both',
      env_vars: 'both',
      volume_mounts: 'both',
      volumes: 'both',
      labels: 'both',
      resources: 'both',
      scheduler_name: 'both',
      security_context: 'both',
      env: 'both',
      run_k8s_config: 'run',
      server_k8s_config: 'code-server',
    };
    const answers = Object.fromEntries(
      Object.keys(table).map((key) => [key, appliesToOfPath([...K8S, key])]),
    );
    expect(answers).toEqual(table);
  });

  it('gives paths below a key the key’s answer', () => {
    expect(
      appliesToOfPath([...K8S, 'run_k8s_config', 'pod_spec_config', 'tolerations', 0, 'key']),
    ).toBe('run');
    expect(
      appliesToOfPath([...K8S, 'server_k8s_config', 'container_config', 'resources', 'limits']),
    ).toBe('code-server');
    expect(appliesToOfPath([...K8S, 'volumes', 2, 'config_map', 'name'])).toBe('both');
  });

  it('answers the blocks themselves and the shared env_vars list', () => {
    expect(appliesToOfPath(['locations'])).toBe('both');
    expect(appliesToOfPath(['locations', 3])).toBe('both');
    expect(appliesToOfPath(['locations', 0, 'container_context'])).toBe('both');
    expect(appliesToOfPath([...K8S])).toBe('both');
    expect(appliesToOfPath(['locations', 0, 'container_context', 'env_vars', 0])).toBe('both');
  });

  it('answers the location keys outside container_context (config-schema.md §3)', () => {
    const keys = [
      'location_name',
      'image',
      'code_source',
      'working_directory',
      'executable_path',
      'attribute',
      'build',
      'agent_queue',
    ];
    expect(keys.map((key) => appliesToOfPath(['locations', 1, key]))).toEqual([
      'both',
      'both',
      'code-server',
      'code-server',
      'code-server',
      'code-server',
      null,
      null,
    ]);
    expect(appliesToOfPath(['locations', 1, 'code_source', 'package_name'])).toBe('code-server');
  });

  it('reads defaults: paths like location paths, for the keys defaults may hold', () => {
    expect(appliesToOfPath(['defaults'])).toBe('both');
    expect(
      appliesToOfPath(['defaults', 'container_context', 'k8s', 'run_k8s_config', 'job_metadata']),
    ).toBe('run');
    expect(appliesToOfPath(['defaults', 'image'])).toBe('both');
    expect(appliesToOfPath(['defaults', 'working_directory'])).toBe('code-server');
    expect(appliesToOfPath(['defaults', 'code_source'])).toBeNull();
    expect(appliesToOfPath(['defaults', 'location_name'])).toBeNull();
  });

  it('is null for paths that reach no manifest', () => {
    expect(appliesToOfPath([])).toBeNull();
    expect(appliesToOfPath(['something'])).toBeNull();
    expect(appliesToOfPath(['locations', 'x'])).toBeNull();
    expect(appliesToOfPath(['locations', 0, 'unknown'])).toBeNull();
    expect(appliesToOfPath(['locations', 0, 'container_context', 'ecs', 'env_vars'])).toBeNull();
    expect(appliesToOfPath([...K8S, 'containerConfig'])).toBeNull();
    expect(appliesToOfPath([...K8S, 'toString'])).toBeNull();
  });
});
