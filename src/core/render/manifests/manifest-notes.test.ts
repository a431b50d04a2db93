import { describe, expect, it } from 'vitest';
import { collectCodeServerNotes, collectRunJobNotes } from './manifest-notes';
import { makeMergedContext } from './test-context';

const messages = (notes: { message: string }[]) => notes.map((note) => note.message);

describe('collectRunJobNotes', () => {
  it('lists what the run Job ignores, namespace mismatches and invalid label values', () => {
    const context = makeMergedContext(
      'run',
      {
        container_config: { args: ['x'], image: 'other:1' },
        job_config: { status: {}, spec: {} },
        job_spec_config: { template: {} },
        job_metadata: { namespace: 'elsewhere' },
      },
      { namespace: 'dagster-cloud' },
    );
    const body = { metadata: { labels: { ok: 'fine', bad: '-.a.-' } } };
    expect(messages(collectRunJobNotes(context, body, 'loc:1'))).toEqual([
      "container_config.args is ignored: Dagster always sets the run's args.",
      'container_config.image replaces the location image loc:1 for runs.',
      'job_config.spec is ignored: Dagster sets it.',
      'job_spec_config.template is ignored: Dagster builds the pod template.',
      'job_metadata.namespace "elsewhere" differs from the namespace the object is created in ("dagster-cloud"): the API server rejects the mismatch.',
      'Label bad: "-.a.-" is not a valid Kubernetes label value on the Job; the API server rejects the object.',
    ]);
  });
});

describe('collectCodeServerNotes', () => {
  it('lists ignored keys, the command, namespaces and the agent-only pod security context', () => {
    const context = makeMergedContext(
      'code-server',
      {
        container_config: { image: 'x', command: ['tini'] },
        service_spec_config: { ports: [] },
      },
      { namespace: 'sales' },
    );
    const body = { metadata: { labels: { location_name: '-x' } } };
    expect(messages(collectCodeServerNotes(context, body, 'dagster-cloud', true))).toEqual([
      'container_config.image is ignored by code servers: the agent sets it.',
      "container_config.command replaces the image's entrypoint; the agent's args (dagster api grpc …) still follow it.",
      "service_spec_config.ports is ignored: the agent sets the Service's ports.",
      'The code server runs in namespace "sales", not the agent\'s "dagster-cloud": the agent needs RBAC there, and the token secret and service account must exist there.',
      'dagsterCloudAgent.podSecurityContext applies to the agent pod only; code servers get a pod securityContext only from serverK8sConfig.podSpecConfig or the location.',
      'Label location_name: "-x" is not a valid Kubernetes label value on the code server; the API server rejects the object.',
    ]);
  });
});
