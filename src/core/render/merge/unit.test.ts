import { describe, expect, it } from 'vitest';
import { MY_CONTAINER_CONTEXT, OTHER_CONTAINER_CONTEXT, parseFixture } from './fixtures/contexts';
import { locationOrigin } from './fixtures/origin';
import {
  contextFromContainerContext,
  contextFromK8sConfig,
  contextToMerged,
  mergeContexts,
  withRunMergeBehavior,
  type ContainerContextHandle,
  type MergeResult,
} from './index';

function unwrap<T>(result: MergeResult<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const build = (text: string, index: number) =>
  unwrap(contextFromContainerContext(parseFixture(text), locationOrigin(index)));

const mine = () => build(MY_CONTAINER_CONTEXT, 0);
const other = () => build(OTHER_CONTAINER_CONTEXT, 1);

const empty = {
  job_config: {},
  deployment_metadata: {},
  service_metadata: {},
  service_spec_config: {},
};

describe('R3: DEEP merge of two contexts', () => {
  it('merges the run configs exactly as test_merge asserts', () => {
    const merged = contextToMerged(unwrap(mergeContexts(mine(), other())), 'run');
    expect(merged.namespace).toBe('your_namespace');
    expect(merged.mergeBehavior).toBe('DEEP');
    expect(merged.fragments).toEqual({
      ...empty,
      container_config: {
        env: [
          { name: 'SHARED_KEY', value: 'SHARED_VAL' },
          { name: 'MY_ENV_VAR', value: 'my_val' },
          { name: 'DD_AGENT_HOST', valueFrom: { fieldRef: { fieldPath: 'status.hostIP' } } },
          { name: 'SHARED_OTHER_KEY', value: 'SHARED_OTHER_VAL' },
          { name: 'YOUR_ENV_VAR', value: 'your_val' },
          { name: 'FOO', value: 'BAR' },
        ],
        volumeMounts: [
          {
            mountPath: 'my_mount_path',
            mountPropagation: 'my_mount_propagation',
            name: 'a_volume_mount_one',
            readOnly: false,
            subPath: 'path/',
          },
          {
            mountPath: 'your_mount_path',
            mountPropagation: 'your_mount_propagation',
            name: 'b_volume_mount_one',
            readOnly: true,
            subPath: 'your_path/',
          },
        ],
        resources: {
          requests: { memory: '64Mi', cpu: '250m' },
          limits: { memory: '64Mi', cpu: '250m' },
        },
        imagePullPolicy: 'Never',
        envFrom: [
          { configMapRef: { name: 'my_config_map' } },
          { secretRef: { name: 'my_secret' } },
          { configMapRef: { name: 'your_config_map' } },
          { secretRef: { name: 'your_secret' } },
        ],
        command: ['REPLACED'],
        tty: true,
        stdin: true,
      },
      pod_template_spec_metadata: {
        labels: {
          foo_label: 'override_value',
          baz: 'quux',
          norm: 'abc',
          bar_label: 'baz_value',
          foo: 'bar',
        },
        namespace: 'my_other_namespace',
      },
      pod_spec_config: {
        imagePullSecrets: [
          { name: 'my_secret' },
          { name: 'image-secret-1' },
          { name: 'image-secret-2' },
          { name: 'your_secret' },
          { name: 'image-secret-3' },
        ],
        volumes: [
          { name: 'foo', configMap: { name: 'settings-cm' } },
          { name: 'bar', configMap: { name: 'your-settings-cm' } },
        ],
        serviceAccountName: 'your_service_account',
        schedulerName: 'my_other_scheduler',
        dnsPolicy: 'other_value',
        securityContext: { supplementalGroups: [1234, 5678] },
      },
      job_metadata: {
        labels: { foo_label: 'override_value', bar_label: 'baz_value' },
        namespace: 'my_other_job_value',
      },
      job_spec_config: { backoffLimit: 240 },
    });
    // Label keys keep Dagster's insertion order (first layer's keys first).
    expect(Object.keys(merged.fragments.pod_template_spec_metadata.labels ?? {})).toEqual([
      'foo_label',
      'baz',
      'norm',
      'bar_label',
      'foo',
    ]);
  });

  it('keeps the origin of each leaf', () => {
    const merged = contextToMerged(unwrap(mergeContexts(mine(), other())), 'run');
    expect(merged.origins.get('/pod_spec_config/imagePullSecrets/3/name')).toEqual({
      layer: 'location',
      document: 'dagster-cloud-yaml',
      path: ['locations', 1, 'container_context', 'k8s', 'image_pull_secrets', 0, 'name'],
    });
    // imagePullSecrets written camelCase in the run_k8s_config: the origin keeps that spelling.
    expect(merged.origins.get('/pod_spec_config/imagePullSecrets/1')).toEqual({
      layer: 'location',
      document: 'dagster-cloud-yaml',
      path: [
        'locations',
        0,
        'container_context',
        'k8s',
        'run_k8s_config',
        'pod_spec_config',
        'imagePullSecrets',
        0,
      ],
    });
    // A folded env_vars entry: name and value both point at the string in env_vars.
    expect(merged.origins.get('/container_config/env/4/value')).toEqual({
      layer: 'location',
      document: 'dagster-cloud-yaml',
      path: ['locations', 1, 'container_context', 'k8s', 'env_vars', 0],
    });
    // A snake_case key normalized to camelCase keeps the user's spelling in its path.
    expect(merged.origins.get('/container_config/volumeMounts/0/mountPath')).toEqual({
      layer: 'location',
      document: 'dagster-cloud-yaml',
      path: ['locations', 0, 'container_context', 'k8s', 'volume_mounts', 0, 'mount_path'],
    });
    expect(merged.namespaceOrigin?.path).toEqual([
      'locations',
      1,
      'container_context',
      'k8s',
      'namespace',
    ]);
  });

  it('ignores server_k8s_config for runs and run_k8s_config for code servers', () => {
    const server = contextToMerged(mine(), 'code-server');
    expect(server.fragments.container_config.command).toEqual(['echo', 'SERVER']);
    expect(server.fragments.job_spec_config).toEqual({});
    expect(server.fragments.deployment_metadata).toEqual({ labels: { foo_label: 'bar_value' } });
    const run = contextToMerged(mine(), 'run');
    expect(run.fragments.container_config.command).toEqual(['echo', 'RUN']);
    expect(run.fragments.deployment_metadata).toEqual({});
  });

  it('merging with an empty context is the identity', () => {
    const none = unwrap(contextFromContainerContext({}, locationOrigin()));
    const alone = contextToMerged(mine(), 'run').fragments;
    expect(contextToMerged(unwrap(mergeContexts(none, mine())), 'run').fragments).toEqual(alone);
    expect(contextToMerged(unwrap(mergeContexts(mine(), none)), 'run').fragments).toEqual(alone);
  });
});

describe('R4: SHALLOW merge', () => {
  it('replaces each top-level key of a fragment and keeps keys only the first context sets', () => {
    const shallowOther: ContainerContextHandle = withRunMergeBehavior(other(), 'SHALLOW');
    const merged = contextToMerged(unwrap(mergeContexts(mine(), shallowOther)), 'run');
    expect(merged.mergeBehavior).toBe('SHALLOW');
    expect(merged.fragments).toEqual({
      ...empty,
      container_config: {
        env: [
          { name: 'SHARED_OTHER_KEY', value: 'SHARED_OTHER_VAL' },
          { name: 'YOUR_ENV_VAR', value: 'your_val' },
          { name: 'FOO', value: 'BAR' },
        ],
        volumeMounts: [
          {
            mountPath: 'your_mount_path',
            mountPropagation: 'your_mount_propagation',
            name: 'b_volume_mount_one',
            readOnly: true,
            subPath: 'your_path/',
          },
        ],
        resources: { limits: { memory: '64Mi', cpu: '250m' } },
        imagePullPolicy: 'Never',
        envFrom: [
          { configMapRef: { name: 'your_config_map' } },
          { secretRef: { name: 'your_secret' } },
        ],
        command: ['REPLACED'],
        tty: true,
        stdin: true,
      },
      pod_template_spec_metadata: {
        labels: { bar_label: 'baz_value', foo_label: 'override_value', foo: 'bar', norm: 'abc' },
        namespace: 'my_other_namespace',
      },
      pod_spec_config: {
        imagePullSecrets: [
          { name: 'your_secret' },
          { name: 'image-secret-2' },
          { name: 'image-secret-3' },
        ],
        volumes: [{ name: 'bar', configMap: { name: 'your-settings-cm' } }],
        serviceAccountName: 'your_service_account',
        schedulerName: 'my_other_scheduler',
        dnsPolicy: 'other_value',
        securityContext: { supplementalGroups: [5678] },
      },
      job_metadata: {
        labels: { bar_label: 'baz_value', foo_label: 'override_value' },
        namespace: 'my_other_job_value',
      },
      job_spec_config: { backoffLimit: 240 },
    });
  });

  it('SHALLOW written inside run_k8s_config also makes that context’s own fold shallow', () => {
    const text = OTHER_CONTAINER_CONTEXT.replace(
      '  run_k8s_config:\n',
      '  run_k8s_config:\n    merge_behavior: SHALLOW\n',
    );
    const merged = contextToMerged(unwrap(mergeContexts(mine(), build(text, 1))), 'run');
    expect(merged.fragments.pod_template_spec_metadata.labels).toEqual({ foo: 'bar', norm: 'abc' });
    expect(merged.fragments.pod_spec_config.imagePullSecrets).toEqual([
      { name: 'image-secret-2' },
      { name: 'image-secret-3' },
    ]);
  });
});

describe('R5: env-var precedence', () => {
  it('keeps both FOO entries, the outer layer first', () => {
    const origin = locationOrigin();
    const outer = unwrap(
      contextFromK8sConfig(
        {
          run_k8s_config: {
            container_config: { env: [{ name: 'FOO', value: 'outercontainerconfig' }] },
          },
        },
        origin,
      ),
    );
    const inner = unwrap(contextFromK8sConfig({ env_vars: ['FOO=innerenvvars'] }, origin));
    const merged = contextToMerged(unwrap(mergeContexts(outer, inner)), 'run');
    expect(merged.fragments.container_config).toEqual({
      env: [
        { name: 'FOO', value: 'outercontainerconfig' },
        { name: 'FOO', value: 'innerenvvars' },
      ],
    });
    expect(merged.notes).toEqual([
      {
        severity: 'warning',
        message: 'FOO is set more than once in env; Kubernetes uses the last value.',
        origin: {
          layer: 'location',
          document: 'dagster-cloud-yaml',
          path: ['locations', 0, 'container_context', 'env_vars', 0],
        },
      },
    ]);
  });
});
