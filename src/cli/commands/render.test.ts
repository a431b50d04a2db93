import { describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-io';
import { main } from '../main';
import { RENDER_USAGE } from './render';

/** An in-memory CliIo: files from a map, stdout/stderr collected. */
function createMemoryIo(files: Record<string, string>) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readFile(path) {
      if (!Object.hasOwn(files, path)) throw new Error(`No such file ${path}`);
      return files[path]!;
    },
    writeFile() {
      throw new Error('render writes no files');
    },
  };
  return { io, out };
}

const CONFIG = `locations:
  - location_name: analytics
    image: ghcr.io/acme/analytics:1.0
    code_source:
      package_name: analytics
    container_context:
      k8s:
        env_vars: [TEAM=data]
        service_account_name: analytics-sa
  - location_name: ml
    image: ghcr.io/acme/ml:2.0
    code_source:
      module_name: ml.defs
`;

const HELM = `dagsterCloud:
  deployments: [prod, staging]
workspace:
  labels: {team: platform}
`;

describe('k8s-config-studio render', () => {
  it('prints the Service of the named location with placeholders and display lines', async () => {
    const { io, out } = createMemoryIo({ 'dagster_cloud.yaml': CONFIG, 'values.yaml': HELM });
    const code = await main(
      [
        'render',
        'dagster_cloud.yaml',
        '--location',
        'ml',
        '--kind',
        'service',
        '--deployment',
        'staging',
        '--helm-values',
        'values.yaml',
      ],
      io,
    );
    expect(out.stderr).toBe('');
    expect(code).toBe(0);
    expect(out.stdout).toBe(`apiVersion: v1
kind: Service
metadata:
  labels:
    team: platform
    managed_by: K8sUserCodeLauncher
    location_hash: a0e2e7bbab8ae429f716c2d1db169499deb45251
    location_name: ml
    deployment_name: staging
    agent_id: <agent-id> # placeholder: random per agent start
    server_timestamp: <server-timestamp> # placeholder: set by Dagster+
  name: ml-staging-xxxxxx # placeholder: "xxxxxx" = random 6-hex suffix, new on every spin-up
  namespace: dagster-cloud # display
spec:
  ports:
  - name: grpc
    port: 4000
    protocol: TCP
  selector:
    user-deployment: ml-staging-xxxxxx # placeholder: "xxxxxx" = random 6-hex suffix, new on every spin-up
`);
  });

  it('prints the run Job for a run id, job name and tag file', async () => {
    const { io, out } = createMemoryIo({
      'dagster_cloud.yaml': CONFIG,
      'tag.json': '{"container_config": {"resources": {"limits": {"memory": "1Gi"}}}}',
    });
    const code = await main(
      [
        'render',
        'dagster_cloud.yaml',
        '--kind',
        'run',
        '--run-id',
        '8f9e6a2e-7d1b-4c3a-9f5e-2b1d0c9a8e7f',
        '--job',
        'daily_etl',
        '--tags',
        'tag.json',
      ],
      io,
    );
    expect(out.stderr).toBe('');
    expect(code).toBe(0);
    expect(out.stdout).toBe(`apiVersion: batch/v1
kind: Job
metadata:
  labels:
    app.kubernetes.io/name: dagster
    app.kubernetes.io/instance: dagster
    app.kubernetes.io/version: 1.13.5
    app.kubernetes.io/part-of: dagster
    app.kubernetes.io/component: run_worker
    dagster/job: daily_etl
    dagster/run-id: 8f9e6a2e-7d1b-4c3a-9f5e-2b1d0c9a8e7f
    dagster/code-location: analytics
  name: dagster-run-8f9e6a2e-7d1b-4c3a-9f5e-2b1d0c9a8e7f
  namespace: dagster-cloud # display
spec:
  backoffLimit: 0
  template:
    metadata:
      labels:
        app.kubernetes.io/name: dagster
        app.kubernetes.io/instance: dagster
        app.kubernetes.io/version: 1.13.5
        app.kubernetes.io/part-of: dagster
        app.kubernetes.io/component: run_worker
        dagster/job: daily_etl
        dagster/run-id: 8f9e6a2e-7d1b-4c3a-9f5e-2b1d0c9a8e7f
        dagster/code-location: analytics
      name: dagster-run-8f9e6a2e-7d1b-4c3a-9f5e-2b1d0c9a8e7f
    spec:
      automountServiceAccountToken: true
      containers:
      - args:
        - dagster
        - api
        - execute_run
        - <SERIALIZED_EXECUTE_RUN_ARGS> # placeholder: serialized ExecuteRunArgs, built at launch
        env:
        - name: DAGSTER_RUN_JOB_NAME
          value: daily_etl
        - name: DAGSTER_HOME
          value: /opt/dagster/dagster_home
        - name: TEAM
          value: data
        envFrom:
        - secretRef:
            name: dagster-cloud-agent-token
        image: ghcr.io/acme/analytics:1.0
        imagePullPolicy: Always
        name: dagster
        resources:
          limits:
            memory: 1Gi
        volumeMounts: []
      imagePullSecrets: []
      restartPolicy: Never
      serviceAccountName: analytics-sa
      volumes: []
  ttlSecondsAfterFinished: 86400
`);
  });

  it("prints Dagster's message on stderr and exits 1 when Dagster would reject the config", async () => {
    const { io, out } = createMemoryIo({
      'dagster_cloud.yaml': `locations:
  - location_name: broken
    image: img
    container_context:
      k8s:
        volumes: [{name: v, config_map: my_config_map}]
`,
    });
    const code = await main(['render', 'dagster_cloud.yaml', '--kind', 'deployment'], io);
    expect(code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe(
      'Exception: Attribute config_map of type V1ConfigMapVolumeSource must be a dict, received my_config_map instead\n',
    );
  });

  it('refuses a location without an image with the agent message', async () => {
    const { io, out } = createMemoryIo({
      'f.yaml': 'locations:\n  - location_name: x\n    code_source: {package_name: x}\n',
    });
    expect(await main(['render', 'f.yaml', '--kind', 'service'], io)).toBe(1);
    expect(out.stderr).toBe(
      "Exception: Your agent's configuration requires you to specify an image. Use the `--image` flag when specifying your location to tell the agent which image to use to load your code.\n",
    );
  });

  it('rejects a bad --kind and a missing file with exit code 2', async () => {
    const first = createMemoryIo({ 'f.yaml': CONFIG });
    expect(await main(['render', 'f.yaml', '--kind', 'pod'], first.io)).toBe(2);
    expect(first.out.stderr).toBe(
      `k8s-config-studio render: --kind must be one of run, step, deployment, service, all, not "pod"\n\n${RENDER_USAGE}`,
    );
    const second = createMemoryIo({});
    expect(await main(['render', 'missing.yaml'], second.io)).toBe(2);
    expect(second.out.stderr).toBe('k8s-config-studio render: No such file missing.yaml\n');
  });

  it('prints its help', async () => {
    const { io, out } = createMemoryIo({});
    expect(await main(['render', '--help'], io)).toBe(0);
    expect(out.stdout).toBe(RENDER_USAGE);
  });
});
