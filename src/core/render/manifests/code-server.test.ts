import { describe, expect, it } from 'vitest';
import {
  NO_IMAGE_MESSAGE,
  renderCodeServerDeployment,
  renderCodeServerService,
  type CodeServerInput,
} from './code-server';
import { makeMergedContext } from './test-context';

const AGENT_LABELS = {
  managed_by: 'K8sUserCodeLauncher',
  location_hash: '95970c3ba6b7846e34b0bb08c30cf63c4195f3c6',
  location_name: 'data_eng_pipeline',
  deployment_name: 'prod',
  agent_id: '7d4b1a9e-0000-4000-8000-000000000001',
  server_timestamp: '1715790000.0',
};

function s1Input(overrides: Partial<CodeServerInput> = {}): CodeServerInput {
  return {
    context: makeMergedContext(
      'code-server',
      {
        container_config: {
          imagePullPolicy: 'Always',
          envFrom: [{ secretRef: { name: 'dagster-cloud-agent-token' } }],
          env: [{ name: 'DAGSTER_CLOUD_DEPLOYMENT_NAME', value: 'prod' }],
        },
        pod_spec_config: { serviceAccountName: 'agent-dagster-cloud-agent' },
      },
      { namespace: 'dagster-cloud' },
    ),
    location: {
      locationName: 'data_eng_pipeline',
      image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/etl:9f2c1e7',
      codeSource: { package_name: 'example_etl' },
    },
    deploymentName: 'prod',
    nameSuffix: '3f9a1c',
    agentId: '7d4b1a9e-0000-4000-8000-000000000001',
    serverTimestamp: 1715790000,
    instanceRef: '<serialized InstanceRef JSON>',
    ...overrides,
  };
}

describe('renderCodeServerDeployment', () => {
  it('builds the S1 Deployment body exactly', () => {
    const result = renderCodeServerDeployment(s1Input());
    expect(result.ok && result.value.body).toEqual({
      metadata: { labels: AGENT_LABELS, name: 'dataengpipeline-prod-3f9a1c' },
      spec: {
        selector: { matchLabels: { 'user-deployment': 'dataengpipeline-prod-3f9a1c' } },
        template: {
          metadata: {
            labels: { ...AGENT_LABELS, 'user-deployment': 'dataengpipeline-prod-3f9a1c' },
          },
          spec: {
            containers: [
              {
                args: ['dagster', 'api', 'grpc'],
                env: [
                  { name: 'DAGSTER_LOCATION_NAME', value: 'data_eng_pipeline' },
                  { name: 'DAGSTER_INJECT_ENV_VARS_FROM_INSTANCE', value: '1' },
                  { name: 'DAGSTER_CLI_API_GRPC_LAZY_LOAD_USER_CODE', value: '1' },
                  { name: 'DAGSTER_CLI_API_GRPC_HOST', value: '0.0.0.0' },
                  { name: 'DAGSTER_CONTAINER_CONTEXT', value: '{}' },
                  { name: 'DAGSTER_INSTANCE_REF', value: '<serialized InstanceRef JSON>' },
                  { name: 'DAGSTER_CLI_API_GRPC_PORT', value: '4000' },
                  {
                    name: 'DAGSTER_CURRENT_IMAGE',
                    value: '123456789012.dkr.ecr.us-east-1.amazonaws.com/etl:9f2c1e7',
                  },
                  { name: 'DAGSTER_CLI_API_GRPC_PACKAGE_NAME', value: 'example_etl' },
                  { name: 'DAGSTER_CLOUD_DEPLOYMENT_NAME', value: 'prod' },
                ],
                envFrom: [{ secretRef: { name: 'dagster-cloud-agent-token' } }],
                image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/etl:9f2c1e7',
                imagePullPolicy: 'Always',
                name: 'dagster',
              },
            ],
            serviceAccountName: 'agent-dagster-cloud-agent',
          },
        },
      },
    });
    expect(result.ok && result.value.display).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      namespace: 'dagster-cloud',
    });
  });

  it('sets replicas, injects the readiness probe on the custom port and keeps user args out', () => {
    const input = s1Input({
      port: 5000,
      metricsEnabled: true,
      location: {
        locationName: 'data_eng_pipeline',
        image: 'img:1',
        codeSource: { python_file: 'defs.py', package_name: 'ignored' },
        executablePath: '/venv/bin/python',
        attribute: 'defs',
        workingDirectory: '/app',
      },
      context: makeMergedContext(
        'code-server',
        { container_config: { args: ['user'], image: 'user-image', name: 'user-code' } },
        { serverReplicaCount: 3 },
      ),
    });
    const result = renderCodeServerDeployment(input);
    if (!result.ok) throw new Error(result.error.message);
    const spec = result.value.body.spec as {
      replicas: number;
      template: { spec: { containers: unknown[] } };
    };
    expect(spec.replicas).toBe(3);
    expect(spec.template.spec.containers[0]).toEqual({
      args: ['/venv/bin/python', '-m', 'dagster', 'api', 'grpc', '--enable-metrics'],
      env: [
        { name: 'DAGSTER_LOCATION_NAME', value: 'data_eng_pipeline' },
        { name: 'DAGSTER_INJECT_ENV_VARS_FROM_INSTANCE', value: '1' },
        { name: 'DAGSTER_CLI_API_GRPC_LAZY_LOAD_USER_CODE', value: '1' },
        { name: 'DAGSTER_CLI_API_GRPC_HOST', value: '0.0.0.0' },
        { name: 'DAGSTER_CONTAINER_CONTEXT', value: '{}' },
        { name: 'DAGSTER_INSTANCE_REF', value: '<serialized InstanceRef JSON>' },
        { name: 'DAGSTER_CLI_API_GRPC_PORT', value: '5000' },
        { name: 'DAGSTER_CURRENT_IMAGE', value: 'img:1' },
        { name: 'DAGSTER_CLI_API_GRPC_PYTHON_FILE', value: 'defs.py' },
        { name: 'DAGSTER_CLI_API_GRPC_WORKING_DIRECTORY', value: '/app' },
        { name: 'DAGSTER_CLI_API_GRPC_ATTRIBUTE', value: 'defs' },
        { name: 'DAGSTER_CLI_API_GRPC_USE_PYTHON_ENVIRONMENT_ENTRY_POINT', value: '1' },
      ],
      image: 'img:1',
      name: 'user-code',
      readinessProbe: { tcpSocket: { port: 5000 } },
    });
  });

  it('keeps a user readiness probe and lets the agent labels win over user labels', () => {
    const context = makeMergedContext(
      'code-server',
      {
        container_config: { readinessProbe: { exec: { command: ['true'] } } },
        deployment_metadata: { labels: { managed_by: 'me', team: 'ml' }, name: 'ignored' },
      },
      { serverReplicaCount: 2 },
    );
    const result = renderCodeServerDeployment(s1Input({ context }));
    if (!result.ok) throw new Error(result.error.message);
    const body = result.value.body as {
      metadata: { labels: Record<string, string>; name: string };
      spec: { template: { spec: { containers: { readinessProbe: unknown }[] } } };
    };
    expect(body.metadata.name).toBe('dataengpipeline-prod-3f9a1c');
    expect(Object.entries(body.metadata.labels)).toEqual([
      ['managed_by', 'K8sUserCodeLauncher'],
      ['team', 'ml'],
      ...Object.entries(AGENT_LABELS).slice(1),
    ]);
    expect(body.spec.template.spec.containers[0]!.readinessProbe).toEqual({
      exec: { command: ['true'] },
    });
  });

  it('refuses a location without an image with the agent message', () => {
    const input = s1Input({ location: { locationName: 'x', image: null } });
    expect(renderCodeServerDeployment(input)).toEqual({
      ok: false,
      error: {
        kind: 'dagster-config-error',
        errorType: 'Exception',
        message: NO_IMAGE_MESSAGE,
        stage: 'code-server-start',
      },
    });
    expect(NO_IMAGE_MESSAGE).toBe(
      "Your agent's configuration requires you to specify an image. Use the `--image` flag when specifying your location to tell the agent which image to use to load your code.",
    );
  });

  it('marks placeholders when no stand-ins are given', () => {
    const input = s1Input({
      nameSuffix: undefined,
      agentId: undefined,
      serverTimestamp: undefined,
      instanceRef: undefined,
    });
    const result = renderCodeServerDeployment(input);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.marks.map((mark) => `${mark.pointer} # ${mark.comment}`)).toEqual([
      '/apiVersion # display',
      '/kind # display',
      '/metadata/namespace # display',
      '/metadata/labels/agent_id # placeholder: random per agent start',
      '/metadata/labels/server_timestamp # placeholder: set by Dagster+',
      '/metadata/name # placeholder: "xxxxxx" = random 6-hex suffix, new on every spin-up',
      '/spec/selector/matchLabels/user-deployment # placeholder: "xxxxxx" = random 6-hex suffix, new on every spin-up',
      '/spec/template/metadata/labels/agent_id # placeholder: random per agent start',
      '/spec/template/metadata/labels/server_timestamp # placeholder: set by Dagster+',
      '/spec/template/metadata/labels/user-deployment # placeholder: "xxxxxx" = random 6-hex suffix, new on every spin-up',
      "/spec/template/spec/containers/0/env/5/value # placeholder: the agent's serialized instance, built at spin-up",
    ]);
  });
});

describe('renderCodeServerService', () => {
  it('overwrites user selector and ports and keeps the rest of service_spec_config', () => {
    const context = makeMergedContext(
      'code-server',
      {
        service_spec_config: { clusterIP: 'None', selector: { a: 'b' }, ports: [] },
        service_metadata: { annotations: { owner: 'team' }, labels: { exposed: false } },
      },
      { namespace: 'analytics' },
    );
    const result = renderCodeServerService(s1Input({ context }));
    expect(result.ok && result.value.body).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        annotations: { owner: 'team' },
        labels: { exposed: 'False', ...AGENT_LABELS },
        name: 'dataengpipeline-prod-3f9a1c',
      },
      spec: {
        clusterIP: 'None',
        ports: [{ name: 'grpc', port: 4000, protocol: 'TCP' }],
        selector: { 'user-deployment': 'dataengpipeline-prod-3f9a1c' },
      },
    });
    expect(result.ok && result.value.display).toEqual({ namespace: 'analytics' });
  });
});
