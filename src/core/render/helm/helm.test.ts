import { describe, expect, it } from 'vitest';
import type { MergeResult } from '../merge/types';
import {
  agentEnvironmentFromHelm,
  buildAgentLayer,
  chartFullname,
  resolveAgentHelmValues,
  RESERVED_ENV_VAR_NAMES,
} from './index';

function unwrap<T>(result: MergeResult<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('resolveAgentHelmValues: Helm coalescing over chart 1.8.13 defaults', () => {
  it('merges maps key by key, replaces lists and scalars, and removes defaults set to null', () => {
    const resolved = unwrap(
      resolveAgentHelmValues(`dagsterCloud:
  agentTokenSecretName: null
  agentTokenValue: abc
workspace:
  pullPolicy: IfNotPresent
  envVars: [A=1]
  runK8sConfig: null
serviceAccount:
  annotations: {eks.amazonaws.com/role-arn: arn:aws:iam::1:role/x}
`),
    );
    expect(resolved.values.dagsterCloud).toEqual({
      endpoint: null,
      agentTokenValue: 'abc',
      agentLabel: null,
      deployments: null,
      branchDeployments: false,
    });
    expect(resolved.values.serviceAccount).toEqual({
      create: true,
      name: '',
      annotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::1:role/x' },
    });
    const workspace = resolved.values.workspace as Record<string, unknown>;
    expect(workspace.pullPolicy).toBe('IfNotPresent');
    expect(workspace.envVars).toEqual(['A=1']);
    expect('runK8sConfig' in workspace).toBe(false);
    expect(workspace.serverK8sConfig).toEqual({
      containerConfig: {},
      podSpecConfig: {},
      podTemplateSpecMetadata: {},
      deploymentMetadata: {},
      serviceMetadata: {},
    });
  });

  it('tells a user value from a chart default', () => {
    const resolved = unwrap(resolveAgentHelmValues('workspace: {envVars: [A=1]}\n'));
    expect(resolved.origin(['workspace', 'envVars', 0])).toEqual({
      layer: 'helm',
      document: 'helm-values',
      path: ['workspace', 'envVars', 0],
    });
    expect(resolved.origin(['workspace', 'pullPolicy'])).toEqual({
      layer: 'chart-default',
      document: null,
      path: ['workspace', 'pullPolicy'],
    });
  });

  it('keeps a user scalar over a default map, with Helm’s warning', () => {
    const resolved = unwrap(resolveAgentHelmValues('serviceAccount: none\n'));
    expect(resolved.values.serviceAccount).toBe('none');
    expect(resolved.notes.map((n) => n.message)).toEqual([
      'warning: cannot overwrite table with non table for serviceAccount ({"create":true,"name":"","annotations":{}})',
    ]);
  });

  it('rejects values that are not a map', () => {
    const result = resolveAgentHelmValues('- a\n- b\n');
    expect(result.ok ? null : [result.error.stage, result.error.message]).toEqual([
      'helm-install',
      'Error: failed to parse values: the values file is not a map',
    ]);
  });
});

describe('resolveAgentHelmValues: reuse for the same text', () => {
  it('returns the same frozen result for the same text, a new one for another text', () => {
    const text = 'workspace: {envVars: [A=1]}\n';
    const first = resolveAgentHelmValues(text);
    expect(resolveAgentHelmValues(text)).toBe(first);
    const values = unwrap(first).values;
    expect(Object.isFrozen(values)).toBe(true);
    expect(Object.isFrozen(values['workspace'])).toBe(true);
    expect(() => {
      (values as Record<string, unknown>)['workspace'] = null;
    }).toThrow(TypeError);
    const other = resolveAgentHelmValues('workspace: {envVars: [B=2]}\n');
    expect(other).not.toBe(first);
    expect(unwrap(other).values['workspace']).toMatchObject({ envVars: ['B=2'] });
    expect(resolveAgentHelmValues(text)).not.toBe(other);
  });
});

describe('buildAgentLayer', () => {
  it('renders the launcher config and settings of the default chart', () => {
    const layer = unwrap(buildAgentLayer(unwrap(resolveAgentHelmValues(''))));
    expect(layer.settings).toEqual({
      releaseName: 'agent',
      releaseNamespace: 'dagster-cloud',
      fullname: 'agent-dagster-cloud-agent',
      chartServiceAccountName: 'agent-dagster-cloud-agent',
      serviceAccountName: 'agent-dagster-cloud-agent',
      namespace: 'dagster-cloud',
      dagsterHome: '/opt/dagster/dagster_home',
      instanceConfigMap: 'agent-dagster-cloud-agent-instance',
      agentTokenSecretName: 'dagster-cloud-agent-token',
      pullPolicy: 'Always',
      codeServerMetricsEnabled: false,
      codeServerPort: 4000,
      agentEnvironment: {},
      deployments: [],
      branchDeployments: false,
      includeDefaultQueue: true,
      additionalQueues: [],
      launcherConfig: {
        dagster_home: '/opt/dagster/dagster_home',
        instance_config_map: 'agent-dagster-cloud-agent-instance',
        service_account_name: 'agent-dagster-cloud-agent',
        namespace: 'dagster-cloud',
        pull_policy: 'Always',
        env_secrets: ['dagster-cloud-agent-token'],
      },
    });
    expect(layer.launcher.kind).toBe('dagster-plus-agent');
    expect(layer.launcher.fieldAllowlist).toBeNull();
    expect(layer.launcher.envVarAllowlist).toBeNull();
  });

  it('maps workspace values to launcher fields with origins into the values file', () => {
    const layer = unwrap(
      buildAgentLayer(
        unwrap(
          resolveAgentHelmValues(`imagePullSecrets: [{name: regcred}]
serviceAccount: {name: shared-sa}
dagsterCloud:
  deployments: [prod, staging]
  agentQueues: {includeDefaultQueue: false, additionalQueues: [gpu]}
dagsterCloudAgent:
  env: {DAGSTER_CLOUD_CODE_SERVER_PORT: 5000, TOKEN: t}
codeServerMetrics: {enabled: true}
workspace:
  namespace: user-code
  envSecrets: [{name: s1, optional: true}]
  envConfigMaps: [{name: c1}]
  runK8sConfig:
    jobSpecConfig: {activeDeadlineSeconds: 600}
  serverK8sConfig:
    podSpecConfig: {nodeSelector: {pool: servers}}
`),
        ),
        { releaseName: 'dagster-cloud-agent', releaseNamespace: 'ops' },
      ),
    );
    expect(layer.settings.fullname).toBe('dagster-cloud-agent');
    expect(layer.settings.serviceAccountName).toBe('shared-sa');
    expect(layer.settings.namespace).toBe('user-code');
    expect(layer.settings.codeServerPort).toBe(5000);
    expect(layer.settings.codeServerMetricsEnabled).toBe(true);
    expect(layer.settings.deployments).toEqual(['prod', 'staging']);
    expect(layer.settings.includeDefaultQueue).toBe(false);
    expect(layer.settings.additionalQueues).toEqual(['gpu']);
    expect(layer.settings.agentEnvironment).toEqual({
      DAGSTER_CLOUD_CODE_SERVER_PORT: '5000',
      TOKEN: 't',
    });
    expect(layer.launcher.fields).toEqual({
      image_pull_policy: 'Always',
      image_pull_secrets: [{ name: 'regcred' }],
      service_account_name: 'shared-sa',
      env_config_maps: ['c1'],
      env_secrets: ['dagster-cloud-agent-token', 's1'],
      env_vars: null,
      volume_mounts: null,
      volumes: null,
      labels: null,
      namespace: 'user-code',
      resources: null,
      scheduler_name: null,
      security_context: null,
      run_k8s_config: { job_spec_config: { activeDeadlineSeconds: 600 } },
      server_k8s_config: { pod_spec_config: { nodeSelector: { pool: 'servers' } } },
    });
    const origin = layer.launcher.origin;
    expect(origin(['env_secrets', 1])).toEqual({
      layer: 'helm',
      document: 'helm-values',
      path: ['workspace', 'envSecrets', 0, 'name'],
    });
    expect(origin(['env_secrets', 0])).toEqual({
      layer: 'chart-default',
      document: null,
      path: ['dagsterCloud', 'agentTokenSecretName'],
    });
    expect(origin(['server_k8s_config', 'pod_spec_config', 'nodeSelector', 'pool'])).toEqual({
      layer: 'helm',
      document: 'helm-values',
      path: ['workspace', 'serverK8sConfig', 'podSpecConfig', 'nodeSelector', 'pool'],
    });
    expect(origin(['service_account_name'])).toEqual({
      layer: 'helm',
      document: 'helm-values',
      path: ['serviceAccount', 'name'],
    });
  });

  it('applies the Dagster+ allowlist adjustments', () => {
    const layer = unwrap(
      buildAgentLayer(
        unwrap(
          resolveAgentHelmValues(`workspace:
  onlyAllowUserDefinedK8sConfigFields:
    podSpecConfig: {nodeSelector: true}
    namespace: true
`),
        ),
      ),
    );
    expect(layer.launcher.fieldAllowlist).toEqual({
      pod_spec_config: { nodeSelector: true },
      namespace: true,
      container_config: { env: true },
    });
    expect(layer.launcher.envVarAllowlist).toEqual([...RESERVED_ENV_VAR_NAMES]);
  });

  it('fails like the chart when the token value and secret name are both set', () => {
    const result = buildAgentLayer(
      unwrap(resolveAgentHelmValues('dagsterCloud: {agentTokenValue: x}\n')),
    );
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'dagster-config-error',
        errorType: 'Exception',
        message:
          'dagsterCloud.agentTokenValue and dagsterCloud.agentTokenSecretName cannot both be set.',
        stage: 'helm-install',
        origin: {
          layer: 'helm',
          document: 'helm-values',
          path: ['dagsterCloud', 'agentTokenValue'],
        },
      },
    });
  });

  it('computes the chart fullname like the helper', () => {
    expect(chartFullname({}, 'agent')).toBe('agent-dagster-cloud-agent');
    expect(chartFullname({}, 'my-dagster-cloud-agent')).toBe('my-dagster-cloud-agent');
    expect(chartFullname({ nameOverride: 'dca' }, 'prod')).toBe('prod-dca');
    expect(chartFullname({ fullnameOverride: 'custom' }, 'agent')).toBe('custom');
    expect(chartFullname({ fullnameOverride: `${'a'.repeat(62)}-x` }, 'agent')).toBe(
      'a'.repeat(62),
    );
  });

  it('reads dagsterCloudAgent.env as a map or an EnvVar list', () => {
    expect(agentEnvironmentFromHelm({ dagsterCloudAgent: { env: { A: '1', B: true } } })).toEqual({
      A: '1',
      B: 'true',
    });
    expect(
      agentEnvironmentFromHelm({
        dagsterCloudAgent: {
          env: [
            { name: 'A', value: 'x' },
            { name: 'S', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } },
          ],
        },
      }),
    ).toEqual({ A: 'x' });
  });
});
