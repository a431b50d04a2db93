import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../yaml';
import { renderLocation, type RenderLocationInput } from './render-location';

const CONFIG = `locations:
  - location_name: etl
    image: ghcr.io/acme/etl:1.0
    code_source: {package_name: etl}
    container_context:
      k8s:
        env_vars: [MODE=batch]
        labels: {team: data}
        server_k8s_config:
          container_config: {command: [tini, --], args: [mine]}
`;

function render(input: Partial<RenderLocationInput>) {
  return renderLocation({ configText: CONFIG, ...input });
}

describe('renderLocation', () => {
  it('lists Deployment, Service and run Job by default, plus the step Job when an op is named', () => {
    expect(render({}).manifests.map((manifest) => manifest.role)).toEqual([
      'deployment',
      'service',
      'run',
    ]);
    expect(render({ opName: 'train' }).manifests.map((manifest) => manifest.role)).toEqual([
      'deployment',
      'service',
      'run',
      'step',
    ]);
  });

  it('keeps where each value came from: Helm text, the location, or Dagster', () => {
    const result = render({
      kind: 'run',
      helmValues: 'workspace:\n  envVars: [AGENT=1]\n',
    });
    const origins = result.manifests[0]!.origins;
    const env = '/spec/template/spec/containers/0/env';
    expect(origins.get(`${env}/0/value`)).toEqual({ layer: 'dagster', document: null, path: [] });
    expect(origins.get(`${env}/2/value`)).toEqual({
      layer: 'helm',
      document: 'helm-values',
      path: ['workspace', 'envVars', 0],
    });
    expect(origins.get(`${env}/3/value`)).toEqual({
      layer: 'location',
      document: 'dagster-cloud-yaml',
      path: ['locations', 0, 'container_context', 'k8s', 'env_vars', 0],
    });
    expect(origins.get('/spec/template/spec/containers/0/image')).toEqual({
      layer: 'location',
      document: 'dagster-cloud-yaml',
      path: ['locations', 0, 'image'],
    });
    expect(origins.get('/metadata/labels/team')?.path).toEqual([
      'locations',
      0,
      'container_context',
      'k8s',
      'labels',
      'team',
    ]);
  });

  it('renders the step Job of one op from the executor config and the op tag', () => {
    const result = render({
      kind: 'step',
      opName: 'train',
      jobName: 'nightly',
      runId: '8f9e6a2e-7d1b-4c3a-9f5e-2b1d0c9a8e7f',
      runTag: '{"container_config": {"working_dir": "/ignored-for-steps"}}',
      executorConfig:
        'job_image: ghcr.io/acme/etl-gpu:1.0\nstep_k8s_config:\n  pod_spec_config: {nodeSelector: {pool: steps}}\nper_step_k8s_config:\n  train:\n    container_config: {resources: {limits: {nvidia.com/gpu: 1}}}\n',
      opTags: '{"pod_template_spec_metadata": {"annotations": {"op": "train"}}}',
    });
    expect(result.error).toBeUndefined();
    const labels = {
      'app.kubernetes.io/name': 'dagster',
      'app.kubernetes.io/instance': 'dagster',
      'app.kubernetes.io/version': '1.13.5',
      'app.kubernetes.io/part-of': 'dagster',
      'app.kubernetes.io/component': 'step_worker',
      'dagster/job': 'nightly',
      'dagster/op': 'train',
      'dagster/run-id': '8f9e6a2e-7d1b-4c3a-9f5e-2b1d0c9a8e7f',
      'dagster/code-location': 'etl',
      team: 'data',
    };
    const name = 'dagster-step-2cd658c78e5cc3d8ffb06061b52e1ed8';
    expect(result.manifests[0]!.body).toEqual({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { labels, name },
      spec: {
        backoffLimit: 0,
        template: {
          metadata: { annotations: { op: 'train' }, labels, name },
          spec: {
            automountServiceAccountToken: true,
            containers: [
              {
                args: ['dagster', 'api', 'execute_step'],
                env: [
                  {
                    name: 'DAGSTER_COMPRESSED_EXECUTE_STEP_ARGS',
                    value: '<COMPRESSED_EXECUTE_STEP_ARGS>',
                  },
                  { name: 'DAGSTER_RUN_JOB_NAME', value: 'nightly' },
                  { name: 'DAGSTER_RUN_STEP_KEY', value: 'train' },
                  { name: 'DAGSTER_HOME', value: '/opt/dagster/dagster_home' },
                  { name: 'MODE', value: 'batch' },
                ],
                envFrom: [{ secretRef: { name: 'dagster-cloud-agent-token' } }],
                image: 'ghcr.io/acme/etl-gpu:1.0',
                imagePullPolicy: 'Always',
                name: 'dagster',
                resources: { limits: { 'nvidia.com/gpu': '1' } },
                volumeMounts: [],
              },
            ],
            imagePullSecrets: [],
            nodeSelector: { pool: 'steps' },
            restartPolicy: 'Never',
            serviceAccountName: 'agent-dagster-cloud-agent',
            volumes: [],
          },
        },
        ttlSecondsAfterFinished: 86400,
      },
    });
  });

  it('warns about what the renderers ignore', () => {
    const messages = render({ kind: 'deployment' }).notes.map((note) => note.message);
    expect(messages).toContain(
      'container_config.args is ignored by code servers: the agent sets it.',
    );
    expect(messages).toContain(
      "container_config.command replaces the image's entrypoint; the agent's args (dagster api grpc …) still follow it.",
    );
  });

  it('refuses a deployment or queue this agent does not serve', () => {
    const helmValues = 'dagsterCloud:\n  deployments: [prod]\n';
    expect(render({ kind: 'service', helmValues, deploymentName: 'dev' }).error).toEqual({
      kind: 'dagster-config-error',
      errorType: 'Exception',
      message:
        'This agent would not serve this location: the deployment "dev" is not in dagsterCloud.deployments (prod) and dagsterCloud.branchDeployments is off.',
      stage: 'code-server-start',
    });
    const queued = renderLocation({
      configText: 'locations:\n  - location_name: q\n    image: i\n    agent_queue: gpu\n',
      kind: 'deployment',
    });
    expect(queued.error?.message).toBe(
      'This agent would not serve this location: its agent_queue "gpu" is not in dagsterCloud.agentQueues.additionalQueues.',
    );
    expect(queued.manifests).toEqual([]);
    expect(queued.yaml).toBe('');
  });

  it('reports an unknown location, unreadable YAML and a missing image', () => {
    expect(render({ locationName: 'nope' }).error?.message).toBe(
      'Location nope not found in the file (locations: etl).',
    );
    expect(renderLocation({ configText: 'locations: [' }).error?.stage).toBe('ci-template');
    const noImage = renderLocation({
      configText: 'locations:\n  - location_name: a\n',
      kind: 'deployment',
    });
    expect(noImage.error?.message).toMatch(/^Your agent's configuration requires you to specify/);
    expect(
      renderLocation({ configText: 'locations:\n  - location_name: a\n', image: 'i:1' }).error,
    ).toBeUndefined();
  });

  it('dumps the raw container context with Python floats, or the defaults-merged value', () => {
    const env = (input: Partial<RenderLocationInput>) => {
      const result = renderLocation({ kind: 'deployment', ...input } as RenderLocationInput);
      const body = result.manifests[0]!.body as {
        spec: { template: { spec: { containers: { env: { name: string; value: string }[] }[] } } };
      };
      return body.spec.template.spec.containers[0]!.env.find(
        (item) => item.name === 'DAGSTER_CONTAINER_CONTEXT',
      )?.value;
    };
    const floats =
      'locations:\n  - location_name: a\n    image: i\n    container_context: {k8s: {server_replica_count: 1, labels: {v: 1.0}}, é: x}\n';
    expect(env({ configText: floats })).toBe(
      '{"k8s": {"server_replica_count": 1, "labels": {"v": 1.0}}, "\\u00e9": "x"}',
    );
    const withDefaults =
      'defaults:\n  container_context: {k8s: {env_vars: [A=1]}}\nlocations:\n  - location_name: a\n    image: i\n';
    expect(env({ configText: withDefaults })).toBe('{"k8s": {"env_vars": ["A=1"]}}');
    expect(env({ configText: withDefaults, applyDefaults: false })).toBe('{}');
  });

  it('marks agent-environment values and the assumed cloud_context_env in the YAML', () => {
    const configText =
      'locations:\n  - location_name: a\n    image: i\n    container_context: {k8s: {env_vars: [TOKEN, REGION]}}\n';
    const helmValues = 'dagsterCloudAgent:\n  env:\n    REGION: eu-west-1\n';
    const { yaml } = renderLocation({ configText, helmValues, kind: 'deployment' });
    expect(yaml).toContain(
      [
        '        - name: DAGSTER_CLOUD_DEPLOYMENT_NAME',
        '          value: prod # assumed: supplied by Dagster+',
        '        - name: TOKEN',
        "          value: '<agent env: TOKEN>' # placeholder: read from the agent's environment at launch",
        '        - name: REGION',
        '          value: eu-west-1',
      ].join('\n'),
    );
  });

  it('accepts the text already parsed by src/core/yaml, or a plain value', () => {
    const fromText = render({ runId: 'r' });
    expect(renderLocation({ parsedConfig: parseYamlText(CONFIG), runId: 'r' })).toEqual(fromText);
    const fromValue = renderLocation({ config: parseYamlText(CONFIG).value, runId: 'r' });
    expect(fromValue.yaml).toBe(fromText.yaml);
  });
});
