import { describe, expect, it } from 'vitest';
import { locationOrigin } from './fixtures/origin';
import { agentFromHelm, unwrap } from './fixtures/pipeline';
import {
  mergeStepContainerContext,
  NOTE_EXECUTOR_JOB_TAGS,
  NOTE_STEP_ENV_FROM_RUN_WORKER,
} from './index';

const location = {
  containerContext: {
    k8s: {
      env_vars: ['LOC=1'],
      resources: { limits: { cpu: '1' } },
      run_k8s_config: { container_config: { tty: true } },
    },
  },
  origin: locationOrigin(),
};

const executorConfig = `execution:
  config:
    job_namespace: steps
    job_image: ghcr.io/acme/steps:1
    env_vars: [EXEC=1, WORKER_ONLY]
    step_k8s_config:
      container_config:
        working_dir: /exec
        resources: {requests: {cpu: 100m}}
    per_step_k8s_config:
      train:
        container_config:
          resources: {requests: {memory: 1Gi}}
        pod_spec_config:
          node_selector: {gpu: "true"}
      other_op:
        container_config: {working_dir: /never}
`;

describe('step chain (merge.md §2.3)', () => {
  it('applies run chain (no job tag) ⊕ executor ⊕ op tag ⊕ per_step_k8s_config[op]', () => {
    const merged = unwrap(
      mergeStepContainerContext({
        launcher: agentFromHelm('').launcher,
        location,
        executorConfig,
        opName: 'train',
        opTag:
          '{"container_config": {"resources": {"limits": {"cpu": "2"}}, "working_dir": "/op"}}',
        agentEnvironment: { WORKER_ONLY: 'w' },
      }),
    );
    expect(merged.target).toBe('step');
    expect(merged.namespace).toBe('steps');
    expect(merged.executorJobImage).toBe('ghcr.io/acme/steps:1');
    expect(merged.fragments.container_config).toEqual({
      imagePullPolicy: 'Always',
      envFrom: [{ secretRef: { name: 'dagster-cloud-agent-token' } }],
      env: [
        { name: 'LOC', value: '1' },
        { name: 'EXEC', value: '1' },
        { name: 'WORKER_ONLY', value: 'w' },
      ],
      resources: { limits: { cpu: '2' }, requests: { cpu: '100m', memory: '1Gi' } },
      tty: true,
      workingDir: '/op',
    });
    expect(merged.fragments.pod_spec_config).toEqual({
      serviceAccountName: 'agent-dagster-cloud-agent',
      nodeSelector: { gpu: 'true' },
    });
    expect(merged.origins.get('/container_config/resources/requests/memory')).toEqual({
      layer: 'executor',
      document: 'executor-config',
      path: [
        'execution',
        'config',
        'per_step_k8s_config',
        'train',
        'container_config',
        'resources',
        'requests',
        'memory',
      ],
    });
    expect(merged.origins.get('/container_config/resources/limits/cpu')).toEqual({
      layer: 'op-tag',
      document: 'op-tag',
      path: ['container_config', 'resources', 'limits', 'cpu'],
    });
    expect(merged.notes.slice(0, 2).map((n) => n.message)).toEqual([
      NOTE_EXECUTOR_JOB_TAGS,
      NOTE_STEP_ENV_FROM_RUN_WORKER,
    ]);
  });

  it('accepts the executor config without the execution wrapper', () => {
    const merged = unwrap(
      mergeStepContainerContext({
        launcher: agentFromHelm('').launcher,
        location: null,
        executorConfig: { step_k8s_config: { container_config: { stdin: true } } },
        opName: 'any',
      }),
    );
    expect(merged.fragments.container_config.stdin).toBe(true);
    expect(merged.namespace).toBe('dagster-cloud');
    expect(merged.executorJobImage).toBeNull();
    expect(merged.origins.get('/container_config/stdin')?.path).toEqual([
      'step_k8s_config',
      'container_config',
      'stdin',
    ]);
  });
});
