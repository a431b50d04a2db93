import { describe, expect, it } from 'vitest';
import { AGENT_HELM_VALUES_SNIPPET, EXAMPLE_CONFIG_TEXT } from '../../templates';
import { renderLocation, type RenderKind } from '../index';
import { checkRenderedManifests } from './check-manifests';
import type { ManifestProblem } from './problem';

const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const NAME_PART =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const LABEL_VALUE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const QUANTITY =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

/** A location with `k8s` as its container_context.k8s block (indented 8 spaces). */
function config(k8s: string): string {
  return `locations:
  - location_name: etl
    image: repo/etl:1
    code_source:
      package_name: etl
    container_context:
      k8s:
${k8s}`;
}

function check(configText: string, kind: RenderKind, helmValues?: string): ManifestProblem[] {
  const result = renderLocation({ configText, kind, helmValues });
  expect(result.error).toBeUndefined();
  return checkRenderedManifests(result.manifests);
}

/** `<role> <message> @<pointer> <= <layer>:<path>`: everything a test needs in one line. */
function summarize(problems: readonly ManifestProblem[]): string[] {
  return problems.map((p) => {
    const origin = p.origin ? `${p.origin.layer}:${p.origin.path.join('.')}` : 'none';
    return `${p.role} ${p.message} @${p.pointer} <= ${origin}`;
  });
}

const K8S = 'locations.0.container_context.k8s';

describe('checkRenderedManifests', () => {
  it('finds nothing in the example with the agent snippet (placeholders are exempt)', () => {
    const result = renderLocation({
      configText: EXAMPLE_CONFIG_TEXT,
      helmValues: AGENT_HELM_VALUES_SNIPPET,
      opName: 'my_op',
    });
    expect(result.manifests.map((m) => m.role)).toEqual(['deployment', 'service', 'run', 'step']);
    expect(checkRenderedManifests(result.manifests)).toEqual([]);
  });

  it('checks names, references, quantities, mounts and volume sources of a run Job', () => {
    const text = config(`        namespace: Data_Team
        env_secrets: [My_Secret]
        volumes:
          - {name: cache, empty_dir: {}}
          - {name: Bad_Volume, config_map: {name: cfg}}
          - {name: nosource}
          - {name: two, empty_dir: {}, host_path: {path: /tmp}}
          - {name: cfg, config_map: {}}
        volume_mounts:
          - {name: cache, mount_path: /cache}
          - {name: missing, mount_path: /cache}
        resources:
          limits: {cpu: 1.5 cores, memory: 2Gi}
          requests: {memory: 4Gi, gpu: 1}
        run_k8s_config:
          pod_spec_config:
            service_account_name: Runner
            containers:
              - name: Sidecar
                ports: [{name: HTTP_port, container_port: 70000}]
`);
    const c = '/spec/template/spec/containers';
    const s = 'spec.template.spec.containers';
    expect(summarize(check(text, 'run'))).toEqual([
      `run metadata.namespace: Invalid value: "Data_Team": ${LABEL} @/metadata/namespace <= none`,
      `run spec.template.spec.volumes[1].name: Invalid value: "Bad_Volume": ${LABEL} @/spec/template/spec/volumes/1/name <= location:${K8S}.volumes.1.name`,
      `run spec.template.spec.volumes[2]: Required value: must specify a volume type @/spec/template/spec/volumes/2 <= location:${K8S}.volumes.2.name`,
      `run spec.template.spec.volumes[3].hostPath: Forbidden: may not specify more than 1 volume type @/spec/template/spec/volumes/3/hostPath <= location:${K8S}.volumes.3.host_path.path`,
      `run spec.template.spec.volumes[4].configMap.name: Required value @/spec/template/spec/volumes/4/configMap/name <= location:${K8S}.volumes.4.config_map`,
      `run ${s}[0].resources.limits[cpu]: Invalid value: "1.5 cores": ${QUANTITY} @${c}/0/resources/limits/cpu <= location:${K8S}.resources.limits.cpu`,
      `run ${s}[0].resources.requests[gpu]: Invalid value: "gpu": must be a standard resource type or fully qualified @${c}/0/resources/requests/gpu <= location:${K8S}.resources.requests.gpu`,
      `run ${s}[0].resources.requests[gpu]: Invalid value: "gpu": must be a standard resource for containers @${c}/0/resources/requests/gpu <= location:${K8S}.resources.requests.gpu`,
      `run ${s}[0].resources.requests: Invalid value: "4Gi": must be less than or equal to memory limit of 2Gi @${c}/0/resources/requests/memory <= location:${K8S}.resources.requests.memory`,
      `run ${s}[0].volumeMounts[1].name: Not found: "missing" @${c}/0/volumeMounts/1/name <= location:${K8S}.volume_mounts.1.name`,
      `run ${s}[0].volumeMounts[1].mountPath: Invalid value: "/cache": must be unique @${c}/0/volumeMounts/1/mountPath <= location:${K8S}.volume_mounts.1.mount_path`,
      `run ${s}[0].envFrom[1].secretRef.name: Invalid value: "My_Secret": ${SUBDOMAIN} @${c}/0/envFrom/1/secretRef/name <= location:${K8S}.env_secrets.0`,
      `run ${s}[1].name: Invalid value: "Sidecar": ${LABEL} @${c}/1/name <= location:${K8S}.run_k8s_config.pod_spec_config.containers.0.name`,
      `run ${s}[1].image: Required value @${c}/1/image <= location:${K8S}.run_k8s_config.pod_spec_config.containers.0.name`,
      `run ${s}[1].ports[0].name: Invalid value: "HTTP_port": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-) @${c}/1/ports/0/name <= location:${K8S}.run_k8s_config.pod_spec_config.containers.0.ports.0.name`,
      `run ${s}[1].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive @${c}/1/ports/0/containerPort <= location:${K8S}.run_k8s_config.pod_spec_config.containers.0.ports.0.container_port`,
      `run spec.template.spec.serviceAccountName: Invalid value: "Runner": ${SUBDOMAIN} @/spec/template/spec/serviceAccountName <= location:${K8S}.run_k8s_config.pod_spec_config.service_account_name`,
    ]);
  });

  it('checks labels and annotations on every object, with the origin of each value', () => {
    const text = config(`        labels: {team: data science, ok: yes}
        server_k8s_config:
          deployment_metadata:
            annotations: {bad//key: x, Example.com/Fine: y}
`);
    const helm = 'workspace:\n  labels:\n    bad key!: x\n';
    const problems = check(text, 'deployment', helm).filter(
      (p) => !p.pointer.startsWith('/spec/template'),
    );
    expect(summarize(problems)).toEqual([
      `deployment metadata.labels: Invalid value: "bad key!": ${NAME_PART} @/metadata/labels/bad key! <= helm:workspace.labels.bad key!`,
      `deployment metadata.labels: Invalid value: "data science": ${LABEL_VALUE} @/metadata/labels/team <= location:${K8S}.labels.team`,
      `deployment metadata.annotations: Invalid value: "bad//key": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName') @/metadata/annotations/bad~1~1key <= location:${K8S}.server_k8s_config.deployment_metadata.annotations.bad//key`,
    ]);
    expect(summarize(check(text, 'service', helm))).toEqual([
      `service metadata.labels: Invalid value: "bad key!": ${NAME_PART} @/metadata/labels/bad key! <= helm:workspace.labels.bad key!`,
      `service metadata.labels: Invalid value: "data science": ${LABEL_VALUE} @/metadata/labels/team <= location:${K8S}.labels.team`,
    ]);
  });

  it('applies the extended-resource rules to GPUs', () => {
    const text = config(`        run_k8s_config:
          container_config:
            resources:
              limits: {nvidia.com/gpu: 1}
              requests: {nvidia.com/gpu: 0.5, example.com/fpga: 1, cpu: -1}
`);
    const s = 'spec.template.spec.containers[0].resources';
    const at = '@/spec/template/spec/containers/0/resources';
    const from = `location:${K8S}.run_k8s_config.container_config.resources`;
    expect(summarize(check(text, 'run'))).toEqual([
      `run ${s}.requests[nvidia.com/gpu]: Invalid value: "0.5": must be an integer ${at}/requests/nvidia.com~1gpu <= ${from}.requests.nvidia.com/gpu`,
      `run ${s}.requests[cpu]: Invalid value: "-1": must be greater than or equal to 0 ${at}/requests/cpu <= ${from}.requests.cpu`,
      `run ${s}.requests: Invalid value: "0.5": must be equal to nvidia.com/gpu limit of 1 ${at}/requests/nvidia.com~1gpu <= ${from}.requests.nvidia.com/gpu`,
      `run ${s}.limits: Required value: Limit must be set for non overcommitable resources ${at}/requests/example.com~1fpga <= ${from}.requests.example.com/fpga`,
    ]);
  });

  it('checks Job counts and duplicate names', () => {
    const text = config(`        volumes:
          - {name: data, empty_dir: {}}
          - {name: data, empty_dir: {}}
        run_k8s_config:
          job_spec_config: {backoff_limit: -1}
          pod_spec_config:
            init_containers: [{name: dagster, image: busybox}]
`);
    const from = `location:${K8S}`;
    expect(summarize(check(text, 'run'))).toEqual([
      `run spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0 @/spec/backoffLimit <= ${from}.run_k8s_config.job_spec_config.backoff_limit`,
      `run spec.template.spec.volumes[1].name: Duplicate value: "data" @/spec/template/spec/volumes/1/name <= ${from}.volumes.1.name`,
      `run spec.template.spec.initContainers[0].name: Duplicate value: "dagster" @/spec/template/spec/initContainers/0/name <= ${from}.run_k8s_config.pod_spec_config.init_containers.0.name`,
    ]);
  });
});
