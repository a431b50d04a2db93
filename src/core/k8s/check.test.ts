import { describe, expect, it } from 'vitest';
import { PythonFloat, checkK8sModelValue } from './index';

const VOLUMES = ['locations', 0, 'container_context', 'k8s', 'volumes'];

describe('checkK8sModelValue: Dagster errors (config-schema.md §14.4)', () => {
  it('reports an unknown key at the key, with the Python set repr', () => {
    const volume = { name: 'my_volume', configMap: { name: 'cm' }, invalidKey: 'extra_val' };
    expect(checkK8sModelValue('V1Volume', volume, [...VOLUMES, 0])).toEqual([
      {
        path: [...VOLUMES, 0, 'invalidKey'],
        message: "Unexpected keys in model class V1Volume: {'invalidKey'}",
        code: 'k8s-unexpected-keys',
        severity: 'error',
      },
    ]);
  });

  it('lists every unknown key of a map in the message, at each key', () => {
    const issues = checkK8sModelValue(
      'V1VolumeMount',
      { name: 'a', mountPath: '/x', a: 1, b: 2 },
      [],
    );
    expect(issues).toEqual([
      {
        path: ['a'],
        message: "Unexpected keys in model class V1VolumeMount: {'a', 'b'}",
        code: 'k8s-unexpected-keys',
        severity: 'error',
      },
      {
        path: ['b'],
        message: "Unexpected keys in model class V1VolumeMount: {'a', 'b'}",
        code: 'k8s-unexpected-keys',
        severity: 'error',
      },
    ]);
  });

  it('rejects a field given in both spellings, camel name first', () => {
    const volume = {
      name: 'v',
      csi: { driver: 'd', volume_attributes: { a: 'b' }, volumeAttributes: { c: 'd' } },
    };
    expect(checkK8sModelValue('V1Volume', volume, ['volumes', 2])).toEqual([
      {
        path: ['volumes', 2, 'csi', 'volumeAttributes'],
        message:
          'Model class V1CSIVolumeSource cannot contain both volumeAttributes and volume_attributes keys',
        code: 'k8s-both-spellings',
        severity: 'error',
      },
    ]);
  });

  it('rejects a model-typed value that is not a map, by its Python name', () => {
    const volume = { name: 'my_volume', configMap: 'my_config_map' };
    expect(checkK8sModelValue('V1Volume', volume, [])).toEqual([
      {
        path: ['configMap'],
        message:
          'Attribute config_map of type V1ConfigMapVolumeSource must be a dict, received my_config_map instead',
        code: 'k8s-not-a-dict',
        severity: 'error',
      },
    ]);
  });

  it('names list elements items[i]', () => {
    const volume = {
      name: 'v',
      config_map: { name: 'cm', items: [{ key: 'a', path: 'a' }, 'foobar'] },
    };
    expect(checkK8sModelValue('V1Volume', volume, [])).toEqual([
      {
        path: ['config_map', 'items', 1],
        message: 'Attribute items[1] of type V1KeyToPath must be a dict, received foobar instead',
        code: 'k8s-not-a-dict',
        severity: 'error',
      },
    ]);
  });

  it('rejects null where a model, list or map is declared, as Python fails on it', () => {
    const spec = {
      affinity: null,
      tolerations: null,
      node_selector: null,
      service_account_name: null,
    };
    expect(checkK8sModelValue('V1PodSpec', spec, [])).toEqual([
      {
        path: ['affinity'],
        message: 'Attribute affinity of type V1Affinity must be a dict, received None instead',
        code: 'k8s-not-a-dict',
        severity: 'error',
      },
      {
        path: ['tolerations'],
        message: "'NoneType' object is not iterable",
        code: 'k8s-not-a-list',
        severity: 'error',
      },
      {
        path: ['node_selector'],
        message: "'NoneType' object has no attribute 'items'",
        code: 'k8s-not-a-map',
        severity: 'error',
      },
    ]);
  });

  it('accepts only the exact JSON or Python name: hostIPC and host_ipc, not hostIpc', () => {
    expect(checkK8sModelValue('V1PodSpec', { hostIPC: true }, [])).toEqual([]);
    expect(checkK8sModelValue('V1PodSpec', { host_ipc: true }, [])).toEqual([]);
    expect(checkK8sModelValue('V1PodSpec', { hostIpc: true }, ['pod_spec_config'])).toEqual([
      {
        path: ['pod_spec_config', 'hostIpc'],
        message: "Unexpected keys in model class V1PodSpec: {'hostIpc'}",
        code: 'k8s-unexpected-keys',
        severity: 'error',
      },
      {
        path: ['pod_spec_config', 'hostIpc'],
        message: 'V1PodSpec has no field hostIpc; did you mean hostIPC (or host_ipc)?',
        code: 'k8s-similar-key',
        severity: 'info',
      },
    ]);
  });

  it('reports a missing required field inside a fragment, not at its top level', () => {
    const container = { env: [{ value: 'x' }], volume_mounts: [{ name: 'v' }] };
    expect(checkK8sModelValue('V1Container', container, ['c'])).toEqual([
      {
        path: ['c', 'env', 0],
        message: 'Invalid value for `name`, must not be `None`',
        code: 'k8s-missing-required',
        severity: 'error',
      },
      {
        path: ['c', 'volume_mounts', 0],
        message: 'Invalid value for `mount_path`, must not be `None`',
        code: 'k8s-missing-required',
        severity: 'error',
      },
    ]);
    expect(checkK8sModelValue('V1Container', {}, ['c'], { requireFields: 'all' })).toEqual([
      {
        path: ['c'],
        message: 'Invalid value for `name`, must not be `None`',
        code: 'k8s-missing-required',
        severity: 'error',
      },
    ]);
    expect(checkK8sModelValue('V1Container', container, [], { requireFields: 'none' })).toEqual([]);
  });

  it('reports values int() rejects, with Python ValueError text', () => {
    expect(checkK8sModelValue('V1JobSpec', { backoffLimit: 'abc' }, ['job_spec_config'])).toEqual([
      {
        path: ['job_spec_config', 'backoffLimit'],
        message: "invalid literal for int() with base 10: 'abc'",
        code: 'k8s-invalid-scalar',
        severity: 'error',
      },
    ]);
  });
});

describe('checkK8sModelValue: accepted input', () => {
  it('accepts snake_case and camelCase mixed per key at any depth', () => {
    const podSpec = {
      dns_policy: 'ClusterFirst',
      imagePullSecrets: [{ name: 'regcred' }],
      node_selector: { 'disk-type': 'ssd', Zone_A: 'x' },
      securityContext: { run_as_user: 1000, fsGroup: 2000 },
      tolerations: [{ key: 'gpu', operator: 'Exists', effect: 'NoSchedule' }],
      containers: [
        {
          name: 'sidecar',
          image: 'busybox',
          readiness_probe: { exec: { command: ['true'] }, periodSeconds: 5 },
          livenessProbe: { _exec: { command: ['true'] } },
          ports: [{ container_port: 8080, hostIP: '0.0.0.0' }],
        },
      ],
      volumes: [
        { name: 'a', downwardAPI: { items: [{ path: 'labels', field_ref: { fieldPath: 'x' } }] } },
        { name: 'b', empty_dir: { sizeLimit: '1Gi' } },
      ],
      affinity: {
        node_affinity: {
          requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [] },
        },
      },
    };
    expect(checkK8sModelValue('V1PodSpec', podSpec, [])).toEqual([]);
  });
});

describe('checkK8sModelValue: warnings and hints', () => {
  it('warns about values Python coerces into something else (merge.md §13)', () => {
    const meta = { labels: { a: true, b: 1, c: new PythonFloat(1), d: 'text' } };
    expect(checkK8sModelValue('V1ObjectMeta', meta, ['m'])).toEqual([
      {
        path: ['m', 'labels', 'a'],
        message: 'labels[a] is a string: the agent sends "True" (Python str(True))',
        code: 'k8s-coerced-scalar',
        severity: 'warning',
      },
      {
        path: ['m', 'labels', 'c'],
        message: 'labels[c] is a string: the agent sends "1.0" (Python str(1.0))',
        code: 'k8s-coerced-scalar',
        severity: 'warning',
      },
    ]);
    const mount = { name: 'a', mountPath: '/x', readOnly: 'False' };
    expect(checkK8sModelValue('V1VolumeMount', mount, [])).toEqual([
      {
        path: ['readOnly'],
        message: "read_only is a boolean: the agent sends true (Python bool('False'))",
        code: 'k8s-coerced-scalar',
        severity: 'warning',
      },
    ]);
    expect(checkK8sModelValue('V1JobSpec', { backoffLimit: 10.9, parallelism: '3' }, [])).toEqual([
      {
        path: ['backoffLimit'],
        message: 'backoff_limit is an integer: the agent sends 10 (Python int(10.9))',
        code: 'k8s-coerced-scalar',
        severity: 'warning',
      },
    ]);
  });

  it('warns that a string given for a list is split into characters', () => {
    expect(checkK8sModelValue('V1Container', { command: 'python -m app' }, [])).toEqual([
      {
        path: ['command'],
        message:
          'command must be a list: the agent would iterate it and use the characters of this string',
        code: 'k8s-string-as-list',
        severity: 'warning',
      },
    ]);
  });

  it('reports a string given for a list of models once', () => {
    expect(checkK8sModelValue('V1PodSpec', { volumes: 'abc' }, [])).toEqual([
      {
        path: ['volumes'],
        message:
          'volumes must be a list: the agent would iterate it and use the characters of this string',
        code: 'k8s-string-as-list',
        severity: 'warning',
      },
      {
        path: ['volumes'],
        message: 'Attribute volumes[0] of type V1Volume must be a dict, received a instead',
        code: 'k8s-not-a-dict',
        severity: 'error',
      },
    ]);
  });

  it('says where a key from another fragment belongs', () => {
    const meta = { annotations: {}, tolerations: [{ key: 'a' }] };
    expect(checkK8sModelValue('V1ObjectMeta', meta, ['pod_template_spec_metadata'])).toEqual([
      {
        path: ['pod_template_spec_metadata', 'tolerations'],
        message: "Unexpected keys in model class V1ObjectMeta: {'tolerations'}",
        code: 'k8s-unexpected-keys',
        severity: 'error',
      },
      {
        path: ['pod_template_spec_metadata', 'tolerations'],
        message:
          'tolerations is not a V1ObjectMeta field; it matches the V1PodSpec field tolerations (pod_spec_config)',
        code: 'k8s-misplaced-key',
        severity: 'info',
      },
    ]);
    const hints = (model: string, value: object) =>
      checkK8sModelValue(model, value, [])
        .filter((issue) => issue.severity === 'info')
        .map((issue) => issue.message);
    expect(hints('V1Container', { serviceAccountName: 'sa' })).toEqual([
      'serviceAccountName is not a V1Container field; it matches the V1PodSpec field serviceAccountName (or service_account_name) (pod_spec_config)',
    ]);
    expect(hints('V1PodSpec', { merge_behavior: 'SHALLOW' })).toEqual([
      'merge_behavior goes beside the fragments (run_k8s_config.merge_behavior or server_k8s_config.merge_behavior), not inside one',
    ]);
    expect(hints('V1Container', { env_vars: ['A=1'] })).toEqual([
      'env_vars is a container_context.k8s key: put it directly under k8s',
    ]);
    expect(hints('V1PodSpec', { container_config: {} })).toEqual([
      'container_config is a fragment of run_k8s_config or server_k8s_config, not a Kubernetes field',
    ]);
    // Deeper down, another fragment's field names are no evidence of a misplaced key.
    expect(hints('V1PodSpec', { affinity: { tolerations: [] } })).toEqual([]);
    expect(hints('V1Container', { zzz: 1 })).toEqual([]);
  });
});
