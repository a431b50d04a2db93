import { describe, expect, it } from 'vitest';
import { camelToSnake, findNearestKey, suggestKeyFix } from './key-hints';

describe('key hints', () => {
  it('converts camelCase keys to snake_case', () => {
    expect(
      ['podSpecConfig', 'imagePullPolicy', 'runK8sConfig', 'env', 'HTTPGet'].map(camelToSnake),
    ).toEqual(['pod_spec_config', 'image_pull_policy', 'run_k8s_config', 'env', 'http_get']);
  });

  it('finds typos, transpositions included, but not unrelated words', () => {
    const allowed = ['image', 'location_name', 'code_source'];
    expect(findNearestKey('imgae', allowed)).toBe('image');
    expect(findNearestKey('locaton_name', allowed)).toBe('location_name');
    expect(findNearestKey('banana', allowed)).toBeUndefined();
  });

  it('prefers the snake_case spelling, then the right section', () => {
    expect(suggestKeyFix('serviceAccountName', ['service_account_name'], 'k8s')).toBe(
      'Dagster\'s own keys are snake_case only: write "service_account_name".',
    );
    expect(suggestKeyFix('pod_spec_config', ['namespace'], 'k8s')).toBe(
      '"pod_spec_config" is a raw fragment: put it under run_k8s_config (runs) and/or server_k8s_config (code server).',
    );
    expect(suggestKeyFix('module_name', ['location_name'], 'location')).toBe(
      'Move "module_name" under code_source.',
    );
    expect(suggestKeyFix('tolerations', ['namespace'], 'k8s')).toBe(
      '"tolerations" is a Kubernetes V1PodSpec field: put it under run_k8s_config.pod_spec_config and/or server_k8s_config.pod_spec_config.',
    );
    expect(suggestKeyFix('imagePullPolicy', ['image_pull_policy'], 'k8s')).toBe(
      'Dagster\'s own keys are snake_case only: write "image_pull_policy".',
    );
    expect(suggestKeyFix('command', ['namespace'], 'k8s')).toBe(
      '"command" is a Kubernetes V1Container field: put it under run_k8s_config.container_config and/or server_k8s_config.container_config.',
    );
    expect(suggestKeyFix('zzz', ['a', 'b'], 'other')).toBe('Expected one of: a, b.');
  });
});
