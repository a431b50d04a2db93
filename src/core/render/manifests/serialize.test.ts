import { describe, expect, it } from 'vitest';
import { renderManifestsYaml, renderManifestYamlSpans } from './serialize';
import type { RenderedManifest } from './types';

const deployment: RenderedManifest = {
  role: 'deployment',
  body: {
    metadata: {
      labels: { agent_id: '<agent-id>', server_timestamp: '1715790000.0', on: 'yes' },
      name: 'loc-prod-xxxxxx',
    },
    spec: { template: { spec: { containers: [{ env: [{ name: 'PORT', value: '4000' }] }] } } },
  },
  namespace: 'dagster-cloud',
  display: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'dagster-cloud' },
  origins: new Map(),
  marks: [
    { pointer: '/apiVersion', comment: 'display' },
    { pointer: '/metadata/namespace', comment: 'display' },
    { pointer: '/metadata/labels/agent_id', comment: 'placeholder: random per agent start' },
    { pointer: '/metadata/name', comment: 'placeholder: suffix' },
  ],
};

const service: RenderedManifest = {
  role: 'service',
  body: { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { ports: [] } },
  namespace: null,
  display: {},
  origins: new Map(),
  marks: [],
};

describe('renderManifestsYaml', () => {
  it('prints display lines and comments, quoting YAML 1.1 look-alikes', () => {
    expect(renderManifestsYaml([deployment, service])).toBe(`apiVersion: apps/v1 # display
kind: Deployment
metadata:
  labels:
    agent_id: <agent-id> # placeholder: random per agent start
    server_timestamp: '1715790000.0'
    'on': 'yes'
  name: loc-prod-xxxxxx # placeholder: suffix
  namespace: dagster-cloud # display
spec:
  template:
    spec:
      containers:
      - env:
        - name: PORT
          value: '4000'
---
apiVersion: v1
kind: Service
metadata:
  name: s
spec:
  ports: []
`);
  });

  it('keeps the display lines but drops comments without annotate', () => {
    expect(renderManifestsYaml([deployment], { annotate: false })).toContain(
      'apiVersion: apps/v1\nkind: Deployment\n',
    );
    expect(renderManifestsYaml([deployment], { annotate: false })).not.toContain('#');
  });
});

describe('renderManifestYamlSpans', () => {
  /** Each span as `kind pointer = text`, to read the expectation at a glance. */
  function describeSpans(
    text: string,
    spans: readonly { start: number; end: number; kind: string; pointer: string }[],
  ) {
    return spans.map(
      ({ start, end, kind, pointer }) => `${kind} ${pointer} = ${text.slice(start, end)}`,
    );
  }

  it('gives the text renderManifestsYaml prints and where every key and leaf value is', () => {
    const { text, spans } = renderManifestYamlSpans(service);
    expect(text).toBe(renderManifestsYaml([service]));
    expect(describeSpans(text, spans!)).toEqual([
      'key /apiVersion = apiVersion',
      'string /apiVersion = v1',
      'key /kind = kind',
      'string /kind = Service',
      'key /metadata = metadata',
      'key /metadata/name = name',
      'string /metadata/name = s',
      'key /spec = spec',
      'key /spec/ports = ports',
      'collection /spec/ports = []',
    ]);
  });

  it('spans quoted values without their comments, and list items by index', () => {
    const { text, spans } = renderManifestYamlSpans(deployment);
    expect(text).toBe(renderManifestsYaml([deployment]));
    const described = describeSpans(text, spans!);
    expect(described.slice(0, 3)).toEqual([
      'key /apiVersion = apiVersion',
      'string /apiVersion = apps/v1',
      'key /kind = kind',
    ]);
    expect(described).toContain("key /metadata/labels/on = 'on'");
    expect(described).toContain("string /metadata/labels/on = 'yes'");
    expect(described).toContain('string /metadata/labels/agent_id = <agent-id>');
    expect(described.slice(-4)).toEqual([
      'key /spec/template/spec/containers/0/env/0/name = name',
      'string /spec/template/spec/containers/0/env/0/name = PORT',
      'key /spec/template/spec/containers/0/env/0/value = value',
      "string /spec/template/spec/containers/0/env/0/value = '4000'",
    ]);
  });

  it('has no spans when the manifest is printed through a yaml Document', () => {
    const multiline: RenderedManifest = { ...service, body: { data: { script: 'a\nb\n' } } };
    expect(renderManifestYamlSpans(multiline)).toEqual({
      text: 'data:\n  script: |\n    a\n    b\n',
      spans: null,
    });
  });
});
