import { describe, expect, it } from 'vitest';
import generatedText from './models.generated.ts?raw';
import {
  K8S_API_VERSION,
  K8S_MODELS_PACKAGE,
  findK8sField,
  formatK8sFieldType,
  getK8sModel,
  listK8sModelNames,
} from './index';

const GENERATOR = new URL('../../../scripts/generate-k8s-models.mjs', import.meta.url).href;

interface Generator {
  renderK8sModelsFile: () => { text: string };
  toPythonName: (name: string) => string;
}

/** The generator script (Node-only: it reads @kubernetes/client-node). */
async function importGenerator(): Promise<Generator> {
  return (await import(/* @vite-ignore */ GENERATOR)) as Generator;
}

/** merge.md §12.3, written out again here so the table is checked against the spec's rule. */
function underscoreBySpec(json: string): string {
  if (json === '$ref' || json === '$schema') return json.slice(1);
  const snake = json
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replaceAll('-', '_')
    .toLowerCase();
  return ['exec', 'continue', 'except', 'from', 'not'].includes(snake) ? `_${snake}` : snake;
}

describe('generated model tables', () => {
  it('pins the Kubernetes API of @kubernetes/client-node 1.4.0', () => {
    expect(K8S_API_VERSION).toBe('v1.34.0');
    expect(K8S_MODELS_PACKAGE).toBe('@kubernetes/client-node@1.4.0');
  });

  it('is what the generator produces from the installed package', async () => {
    const { renderK8sModelsFile } = await importGenerator();
    expect(renderK8sModelsFile().text).toBe(generatedText);
    expect(generatedText.split('\n').slice(0, 3)).toEqual([
      '// Kubernetes model tables — generated — do not edit.',
      '// Source: @kubernetes/client-node 1.4.0 (Kubernetes OpenAPI v1.34.0),',
      '// regenerate with `npm run generate:k8s-models` (scripts/generate-k8s-models.mjs).',
    ]);
  });

  it('holds the models reachable from what Dagster builds, and no others', () => {
    const names = listK8sModelNames();
    expect(names).toHaveLength(136);
    for (const root of ['V1Container', 'V1PodSpec', 'V1Job', 'V1Deployment', 'V1Service']) {
      expect(names).toContain(root);
    }
    expect(names).toContain('V1KeyToPath'); // via V1Volume.configMap.items
    expect(names).not.toContain('V1JSONSchemaProps');
    expect(names).not.toContain('V1NetworkPolicy');
  });

  it('gives every field the Python name of the merge.md §12.3 rule', () => {
    const mismatches = listK8sModelNames().flatMap((name) =>
      getK8sModel(name)
        .fields.filter((f) => f.python !== underscoreBySpec(f.json))
        .map((f) => `${name}.${f.json}=${f.python}`),
    );
    expect(mismatches).toEqual([]);
  });

  it.each([
    ['V1Probe', 'exec', '_exec'],
    ['V1LifecycleHandler', 'exec', '_exec'],
    ['V1PodSpec', 'hostIPC', 'host_ipc'],
    ['V1PodSpec', 'hostPID', 'host_pid'],
    ['V1PodSpec', 'setHostnameAsFQDN', 'set_hostname_as_fqdn'],
    ['V1Volume', 'downwardAPI', 'downward_api'],
    ['V1Volume', 'scaleIO', 'scale_io'],
    ['V1ContainerPort', 'hostIP', 'host_ip'],
    ['V1AWSElasticBlockStoreVolumeSource', 'volumeID', 'volume_id'],
    ['V1CinderVolumeSource', 'volumeID', 'volume_id'],
    ['V1PortworxVolumeSource', 'volumeID', 'volume_id'],
    ['V1AzureDiskVolumeSource', 'diskURI', 'disk_uri'],
    ['V1FlockerVolumeSource', 'datasetUUID', 'dataset_uuid'],
    ['V1PhotonPersistentDiskVolumeSource', 'pdID', 'pd_id'],
    ['V1FCVolumeSource', 'targetWWNs', 'target_ww_ns'],
    ['V1VsphereVirtualDiskVolumeSource', 'storagePolicyID', 'storage_policy_id'],
    ['V1ServiceSpec', 'clusterIP', 'cluster_ip'],
    ['V1ServiceSpec', 'clusterIPs', 'cluster_i_ps'],
    ['V1ServiceSpec', 'externalIPs', 'external_i_ps'],
    ['V1ServiceSpec', 'loadBalancerIP', 'load_balancer_ip'],
    ['V1ObjectMeta', 'managedFields', 'managed_fields'],
    ['V1ManagedFieldsEntry', 'fieldsV1', 'fields_v1'],
  ])('maps %s.%s to the Python name %s (merge.md §12.5)', (model, json, python) => {
    expect(findK8sField(getK8sModel(model), json)?.python).toBe(python);
    expect(findK8sField(getK8sModel(model), python)?.json).toBe(json);
  });

  it('declares types as the Python client does', () => {
    const container = getK8sModel('V1Container');
    const typeOf = (model: string, key: string) =>
      formatK8sFieldType(findK8sField(getK8sModel(model), key)!.type);
    expect(container.fields.map((f) => `${f.python}: ${formatK8sFieldType(f.type)}`)).toEqual([
      'args: list[str]',
      'command: list[str]',
      'env: list[V1EnvVar]',
      'env_from: list[V1EnvFromSource]',
      'image: str',
      'image_pull_policy: str',
      'lifecycle: V1Lifecycle',
      'liveness_probe: V1Probe',
      'name: str',
      'ports: list[V1ContainerPort]',
      'readiness_probe: V1Probe',
      'resize_policy: list[V1ContainerResizePolicy]',
      'resources: V1ResourceRequirements',
      'restart_policy: str',
      'restart_policy_rules: list[V1ContainerRestartRule]',
      'security_context: V1SecurityContext',
      'startup_probe: V1Probe',
      'stdin: bool',
      'stdin_once: bool',
      'termination_message_path: str',
      'termination_message_policy: str',
      'tty: bool',
      'volume_devices: list[V1VolumeDevice]',
      'volume_mounts: list[V1VolumeMount]',
      'working_dir: str',
    ]);
    expect(typeOf('V1ResourceRequirements', 'limits')).toBe('dict(str, str)');
    expect(typeOf('V1JobSpec', 'backoffLimit')).toBe('int');
    expect(typeOf('V1ObjectMeta', 'creationTimestamp')).toBe('datetime');
    expect(typeOf('V1ManagedFieldsEntry', 'fieldsV1')).toBe('object');
    expect(findK8sField(getK8sModel('V1HTTPGetAction'), 'port')?.type).toEqual({
      kind: 'scalar',
      scalar: 'int-or-string',
    });
    expect(typeOf('V1HTTPGetAction', 'port')).toBe('object');
  });

  it('marks the fields the OpenAPI definitions require', () => {
    const required = (model: string) =>
      getK8sModel(model)
        .fields.filter((f) => f.required)
        .map((f) => f.json);
    expect(required('V1Container')).toEqual(['name']);
    expect(required('V1VolumeMount')).toEqual(['mountPath', 'name']);
    expect(required('V1KeyToPath')).toEqual(['key', 'path']);
    expect(required('V1ObjectMeta')).toEqual([]);
  });
});

describe('the generator naming rule for models outside the tables (merge.md §12.5)', () => {
  it.each([
    ['continue', '_continue'],
    ['except', '_except'],
    ['from', '_from'],
    ['not', '_not'],
    ['default', 'default'],
    ['enum', 'enum'],
    ['$ref', 'ref'],
    ['$schema', 'schema'],
    ['x-kubernetes-int-or-string', 'x_kubernetes_int_or_string'],
    ['x-kubernetes-list-map-keys', 'x_kubernetes_list_map_keys'],
    ['podCIDRs', 'pod_cid_rs'],
    ['nonResourceURLs', 'non_resource_ur_ls'],
    ['openAPIV3Schema', 'open_apiv3_schema'],
    ['hostIPC', 'host_ipc'],
    ['clusterIPs', 'cluster_i_ps'],
  ])('%s -> %s', async (json, python) => {
    const { toPythonName } = await importGenerator();
    expect(toPythonName(json)).toBe(python);
  });
});
