import { describe, expect, it } from 'vitest';
import {
  checkAgentHelmK8sModels,
  checkDagsterCloudK8sModels,
  checkK8sConfigTagModels,
} from './k8s-model-checks';

const withK8s = (k8s: unknown) => ({
  locations: [{ location_name: 'a', container_context: { k8s } }],
});
const K8S = ['locations', 0, 'container_context', 'k8s'];

describe('checkDagsterCloudK8sModels: config-schema.md §14.4 model rows', () => {
  it('reports unknown Kubernetes fields of a volume with the Python set repr', () => {
    const problems = checkDagsterCloudK8sModels(
      withK8s({ volumes: [{ name: 'v', invalidKey: 1, secret: { secret_name: 's' } }] }),
    );
    expect(problems).toEqual([
      {
        severity: 'error',
        path: [...K8S, 'volumes', 0, 'invalidKey'],
        target: 'key',
        message: "Unexpected keys in model class V1Volume: {'invalidKey'}",
        stage: 'agent',
        source: 'kubernetes',
        code: 'k8s-unexpected-keys',
      },
    ]);
  });

  it('rejects the same field in camelCase and snake_case', () => {
    const volume = {
      name: 'v',
      csi: { driver: 'd', volumeAttributes: { a: 'b' }, volume_attributes: { a: 'b' } },
    };
    expect(
      checkDagsterCloudK8sModels(withK8s({ volumes: [volume] })).map((p) => p.message),
    ).toEqual([
      'Model class V1CSIVolumeSource cannot contain both volumeAttributes and volume_attributes keys',
    ]);
  });

  it('requires maps where the model has a model-typed field, also inside lists', () => {
    const volumes = [
      { name: 'a', config_map: 'my_config_map' },
      { name: 'b', config_map: { name: 'cm', items: [{ key: 'k', path: 'p' }, 'foobar'] } },
    ];
    expect(
      checkDagsterCloudK8sModels(withK8s({ volumes })).map((p) => [
        p.path.slice(4).join('.'),
        p.message,
      ]),
    ).toEqual([
      [
        'volumes.0.config_map',
        'Attribute config_map of type V1ConfigMapVolumeSource must be a dict, received my_config_map instead',
      ],
      [
        'volumes.1.config_map.items.1',
        'Attribute items[1] of type V1KeyToPath must be a dict, received foobar instead',
      ],
    ]);
  });

  it('checks each fragment against its model and explains misplaced keys (corpus 057)', () => {
    const problems = checkDagsterCloudK8sModels(
      withK8s({
        run_k8s_config: {
          pod_spec_config: { ttl_seconds_after_finished: 60 },
          job_spec_config: { ttl_seconds_after_finished: 60 },
        },
      }),
    );
    expect(problems).toEqual([
      {
        severity: 'error',
        path: [...K8S, 'run_k8s_config', 'pod_spec_config', 'ttl_seconds_after_finished'],
        target: 'key',
        message: "Unexpected keys in model class V1PodSpec: {'ttl_seconds_after_finished'}",
        stage: 'agent',
        source: 'kubernetes',
        code: 'k8s-unexpected-keys',
        hint: 'ttl_seconds_after_finished is not a V1PodSpec field; it matches the V1JobSpec field ttlSecondsAfterFinished (or ttl_seconds_after_finished) (job_spec_config)',
      },
    ]);
  });

  it('checks the container securityContext at the k8s top level (pod-only fsGroup rejected)', () => {
    const problems = checkDagsterCloudK8sModels(
      withK8s({ security_context: { run_as_user: 1001, fsGroup: 2000 } }),
    );
    expect(problems.map((p) => [p.path.slice(4).join('.'), p.message])).toEqual([
      ['security_context.fsGroup', "Unexpected keys in model class V1SecurityContext: {'fsGroup'}"],
    ]);
  });

  it('warns when a label value is not a string (sent as Python str)', () => {
    const problems = checkDagsterCloudK8sModels(withK8s({ labels: { enabled: true } }));
    expect(problems).toEqual([
      {
        severity: 'warning',
        path: [...K8S, 'labels', 'enabled'],
        target: 'value',
        message: 'labels[enabled] is a string: the agent sends "True" (Python str(True))',
        stage: 'kubernetes-api',
        source: 'kubernetes',
        code: 'k8s-coerced-scalar',
      },
    ]);
  });

  it('resolves {env: VAR} only in the mount fields Dagster declares', () => {
    const mounts = [
      { name: 'v', mount_path: { env: 'P' }, read_only: { env: 'RO' } },
      { name: 'w', mountPath: { env: 'P' } },
    ];
    const problems = checkDagsterCloudK8sModels(withK8s({ volume_mounts: mounts }));
    expect(problems.map((p) => [p.path.slice(4).join('.'), p.severity, p.message])).toEqual([
      [
        'volume_mounts.1.mountPath',
        'warning',
        "mount_path is a string: the agent sends \"{'env': 'P'}\" (Python str({'env': 'P'}))",
      ],
    ]);
  });

  it('checks defaults too and leaves wrong container types to the schema', () => {
    const value = {
      defaults: { container_context: { k8s: { env: [{ name: 'A', valueFrom: { bogus: 1 } }] } } },
      locations: [{ location_name: 'a', container_context: { k8s: { volumes: 'x', env: ['y'] } } }],
    };
    expect(checkDagsterCloudK8sModels(value).map((p) => [p.path.join('.'), p.message])).toEqual([
      [
        'defaults.container_context.k8s.env.0.valueFrom.bogus',
        "Unexpected keys in model class V1EnvVarSource: {'bogus'}",
      ],
    ]);
  });
});

describe('checkK8sConfigTagModels and checkAgentHelmK8sModels', () => {
  it('explains tolerations under pod_template_spec_metadata (PR #25940)', () => {
    const problems = checkK8sConfigTagModels({
      pod_template_spec_metadata: { tolerations: [{ key: 'gpu' }] },
    });
    expect(problems).toEqual([
      {
        severity: 'error',
        path: ['pod_template_spec_metadata', 'tolerations'],
        target: 'key',
        message: "Unexpected keys in model class V1ObjectMeta: {'tolerations'}",
        stage: 'run-launch',
        source: 'kubernetes',
        code: 'k8s-unexpected-keys',
        hint: 'tolerations is not a V1ObjectMeta field; it matches the V1PodSpec field tolerations (pod_spec_config)',
      },
    ]);
  });

  it('checks the raw Helm workspace values the agent normalizes', () => {
    const problems = checkAgentHelmK8sModels({
      workspace: {
        runK8sConfig: { podSpecConfig: { nodeSelectorr: {} } },
        volumeMounts: [{ name: 'a', mountPath: '/a', readOnly: true }],
      },
    });
    expect(problems.map((p) => [p.path.join('.'), p.message])).toEqual([
      [
        'workspace.runK8sConfig.podSpecConfig.nodeSelectorr',
        "Unexpected keys in model class V1PodSpec: {'nodeSelectorr'}",
      ],
    ]);
  });
});
