import { describe, expect, it } from 'vitest';
import { K8sModelError, PythonFloat, normalizeK8sModelKeys, normalizeK8sModelValue } from './index';

function thrown(fn: () => unknown): { message: string; path: unknown; pythonType: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof K8sModelError) {
      return { message: error.message, path: error.path, pythonType: error.pythonType };
    }
    throw error;
  }
  throw new Error('expected a K8sModelError');
}

describe('normalizeK8sModelValue', () => {
  it('normalizes a whole pod spec fragment with nested lists', () => {
    const input = {
      dns_policy: 'ClusterFirst',
      imagePullSecrets: [{ name: 'regcred' }],
      node_selector: { pool: 'runs', gpu: true },
      service_account_name: null,
      host_ipc: 'yes',
      securityContext: { run_as_user: '1000', fsGroup: 2000, runAsNonRoot: 1 },
      tolerations: [
        { key: 'dedicated', operator: 'Equal', value: 'runs', effect: 'NoSchedule' },
        { key: 'gpu', operator: 'Exists', toleration_seconds: 60.9 },
      ],
      containers: [
        {
          name: 'sidecar',
          image: 'busybox:1.36',
          command: ['sh', '-c', 'sleep 1'],
          env: [
            { name: 'A', value: 1 },
            { name: 'B', value_from: { secretKeyRef: { name: 's', key: 'k', optional: null } } },
          ],
          ports: [{ containerPort: '8080', name: 'http', protocol: 'TCP' }],
          readiness_probe: { http_get: { path: '/ready', port: 'http' }, periodSeconds: 5 },
          livenessProbe: { exec: { command: ['true'] }, tcpSocket: { port: 8080 } },
          resources: { limits: { cpu: 1, memory: '2Gi' }, requests: { cpu: new PythonFloat(0.5) } },
        },
      ],
      volumes: [
        { name: 'foo', configMap: { name: 'settings-cm', items: [{ key: 'a', path: 'a.yaml' }] } },
        { name: 'scratch', empty_dir: { size_limit: '1Gi' } },
        { name: 'api', downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'x' } }] } },
      ],
    };
    const output = normalizeK8sModelValue('V1PodSpec', input);
    expect(output).toStrictEqual({
      containers: [
        {
          command: ['sh', '-c', 'sleep 1'],
          env: [
            { name: 'A', value: '1' },
            { name: 'B', valueFrom: { secretKeyRef: { key: 'k', name: 's' } } },
          ],
          image: 'busybox:1.36',
          livenessProbe: { exec: { command: ['true'] }, tcpSocket: { port: 8080 } },
          name: 'sidecar',
          ports: [{ containerPort: 8080, name: 'http', protocol: 'TCP' }],
          readinessProbe: { httpGet: { path: '/ready', port: 'http' }, periodSeconds: 5 },
          resources: { limits: { cpu: '1', memory: '2Gi' }, requests: { cpu: '0.5' } },
        },
      ],
      dnsPolicy: 'ClusterFirst',
      hostIPC: true,
      imagePullSecrets: [{ name: 'regcred' }],
      nodeSelector: { pool: 'runs', gpu: 'True' },
      securityContext: { fsGroup: 2000, runAsNonRoot: true, runAsUser: 1000 },
      tolerations: [
        { effect: 'NoSchedule', key: 'dedicated', operator: 'Equal', value: 'runs' },
        { key: 'gpu', operator: 'Exists', tolerationSeconds: 60 },
      ],
      volumes: [
        { configMap: { items: [{ key: 'a', path: 'a.yaml' }], name: 'settings-cm' }, name: 'foo' },
        { emptyDir: { sizeLimit: '1Gi' }, name: 'scratch' },
        { downwardAPI: { items: [{ fieldRef: { fieldPath: 'x' }, path: 'labels' }] }, name: 'api' },
      ],
    });
    // Attributes come out in the client's declared order, map entries in the user's order.
    const spec = output as Record<string, Record<string, unknown>>;
    expect(Object.keys(spec)).toEqual([
      'containers',
      'dnsPolicy',
      'hostIPC',
      'imagePullSecrets',
      'nodeSelector',
      'securityContext',
      'tolerations',
      'volumes',
    ]);
    expect(Object.keys(spec.nodeSelector!)).toEqual(['pool', 'gpu']);
    const volumes = spec.volumes as unknown as Record<string, unknown>[];
    expect(volumes.map((v) => Object.keys(v))).toEqual([
      ['configMap', 'name'],
      ['emptyDir', 'name'],
      ['downwardAPI', 'name'],
    ]);
  });

  it('renders example R9 the same from camelCase and snake_case input', () => {
    const camel = {
      volume_mounts: [
        {
          mountPath: 'my_mount_path',
          mountPropagation: 'my_mount_propagation',
          name: 'a_volume_mount_one',
          readOnly: false,
          subPath: 'path/',
        },
      ],
    };
    const snake = {
      volume_mounts: [
        {
          mount_path: 'my_mount_path',
          mount_propagation: 'my_mount_propagation',
          name: 'a_volume_mount_one',
          read_only: false,
          sub_path: 'path/',
        },
      ],
    };
    const expected = {
      volumeMounts: [
        {
          mountPath: 'my_mount_path',
          mountPropagation: 'my_mount_propagation',
          name: 'a_volume_mount_one',
          readOnly: false,
          subPath: 'path/',
        },
      ],
    };
    expect(normalizeK8sModelValue('V1Container', camel)).toStrictEqual(expected);
    expect(normalizeK8sModelValue('V1Container', snake)).toStrictEqual(expected);
    expect(
      normalizeK8sModelValue('V1Volume', { name: 'foo', config_map: { name: 'settings-cm' } }),
    ).toStrictEqual({ configMap: { name: 'settings-cm' }, name: 'foo' });
  });

  it('applies the coercions asserted for the run path (merge.md §13, R9)', () => {
    expect(
      normalizeK8sModelValue('V1VolumeMount', { name: 'a', mountPath: '/x', readOnly: 'False' }),
    ).toStrictEqual({ mountPath: '/x', name: 'a', readOnly: true });
    expect(normalizeK8sModelValue('V1ObjectMeta', { labels: { a: true, b: 1 } })).toStrictEqual({
      labels: { a: 'True', b: '1' },
    });
    expect(normalizeK8sModelValue('V1ResourceRequirements', { limits: { cpu: 1 } })).toStrictEqual({
      limits: { cpu: '1' },
    });
    expect(normalizeK8sModelValue('V1JobSpec', { backoffLimit: '3' })).toStrictEqual({
      backoffLimit: 3,
    });
    expect(
      normalizeK8sModelValue('V1ObjectMeta', {
        labels: { f: false, h: 0.5, one: new PythonFloat(1) },
      }),
    ).toStrictEqual({ labels: { f: 'False', h: '0.5', one: '1.0' } });
  });

  it('keeps free-form and IntOrString values, nulls inside lists and maps, and splits strings given for lists', () => {
    expect(
      normalizeK8sModelValue('V1Container', {
        args: 'ab',
        ports: [{ container_port: 80 }],
        readiness_probe: { httpGet: { port: 8080 } },
        env: [{ name: 'X', value: null }],
      }),
    ).toStrictEqual({
      args: ['a', 'b'],
      env: [{ name: 'X' }],
      ports: [{ containerPort: 80 }],
      readinessProbe: { httpGet: { port: 8080 } },
    });
    expect(
      normalizeK8sModelValue('V1ObjectMeta', { labels: { a: null }, finalizers: [null] }),
    ).toStrictEqual({
      finalizers: [null],
      labels: { a: null },
    });
    expect(
      normalizeK8sModelValue('V1ObjectMeta', {
        creationTimestamp: '2024-05-15T16:20:00Z',
        managedFields: [{ fieldsV1: { 'f:a': { x: new PythonFloat(2) } } }],
      }),
    ).toStrictEqual({
      creationTimestamp: '2024-05-15T16:20:00+00:00',
      managedFields: [{ fieldsV1: { 'f:a': { x: 2 } } }],
    });
  });

  it('keeps a __proto__ label as a plain key', () => {
    const labels = JSON.parse('{"__proto__": 1, "a": "b"}') as Record<string, unknown>;
    const out = normalizeK8sModelValue('V1ObjectMeta', { labels }) as { labels: object };
    expect(Object.getPrototypeOf(out.labels)).toBe(Object.prototype);
    expect(Object.entries(out.labels)).toEqual([
      ['__proto__', '1'],
      ['a', 'b'],
    ]);
  });

  it('throws the exceptions the agent raises, with the path into the value', () => {
    expect(
      thrown(() =>
        normalizeK8sModelValue('V1Volume', {
          name: 'my_volume',
          configMap: { name: 'my_config_map' },
          extraKey: 'extra_val',
        }),
      ),
    ).toEqual({
      message: "Unexpected keys in model class V1Volume: {'extraKey'}",
      path: ['extraKey'],
      pythonType: 'Exception',
    });
    expect(
      thrown(() =>
        normalizeK8sModelValue('V1CSIVolumeSource', {
          driver: 'd',
          volumeAttributes: { a: '1' },
          volume_attributes: { a: '1' },
        }),
      ),
    ).toEqual({
      message:
        'Model class V1CSIVolumeSource cannot contain both volumeAttributes and volume_attributes keys',
      path: ['volumeAttributes'],
      pythonType: 'Exception',
    });
    expect(
      thrown(() =>
        normalizeK8sModelValue('V1Volume', { name: 'my_volume', config_map: 'my_config_map' }),
      ),
    ).toEqual({
      message:
        'Attribute config_map of type V1ConfigMapVolumeSource must be a dict, received my_config_map instead',
      path: ['config_map'],
      pythonType: 'Exception',
    });
    expect(
      thrown(() =>
        normalizeK8sModelValue('V1ConfigMapVolumeSource', {
          items: [{ key: 'a', path: 'b' }, 'foobar'],
        }),
      ),
    ).toEqual({
      message: 'Attribute items[1] of type V1KeyToPath must be a dict, received foobar instead',
      path: ['items', 1],
      pythonType: 'Exception',
    });
    expect(thrown(() => normalizeK8sModelValue('V1JobSpec', { backoffLimit: 'abc' }))).toEqual({
      message: "invalid literal for int() with base 10: 'abc'",
      path: ['backoffLimit'],
      pythonType: 'ValueError',
    });
  });

  it('treats null as absent and checks required fields only when asked', () => {
    expect(normalizeK8sModelValue('V1PodSpec', { affinity: null, containers: null })).toStrictEqual(
      {},
    );
    expect(normalizeK8sModelValue('V1Container', { image: 'x' })).toStrictEqual({ image: 'x' });
    expect(
      thrown(() =>
        normalizeK8sModelValue(
          'V1Container',
          { name: 'c', env: [{ value: 'x' }] },
          { requireFields: true },
        ),
      ),
    ).toEqual({
      message: 'Invalid value for `name`, must not be `None`',
      path: ['env', 0],
      pythonType: 'ValueError',
    });
  });
});

describe('normalizeK8sModelKeys', () => {
  it('renames keys to JSON names without converting values, in the user order', () => {
    const keys = normalizeK8sModelKeys('V1PodSpec', {
      service_account_name: null,
      hostIPC: 'yes',
      volumes: [{ name: 'a', config_map: { default_mode: '0644' } }],
      node_selector: { some_key: true },
    });
    expect(keys).toStrictEqual({
      serviceAccountName: null,
      hostIPC: 'yes',
      volumes: [{ name: 'a', configMap: { defaultMode: '0644' } }],
      nodeSelector: { some_key: true },
    });
    expect(Object.keys(keys)).toEqual(['serviceAccountName', 'hostIPC', 'volumes', 'nodeSelector']);
  });

  it('is strict about null models, lists and maps, as k8s_snake_case_dict is', () => {
    expect(thrown(() => normalizeK8sModelKeys('V1PodSpec', { security_context: null }))).toEqual({
      message:
        'Attribute security_context of type V1PodSecurityContext must be a dict, received None instead',
      path: ['security_context'],
      pythonType: 'Exception',
    });
    expect(thrown(() => normalizeK8sModelKeys('V1PodSpec', { volumes: 3 }))).toEqual({
      message: "'int' object is not iterable",
      path: ['volumes'],
      pythonType: 'TypeError',
    });
    expect(thrown(() => normalizeK8sModelKeys('V1ObjectMeta', { labels: ['a'] }))).toEqual({
      message: "'list' object has no attribute 'items'",
      path: ['labels'],
      pythonType: 'AttributeError',
    });
  });
});
