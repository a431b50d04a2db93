import { describe, expect, it } from 'vitest';
import { agentFromHelm, unwrap } from './fixtures/pipeline';
import { locationOrigin } from './fixtures/origin';
import {
  buildRunLauncherLayer,
  mergeCodeServerContainerContext,
  mergeRunContainerContext,
} from './index';

const restrictive = `workspace:
  onlyAllowUserDefinedK8sConfigFields:
    containerConfig: {resources: true}
    podSpecConfig: {nodeSelector: true}
`;

describe('allowlists (merge.md §11)', () => {
  it('rejects user fields outside the field allowlist, in fragment order, namespace last', () => {
    const result = mergeRunContainerContext({
      launcher: agentFromHelm(restrictive).launcher,
      location: {
        containerContext: {
          k8s: {
            namespace: 'team',
            labels: { a: 'b' },
            env_secrets: ['s'],
            resources: { limits: { cpu: '1' } },
            run_k8s_config: {
              pod_spec_config: { nodeSelector: { x: 'y' }, dnsPolicy: 'None', hostIPC: true },
            },
          },
        },
        origin: locationOrigin(),
      },
    });
    expect(
      result.ok ? null : [result.error.errorType, result.error.message, result.error.stage],
    ).toEqual([
      'Exception',
      'Attempted to create a pod with fields that violated the allowed list: container_config.env_from, ' +
        'pod_template_spec_metadata.labels, pod_spec_config.dns_policy, pod_spec_config.host_ipc, ' +
        'job_metadata.labels, namespace',
      'run-launch',
    ]);
  });

  it('lets allowed fields through and drops env vars outside the adjusted env allowlist', () => {
    const merged = unwrap(
      mergeRunContainerContext({
        launcher: agentFromHelm(restrictive).launcher,
        location: {
          containerContext: {
            k8s: {
              env_vars: ['FOO=1', 'DAGSTER_CLOUD_LOCATION_NAME=x'],
              resources: { limits: { cpu: '1' } },
            },
          },
          origin: locationOrigin(),
        },
      }),
    );
    expect(merged.fragments.container_config.env).toEqual([
      { name: 'DAGSTER_CLOUD_LOCATION_NAME', value: 'x' },
    ]);
    expect(merged.droppedEnvVars).toEqual([
      {
        name: 'FOO',
        origin: {
          layer: 'location',
          document: 'dagster-cloud-yaml',
          path: ['locations', 0, 'container_context', 'k8s', 'env_vars', 0],
        },
      },
    ]);
    expect(merged.notes.map((n) => n.message)).toEqual([
      'Excluding the following environment variables because they are not in the allowlist for ' +
        'user-defined environment variables: FOO',
    ]);
  });

  it('filters the code-server env with onlyAllowUserDefinedEnvVars, never the agent’s', () => {
    const merged = unwrap(
      mergeCodeServerContainerContext({
        launcher: agentFromHelm(`workspace:
  envVars: [AGENT=1]
  onlyAllowUserDefinedEnvVars: [BAR]
`).launcher,
        location: { containerContext: { env_vars: ['BAR=1', 'BAZ=2'] }, origin: locationOrigin() },
        cloudContextEnv: ['DAGSTER_CLOUD_DEPLOYMENT_NAME=prod'],
      }),
    );
    expect(merged.fragments.container_config.env).toEqual([
      { name: 'AGENT', value: '1' },
      { name: 'DAGSTER_CLOUD_DEPLOYMENT_NAME', value: 'prod' },
      { name: 'BAR', value: '1' },
    ]);
    expect(merged.droppedEnvVars.map((d) => d.name)).toEqual(['BAZ']);
  });

  it('rejects an unknown allowlist section with Dagster’s message', () => {
    const launcher = buildRunLauncherLayer({
      only_allow_user_defined_k8s_config_fields: { job_config: { status: true } },
    });
    const result = mergeRunContainerContext({ launcher, location: null });
    expect(result.ok ? null : result.error.message).toBe('Unexpected key in allowlist job_config');
  });

  it('accepts camelCase allowlist field names and rejects unknown ones', () => {
    const ok = mergeRunContainerContext({
      launcher: buildRunLauncherLayer({
        only_allow_user_defined_k8s_config_fields: { pod_spec_config: { imagePullSecrets: true } },
      }),
      location: {
        containerContext: { k8s: { image_pull_secrets: [{ name: 'r' }] } },
        origin: locationOrigin(),
      },
    });
    expect(ok.ok).toBe(true);
    const bad = mergeRunContainerContext({
      launcher: buildRunLauncherLayer({
        only_allow_user_defined_k8s_config_fields: { pod_spec_config: { imagePullSecret: true } },
      }),
      location: null,
    });
    expect(bad.ok ? null : bad.error.message).toBe(
      "Unexpected keys in model class V1PodSpec: {'imagePullSecret'}",
    );
  });
});
