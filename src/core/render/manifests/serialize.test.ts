import { describe, expect, it } from 'vitest';
import { renderManifestsYaml } from './serialize';
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
