import { describe, expect, it } from 'vitest';
import { runDagsterStage } from './errors';
import { normalizeK8sKeys } from './k8s-keys';
import { traceValue, untrace, type TracedMap } from './traced';

const origin = (path: readonly (string | number)[]) => ({
  layer: 'location' as const,
  document: 'dagster-cloud-yaml' as const,
  path,
});

function normalize(model: string, value: unknown) {
  return runDagsterStage('run-launch', () =>
    untrace(normalizeK8sKeys(model, traceValue(value, origin, []) as TracedMap)),
  );
}

function message(model: string, value: unknown): string | null {
  const result = normalize(model, value);
  return result.ok ? null : result.error.message;
}

describe('k8s_snake_case_dict on traced values (merge.md §12, example R9)', () => {
  it('accepts snake_case, camelCase and mixed keys, keeping map keys verbatim', () => {
    const camel = normalize('V1Volume', { name: 'foo', configMap: { name: 'settings-cm' } });
    const snake = normalize('V1Volume', { name: 'foo', config_map: { name: 'settings-cm' } });
    expect(camel).toEqual({ ok: true, value: { name: 'foo', configMap: { name: 'settings-cm' } } });
    expect(snake).toEqual(camel);
    expect(
      normalize('V1Volume', {
        name: 'v',
        csi: { driver: 'my_driver', volumeAttributes: { fooKey: 'fooVal', bar_key: 'barVal' } },
      }),
    ).toEqual({
      ok: true,
      value: {
        name: 'v',
        csi: { driver: 'my_driver', volumeAttributes: { fooKey: 'fooVal', bar_key: 'barVal' } },
      },
    });
  });

  it('maps irregular names through the model tables', () => {
    expect(
      normalize('V1PodSpec', {
        host_ipc: true,
        host_pid: false,
        set_hostname_as_fqdn: true,
        containers: [],
      }),
    ).toEqual({
      ok: true,
      value: { hostIPC: true, hostPID: false, setHostnameAsFQDN: true, containers: [] },
    });
    expect(normalize('V1Probe', { _exec: { command: ['true'] } })).toEqual({
      ok: true,
      value: { exec: { command: ['true'] } },
    });
    expect(normalize('V1Volume', { name: 'd', downward_api: {} })).toEqual({
      ok: true,
      value: { name: 'd', downwardAPI: {} },
    });
  });

  it('rejects only-approximately-right spellings (hostIpc)', () => {
    expect(message('V1PodSpec', { hostIpc: true })).toBe(
      "Unexpected keys in model class V1PodSpec: {'hostIpc'}",
    );
  });

  it('gives Dagster’s exact messages', () => {
    expect(
      message('V1CSIVolumeSource', { driver: 'd', volumeAttributes: {}, volume_attributes: {} }),
    ).toBe(
      'Model class V1CSIVolumeSource cannot contain both volumeAttributes and volume_attributes keys',
    );
    expect(
      message('V1Volume', {
        name: 'my_volume',
        configMap: { name: 'my_config_map' },
        extraKey: 'extra_val',
      }),
    ).toBe("Unexpected keys in model class V1Volume: {'extraKey'}");
    expect(message('V1Volume', { name: 'my_volume', config_map: 'my_config_map' })).toBe(
      'Attribute config_map of type V1ConfigMapVolumeSource must be a dict, received my_config_map instead',
    );
    expect(
      message('V1ConfigMapVolumeSource', {
        name: 'cm',
        items: [{ key: 'a', path: 'a' }, 'foobar'],
      }),
    ).toBe('Attribute items[1] of type V1KeyToPath must be a dict, received foobar instead');
  });

  it('reproduces Python’s behaviour for wrongly shaped list and dict fields', () => {
    // range(len("echo")) iterates the characters of a string.
    expect(normalize('V1Container', { name: 'c', command: 'echo' })).toEqual({
      ok: true,
      value: { name: 'c', command: ['e', 'c', 'h', 'o'] },
    });
    expect(message('V1Container', { name: 'c', args: 3 })).toBe(
      "TypeError: object of type 'int' has no len()",
    );
    expect(message('V1ObjectMeta', { labels: ['a'] })).toBe(
      "AttributeError: 'list' object has no attribute 'items'",
    );
  });

  it('points the error at the offending value', () => {
    const result = normalize('V1PodSpec', { volumes: [{ name: 'v', config_map: 'x' }] });
    expect(result.ok ? null : result.error.origin).toEqual(origin(['volumes', 0, 'config_map']));
  });
});
