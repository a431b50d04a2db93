import { describe, expect, it } from 'vitest';
import { k8sFieldNames, k8sModelOfField, toCamelCase, toSnakeCase } from './index';

describe('field-name helpers', () => {
  it('lists fields in declared order, in either spelling', () => {
    expect(k8sFieldNames('V1EnvVar')).toEqual(['name', 'value', 'valueFrom']);
    expect(k8sFieldNames('V1EnvVar', 'python')).toEqual(['name', 'value', 'value_from']);
    expect(k8sFieldNames('V1Probe', 'python').slice(0, 2)).toEqual(['_exec', 'failure_threshold']);
  });

  it('finds the model a field holds, through lists and maps, for either spelling', () => {
    expect(k8sModelOfField('V1Container', 'env')).toBe('V1EnvVar');
    expect(k8sModelOfField('V1Container', 'volume_mounts')).toBe('V1VolumeMount');
    expect(k8sModelOfField('V1Container', 'volumeMounts')).toBe('V1VolumeMount');
    expect(k8sModelOfField('V1Probe', '_exec')).toBe('V1ExecAction');
    expect(k8sModelOfField('V1Container', 'image')).toBeUndefined();
    expect(k8sModelOfField('V1Container', 'imagePullSecrets')).toBeUndefined();
  });

  it('converts one field name by the tables, irregular names included', () => {
    expect(toSnakeCase('V1PodSpec', 'hostIPC')).toBe('host_ipc');
    expect(toSnakeCase('V1PodSpec', 'host_ipc')).toBe('host_ipc');
    expect(toCamelCase('V1PodSpec', 'host_ipc')).toBe('hostIPC');
    expect(toCamelCase('V1Probe', '_exec')).toBe('exec');
    expect(toSnakeCase('V1Probe', 'exec')).toBe('_exec');
    expect(toCamelCase('V1ServiceSpec', 'cluster_i_ps')).toBe('clusterIPs');
    expect(toSnakeCase('V1PodSpec', 'hostIpc')).toBeUndefined();
    expect(toCamelCase('V1PodSpec', 'host_i_p_c')).toBeUndefined();
  });

  it('throws for a model outside the pinned tables', () => {
    expect(() => k8sFieldNames('V1NetworkPolicy')).toThrow(
      'Unknown Kubernetes model V1NetworkPolicy',
    );
  });
});
