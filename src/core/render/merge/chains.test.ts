import { describe, expect, it } from 'vitest';
import { MY_CONTAINER_CONTEXT, parseFixture } from './fixtures/contexts';
import {
  R10_DAGSTER_CLOUD_YAML,
  R10_HELM_VALUES,
  R10_TAG,
  R10B_TAG,
  R1_RUN_LAUNCHER,
  R6_LOCATION,
  R6_RUN_LAUNCHER,
  R6_TAG,
  S2_DAGSTER_CLOUD_YAML,
  S2_HELM_VALUES,
  S4_DAGSTER_CLOUD_YAML,
  S4_HELM_VALUES,
} from './fixtures/examples';
import { locationOrigin } from './fixtures/origin';
import { agentFromHelm, locationFromYaml, unwrap } from './fixtures/pipeline';
import {
  buildRunLauncherLayer,
  mergeCodeServerContainerContext,
  mergeRunContainerContext,
} from './index';

const empty = {
  job_config: {},
  deployment_metadata: {},
  service_metadata: {},
  service_spec_config: {},
};

describe('run chain (merge.md §6)', () => {
  it('R2: location context on the R1 launcher', () => {
    const merged = unwrap(
      mergeRunContainerContext({
        launcher: buildRunLauncherLayer(R1_RUN_LAUNCHER),
        location: {
          containerContext: parseFixture(MY_CONTAINER_CONTEXT),
          origin: locationOrigin(),
        },
      }),
    );
    expect(merged.namespace).toBe('my_namespace');
    expect(merged.fragments).toEqual({
      ...empty,
      container_config: {
        imagePullPolicy: 'Always',
        env: [
          { name: 'SHARED_KEY', value: 'SHARED_VAL' },
          { name: 'MY_ENV_VAR', value: 'my_val' },
          { name: 'DD_AGENT_HOST', valueFrom: { fieldRef: { fieldPath: 'status.hostIP' } } },
        ],
        volumeMounts: [
          {
            mountPath: 'my_mount_path',
            mountPropagation: 'my_mount_propagation',
            name: 'a_volume_mount_one',
            readOnly: false,
            subPath: 'path/',
          },
        ],
        resources: {
          requests: { memory: '64Mi', cpu: '250m' },
          limits: { memory: '128Mi', cpu: '500m' },
        },
        envFrom: [
          { configMapRef: { name: 'my_config_map' } },
          { secretRef: { name: 'my_secret' } },
        ],
        command: ['echo', 'RUN'],
        tty: true,
      },
      pod_spec_config: {
        serviceAccountName: 'my_service_account',
        imagePullSecrets: [
          { name: 'my_secret' },
          { name: 'image-secret-1' },
          { name: 'image-secret-2' },
        ],
        volumes: [{ name: 'foo', configMap: { name: 'settings-cm' } }],
        schedulerName: 'my_scheduler',
        dnsPolicy: 'value',
        securityContext: { supplementalGroups: [1234] },
      },
      pod_template_spec_metadata: {
        labels: { foo_label: 'bar_value', baz: 'quux', norm: 'boo' },
        namespace: 'my_pod_namespace',
      },
      job_metadata: { labels: { foo_label: 'bar_value' }, namespace: 'my_job_value' },
      job_spec_config: { backoffLimit: 120 },
    });
    expect(merged.origins.get('/container_config/imagePullPolicy')?.path).toEqual([
      'locations',
      0,
      'container_context',
      'k8s',
      'image_pull_policy',
    ]);
  });

  it('R6: launcher raw config < location raw config < run tag', () => {
    const merged = unwrap(
      mergeRunContainerContext({
        launcher: buildRunLauncherLayer(R6_RUN_LAUNCHER),
        location: { containerContext: R6_LOCATION, origin: locationOrigin() },
        runTag: R6_TAG,
      }),
    );
    expect(merged.namespace).toBe('default');
    expect(merged.fragments).toEqual({
      ...empty,
      container_config: {
        imagePullPolicy: 'IfNotPresent',
        env: [
          { name: 'FOO_TEST', value: 'foo' },
          { name: 'DAGSTER_CLOUD_DEPLOYMENT_NAME', value: 'test-deployment' },
        ],
        command: ['echo', 'REPLACED'],
        tty: true,
        workingDir: 'my_working_dir',
      },
      pod_spec_config: {
        serviceAccountName: 'webserver-admin',
        schedulerName: 'test-scheduler',
        dnsPolicy: 'value',
      },
      pod_template_spec_metadata: { namespace: 'my_pod_namespace' },
      job_metadata: { namespace: 'my_job_value' },
      job_spec_config: { backoffLimit: 120 },
    });
    expect(merged.origins.get('/container_config/workingDir')).toEqual({
      layer: 'run-tag',
      document: 'run-tag',
      path: ['container_config', 'working_dir'],
    });
    expect(merged.origins.get('/container_config/tty')).toEqual({
      layer: 'helm',
      document: null,
      path: ['run_launcher', 'run_k8s_config', 'container_config', 'tty'],
    });
  });

  const r10 = (tag: string) =>
    unwrap(
      mergeRunContainerContext({
        launcher: agentFromHelm(R10_HELM_VALUES, { releaseName: 'dagster-cloud-agent' }).launcher,
        location: locationFromYaml(R10_DAGSTER_CLOUD_YAML),
        runTag: tag,
      }),
    );

  it('R10: Dagster+ agent run (Helm → agent layer, location, DEEP tag)', () => {
    const merged = r10(R10_TAG);
    expect(merged.namespace).toBe('dagster-cloud');
    expect(merged.fragments).toEqual({
      ...empty,
      container_config: {
        imagePullPolicy: 'Always',
        envFrom: [
          { secretRef: { name: 'dagster-cloud-agent-token' } },
          { secretRef: { name: 'loc-secret' } },
        ],
        env: [
          { name: 'AGENT_LEVEL', value: '1' },
          { name: 'FOO', value: 'bar' },
        ],
        resources: { limits: { cpu: '1', memory: '2Gi' }, requests: { cpu: '500m' } },
      },
      pod_spec_config: {
        imagePullSecrets: [{ name: 'regcred' }],
        serviceAccountName: 'dagster-cloud-agent',
        nodeSelector: { pool: 'runs' },
        tolerations: [
          { key: 'dedicated', operator: 'Equal', value: 'runs', effect: 'NoSchedule' },
          { key: 'gpu', operator: 'Exists', effect: 'NoSchedule' },
        ],
      },
      pod_template_spec_metadata: {
        labels: { team: 'data' },
        annotations: { 'cluster-autoscaler.kubernetes.io/safe-to-evict': 'false' },
      },
      job_metadata: { labels: { team: 'data' } },
      job_spec_config: {},
    });
    expect(merged.origins.get('/container_config/envFrom/0/secretRef/name')).toEqual({
      layer: 'helm',
      document: 'helm-values',
      path: ['dagsterCloud', 'agentTokenSecretName'],
    });
    expect(merged.origins.get('/pod_spec_config/tolerations/0/key')).toEqual({
      layer: 'helm',
      document: 'helm-values',
      path: ['workspace', 'runK8sConfig', 'podSpecConfig', 'tolerations', 0, 'key'],
    });
    expect(merged.origins.get('/container_config/imagePullPolicy')).toEqual({
      layer: 'helm',
      document: 'helm-values',
      path: ['workspace', 'pullPolicy'],
    });
    expect(merged.origins.get('/container_config/resources/requests/cpu')).toEqual({
      layer: 'run-tag',
      document: 'run-tag',
      path: ['container_config', 'resources', 'requests', 'cpu'],
    });
    expect(merged.notes).toEqual([]);
  });

  it('R10b: a SHALLOW tag replaces the agent’s env, envFrom and tolerations', () => {
    const merged = r10(R10B_TAG);
    expect(merged.mergeBehavior).toBe('SHALLOW');
    expect(merged.fragments.container_config).toEqual({
      imagePullPolicy: 'Always',
      envFrom: [{ secretRef: { name: 'loc-secret' } }],
      env: [{ name: 'ONLY', value: '1' }],
      resources: { limits: { cpu: '1', memory: '2Gi' } },
    });
    expect(merged.fragments.pod_spec_config).toEqual({
      imagePullSecrets: [{ name: 'regcred' }],
      serviceAccountName: 'dagster-cloud-agent',
      nodeSelector: { pool: 'runs' },
      tolerations: [],
    });
    expect(merged.notes).toEqual([
      {
        severity: 'warning',
        message:
          'The dagster-k8s/config tag has merge_behavior: SHALLOW, so these agent (Helm) values are ' +
          'replaced, not merged: container_config.envFrom, container_config.env, pod_spec_config.tolerations.',
        origin: { layer: 'run-tag', document: 'run-tag', path: ['merge_behavior'] },
      },
    ]);
  });

  it('applies the legacy resource_requirements tag over the config tag’s resources', () => {
    const merged = unwrap(
      mergeRunContainerContext({
        launcher: buildRunLauncherLayer({}),
        location: null,
        runTag: '{"container_config": {"resources": {"limits": {"cpu": "1"}}, "tty": true}}',
        resourceRequirementsTag: '{"requests": {"memory": "1Gi"}}',
      }),
    );
    expect(merged.fragments.container_config).toEqual({
      imagePullPolicy: 'IfNotPresent',
      resources: { requests: { memory: '1Gi' } },
      tty: true,
    });
    expect(merged.origins.get('/container_config/resources/requests/memory')?.document).toBe(
      'resource-requirements-tag',
    );
  });

  it('reports a bad tag with Dagster’s heading', () => {
    const result = mergeRunContainerContext({
      launcher: buildRunLauncherLayer({}),
      location: null,
      runTag: '{"other": 1, "merge_behavior": "MIXED"}',
    });
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'dagster-config-error',
        errorType: 'DagsterInvalidConfigError',
        message:
          'Error in tags for dagster-k8s/config' +
          '\n    Error 1: Received unexpected config entry "other" at the root.' +
          '\n    Error 2: Value at path root:merge_behavior not in enum type K8sConfigMergeBehavior got MIXED',
        stage: 'run-launch',
        origin: { layer: 'run-tag', document: 'run-tag', path: [] },
      },
    });
  });

  it('reports an unknown k8s key with Dagster’s heading', () => {
    const result = mergeRunContainerContext({
      launcher: buildRunLauncherLayer({}),
      location: {
        containerContext: { k8s: { image_push_policy: 'Always' } },
        origin: locationOrigin(),
      },
    });
    expect(result.ok ? null : result.error.message).toBe(
      'Errors while parsing k8s container context' +
        '\n    Error 1: Received unexpected config entry "image_push_policy" at the root.',
    );
  });

  it('reports a Kubernetes model error from a fragment', () => {
    const result = mergeRunContainerContext({
      launcher: buildRunLauncherLayer({}),
      location: {
        containerContext: {
          k8s: { run_k8s_config: { pod_spec_config: { ttl_seconds_after_finished: 10 } } },
        },
        origin: locationOrigin(),
      },
    });
    expect(
      result.ok ? null : [result.error.errorType, result.error.message, result.error.stage],
    ).toEqual([
      'Exception',
      "Unexpected keys in model class V1PodSpec: {'ttl_seconds_after_finished'}",
      'run-launch',
    ]);
  });

  it('renders a bare KEY from the agent env, or a placeholder with a warning', () => {
    const launcher = buildRunLauncherLayer({});
    const location = {
      containerContext: { k8s: { env_vars: ['TOKEN', 'REGION'] } },
      origin: locationOrigin(),
    };
    const merged = unwrap(
      mergeRunContainerContext({ launcher, location, agentEnvironment: { REGION: 'eu-west-1' } }),
    );
    expect(merged.fragments.container_config.env).toEqual([
      { name: 'TOKEN', value: '<agent env: TOKEN>' },
      { name: 'REGION', value: 'eu-west-1' },
    ]);
    expect(merged.origins.get('/container_config/env/0/value')?.agentEnv).toEqual({
      key: 'TOKEN',
      resolved: false,
    });
    expect(merged.notes.map((n) => [n.severity, n.message])).toEqual([
      [
        'warning',
        "TOKEN is read from the agent's environment at launch; if the agent does not have it, the " +
          'launch fails with "Tried to load environment variable TOKEN, but it was not set".',
      ],
      [
        'info',
        "REGION is read from the agent's environment (value taken from the simulated agent env).",
      ],
    ]);
  });
});

describe('code-server chain (merge.md §7)', () => {
  it('S2: Helm workspace.* plus location top-level fields, DEEP', () => {
    const merged = unwrap(
      mergeCodeServerContainerContext({
        launcher: agentFromHelm(S2_HELM_VALUES).launcher,
        location: locationFromYaml(S2_DAGSTER_CLOUD_YAML),
        cloudContextEnv: ['DAGSTER_CLOUD_DEPLOYMENT_NAME=prod'],
      }),
    );
    expect(merged.namespace).toBe('dagster-cloud');
    expect(merged.serverReplicaCount).toBeNull();
    const labels = { team: 'ml', 'cost-center': '42' };
    expect(merged.fragments).toEqual({
      container_config: {
        volumeMounts: [
          { name: 'shared-cache', mountPath: '/cache' },
          { name: 'model-cache', mountPath: '/models' },
        ],
        resources: {
          requests: { cpu: '250m', memory: '512Mi' },
          limits: { memory: '4Gi', cpu: '2' },
        },
        imagePullPolicy: 'Always',
        envFrom: [
          { configMapRef: { name: 'shared-config' } },
          { secretRef: { name: 'dagster-cloud-agent-token' } },
          { secretRef: { name: 'shared-db-creds' } },
          { secretRef: { name: 'ml-api-keys' } },
        ],
        env: [
          { name: 'SNOWFLAKE_ACCOUNT', value: 'acme' },
          { name: 'DAGSTER_CLOUD_DEPLOYMENT_NAME', value: 'prod' },
          { name: 'MODEL_BUCKET', value: 's3://acme-models' },
          { name: 'SNOWFLAKE_ACCOUNT', value: 'acme-ml' },
        ],
      },
      pod_spec_config: {
        imagePullSecrets: [{ name: 'regcred' }, { name: 'ghcr-creds' }],
        volumes: [
          { name: 'shared-cache', emptyDir: {} },
          { name: 'model-cache', persistentVolumeClaim: { claimName: 'model-cache' } },
        ],
        serviceAccountName: 'dagster-user-code',
      },
      pod_template_spec_metadata: { labels },
      deployment_metadata: { labels },
      service_metadata: { labels },
      job_config: {},
      job_metadata: {},
      job_spec_config: {},
      service_spec_config: {},
    });
    expect(merged.origins.get('/container_config/env/1')).toEqual({
      layer: 'cloud-context',
      document: null,
      path: [],
    });
    expect(merged.notes.map((n) => n.message)).toEqual([
      'cloud_context_env is supplied by Dagster+ and its contents are not public; the preview assumes ' +
        'DAGSTER_CLOUD_DEPLOYMENT_NAME only.',
      'SNOWFLAKE_ACCOUNT is set more than once in env; Kubernetes uses the last value.',
    ]);
  });

  it('S4: a location SHALLOW reaches the agent layer; replicas from the location', () => {
    const merged = unwrap(
      mergeCodeServerContainerContext({
        launcher: agentFromHelm(S4_HELM_VALUES).launcher,
        location: locationFromYaml(S4_DAGSTER_CLOUD_YAML),
        cloudContextEnv: ['DAGSTER_CLOUD_DEPLOYMENT_NAME=staging'],
      }),
    );
    expect(merged.namespace).toBe('sales');
    expect(merged.serverReplicaCount).toBe(3);
    expect(merged.mergeBehavior).toBe('SHALLOW');
    expect(merged.fragments).toEqual({
      container_config: {
        imagePullPolicy: 'Always',
        envFrom: [{ secretRef: { name: 'dagster-cloud-agent-token' } }],
        env: [{ name: 'DAGSTER_CLOUD_DEPLOYMENT_NAME', value: 'staging' }],
        resources: { limits: { memory: '3Gi' } },
        tty: true,
      },
      pod_spec_config: {
        serviceAccountName: 'agent-dagster-cloud-agent',
        nodeSelector: { pool: 'highmem' },
        priorityClassName: 'dagster-code-server',
      },
      pod_template_spec_metadata: {
        labels: { tier: 'forecasting' },
        annotations: { 'cluster-autoscaler.kubernetes.io/safe-to-evict': 'false' },
      },
      deployment_metadata: {
        labels: { team: 'platform' },
        annotations: { 'managed-by': 'helm-agent' },
      },
      service_metadata: {
        labels: { team: 'platform' },
        annotations: { 'managed-by': 'helm-agent' },
      },
      job_config: {},
      job_metadata: {},
      job_spec_config: {},
      service_spec_config: {},
    });
    expect(merged.serverReplicaCountOrigin?.path).toEqual([
      'locations',
      0,
      'container_context',
      'k8s',
      'server_replica_count',
    ]);
    expect(merged.notes.map((n) => n.severity + ': ' + n.message)).toContain(
      "warning: The location's server_k8s_config has merge_behavior: SHALLOW, so these agent (Helm) " +
        'values are replaced, not merged: container_config.resources, pod_template_spec_metadata.labels, ' +
        'pod_spec_config.nodeSelector.',
    );
  });
});
