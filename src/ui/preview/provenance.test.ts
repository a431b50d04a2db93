import { describe, expect, it } from 'vitest';
import { renderLocation } from '../../core/render';
import { checkRenderedManifest } from '../../core/render/checks';
import { parseYamlText } from '../../core/yaml';
import { inspectValue } from './inspect-value';
import { describeSource, formatPointerAsField } from './provenance';

const CONFIG = `locations:
  - location_name: etl
    image: repo/etl:1
    code_source:
      package_name: etl
    container_context:
      k8s:
        resources:
          limits: {cpu: lots}
`;
const HELM = 'workspace:\n  labels:\n    team: data\n';

describe('formatPointerAsField', () => {
  it('writes pointers the way Kubernetes names fields', () => {
    expect(formatPointerAsField('/spec/template/spec/containers/0/image')).toBe(
      'spec.template.spec.containers[0].image',
    );
    expect(formatPointerAsField('/metadata/labels/app.kubernetes.io~1name')).toBe(
      'metadata.labels[app.kubernetes.io/name]',
    );
    expect(formatPointerAsField('')).toBe('');
  });
});

describe('describeSource', () => {
  it('names the layer, the path and the line in the source text', () => {
    const origin = {
      layer: 'helm',
      document: 'helm-values',
      path: ['workspace', 'labels', 'team'],
    } as const;
    expect(describeSource(origin, () => HELM)).toEqual({
      layer: 'Helm value',
      path: 'workspace.labels.team',
      documentName: 'Helm values',
      line: 3,
    });
    expect(describeSource({ layer: 'dagster', document: null, path: [] }, () => null)).toEqual({
      layer: 'Dagster default',
      path: '',
      documentName: null,
      line: null,
    });
  });

  it('gives no line when the path is no longer in the text', () => {
    const origin = { layer: 'helm', document: 'helm-values', path: ['workspace', 'gone'] } as const;
    expect(describeSource(origin, () => HELM).line).toBeNull();
  });
});

describe('inspectValue', () => {
  const result = renderLocation({ configText: CONFIG, helmValues: HELM, kind: 'run' });
  const job = result.manifests[0]!;
  const parsed = parseYamlText(CONFIG);
  const read = (document: string) =>
    document === 'dagster-cloud-yaml' ? parsed : document === 'helm-values' ? HELM : null;

  it('describes a value from the location, with its Kubernetes problem', () => {
    const pointer = '/spec/template/spec/containers/0/resources/limits/cpu';
    const problems = checkRenderedManifest(job);
    const inspection = inspectValue(job, pointer, problems, read);
    expect({ ...inspection, origin: undefined }).toEqual({
      object: 'Job dagster-run-<run-id>',
      // Map keys and struct fields look alike in a pointer: both are written with a dot.
      field: 'spec.template.spec.containers[0].resources.limits.cpu',
      value: 'lots',
      origin: undefined,
      source: {
        layer: "the location's key",
        path: 'locations.0.container_context.k8s.resources.limits.cpu',
        documentName: 'dagster_cloud.yaml',
        line: 9,
      },
      mark: null,
      problems,
    });
    expect(problems.map((p) => p.code)).toEqual(['invalid-quantity']);
  });

  it('describes placeholders, display lines and Dagster defaults', () => {
    expect(inspectValue(job, '/metadata/name', [], read)).toMatchObject({
      value: 'dagster-run-<run-id>',
      source: { layer: 'Dagster default', documentName: null },
      mark: 'placeholder: new UUID per run',
    });
    expect(inspectValue(job, '/metadata/namespace', [], read)).toMatchObject({
      value: 'dagster-cloud',
      origin: null,
      source: null,
      mark: 'display only: not in the request body (the API path)',
    });
    expect(inspectValue(job, '/metadata/labels/team', [], read).source).toEqual({
      layer: 'Helm value',
      path: 'workspace.labels.team',
      documentName: 'Helm values',
      line: 3,
    });
  });
});
