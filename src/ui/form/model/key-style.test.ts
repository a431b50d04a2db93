import { describe, expect, it } from 'vitest';
import {
  collectK8sStyledParts,
  detectK8sKeyStyle,
  detectKeyStyle,
  readField,
  resolveFieldKey,
  toCamelKey,
  toSnakeKey,
} from './key-style';

describe('key spelling', () => {
  it('converts between snake_case and camelCase', () => {
    expect(toCamelKey('persistent_volume_claim')).toBe('persistentVolumeClaim');
    expect(toCamelKey('ttl_seconds_after_finished')).toBe('ttlSecondsAfterFinished');
    expect(toSnakeKey('configMap')).toBe('config_map');
    expect(toSnakeKey('name')).toBe('name');
  });

  it('finds a field under either spelling and keeps the spelling already used', () => {
    expect(resolveFieldKey({ mountPath: '/x' }, 'mount_path', 'snake')).toBe('mountPath');
    expect(resolveFieldKey({ mount_path: '/x' }, 'mount_path', 'camel')).toBe('mount_path');
    expect(resolveFieldKey({ name: 'a' }, 'read_only', 'camel')).toBe('readOnly');
    expect(resolveFieldKey(undefined, 'read_only', 'snake')).toBe('read_only');
    expect(readField({ readOnly: true }, 'read_only')).toBe(true);
    expect(readField({ read_only: false }, 'read_only')).toBe(false);
  });
});

describe('detectKeyStyle', () => {
  it('lets the first value with multi-word keys decide', () => {
    expect(detectKeyStyle([{ name: 'a' }, [{ configMap: { name: 'x' } }]])).toBe('camel');
    expect(detectKeyStyle([{ config_map: { default_mode: 1 } }, { configMap: {} }])).toBe('snake');
    expect(detectKeyStyle([{ name: 'a' }], 'camel')).toBe('camel');
  });

  it('ignores Dagster wrapper keys, which are snake_case in every file', () => {
    const k8s = {
      run_k8s_config: { merge_behavior: 'DEEP', pod_spec_config: { nodeSelector: { a: 'b' } } },
    };
    expect(collectK8sStyledParts(k8s)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      { nodeSelector: { a: 'b' } },
    ]);
    expect(detectK8sKeyStyle(k8s, { locations: [] })).toBe('camel');
  });

  it('falls back to the style of the other locations, then snake_case', () => {
    const camelLocation = {
      location_name: 'a',
      container_context: { k8s: { volume_mounts: [{ name: 'v', mountPath: '/v' }] } },
    };
    const config = { locations: [camelLocation, { location_name: 'b' }] };
    expect(detectK8sKeyStyle({ namespace: 'x' }, config)).toBe('camel');
    expect(detectK8sKeyStyle({ namespace: 'x' }, { locations: [] })).toBe('snake');
  });
});
