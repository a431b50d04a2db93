import { describe, expect, it } from 'vitest';
import { decodeShareLink, SHARE_LIMITS, type ShareState } from '../../core/share';
import { findSharedSecrets, planShareLink, redactShareState } from './share-link-plan';

const CONFIG = `locations:
  - location_name: etl
    container_context:
      k8s:
        env_vars:
          - DB_PASSWORD=hunter2 # keep this comment
          - REGION=eu-west-1
          - FROM_AGENT
`;
const HELM = 'dagsterCloud:\n  agentToken: "abc123"\n  agentTokenSecretName: agent-token\n';
const RUN = {
  jobName: 'job',
  runId: '',
  tagText: 'container_config:\n  env:\n    - name: API_KEY\n      value: s3cr3t\n',
  opIsolation: true,
  executorConfigText: '',
  opName: 'op',
  opTagText: '',
};
const STATE: ShareState = { configText: CONFIG, helmValuesText: HELM, runContext: RUN, tab: 'run' };
const BASE = 'http://127.0.0.1:4179/studio/?x=1#old';

describe('findSharedSecrets', () => {
  it('lists the values of every text, with source, line and name', () => {
    expect(findSharedSecrets(STATE)).toEqual([
      { source: 'dagster_cloud.yaml', line: 6, name: 'DB_PASSWORD', kind: 'env-var' },
      { source: 'dagster_cloud.yaml', line: 7, name: 'REGION', kind: 'env-var' },
      { source: 'Helm values', line: 2, name: 'agentToken', kind: 'secret-key' },
      { source: 'Run tag', line: 4, name: 'API_KEY', kind: 'env-var' },
    ]);
  });
});

describe('redactShareState', () => {
  it('replaces the values and keeps every other byte', () => {
    expect(redactShareState(STATE)).toEqual({
      configText: CONFIG.replace('hunter2', '<redacted>').replace('eu-west-1', '<redacted>'),
      helmValuesText: HELM.replace('"abc123"', '"<redacted>"'),
      runContext: { ...RUN, tagText: RUN.tagText.replace('s3cr3t', '<redacted>') },
      tab: 'run',
    });
  });
});

describe('planShareLink', () => {
  it('makes a redacted link to the app address, which opens to the redacted state', () => {
    const plan = planShareLink(STATE, BASE, true);
    expect(plan.redacted).toBe(true);
    expect(plan.shared).toEqual(redactShareState(STATE));
    if (!plan.link.ok) throw new Error(plan.link.message);
    expect(plan.link.url.startsWith('http://127.0.0.1:4179/studio/?x=1#v1.')).toBe(true);
    expect(plan.link.length).toEqual({ length: plan.link.url.length, warnings: [] });
    expect(decodeShareLink(plan.link.url)).toEqual({ ok: true, state: plan.shared });
  });

  it('keeps the values when redaction is off, and says nothing was redacted without secrets', () => {
    const plain = planShareLink(STATE, BASE, false);
    expect(plain.redacted).toBe(false);
    expect(plain.shared).toBe(STATE);
    const none = planShareLink({ configText: 'locations: []\n' }, BASE, true);
    expect(none.secrets).toEqual([]);
    expect(none.redacted).toBe(false);
  });

  it('warns about a link long for chat tools', () => {
    // Random-looking text barely compresses, so the link grows with it.
    let seed = 7;
    const noise = Array.from({ length: 3000 }, () => {
      seed = (seed * 48271) % 2147483647;
      return String.fromCharCode(97 + (seed % 26));
    }).join('');
    const plan = planShareLink({ configText: `# ${noise}\n` }, BASE, true);
    if (!plan.link.ok) throw new Error(plan.link.message);
    expect(plan.link.length.warnings).toEqual([
      {
        code: 'long-for-chat',
        message: `This link is ${plan.link.url.length.toLocaleString('en-US')} characters long. Chat tools and issue trackers often cut links longer than 2,000 characters; attach the file instead if the link does not open.`,
      },
    ]);
  });

  it('says why no link can be made for a state over the limit', () => {
    const plan = planShareLink(
      { configText: 'a'.repeat(SHARE_LIMITS.maxDecodedBytes + 1) },
      BASE,
      true,
    );
    expect(plan.link).toEqual({
      ok: false,
      message:
        'This share link holds more than 2 MiB of text, more than K8s Config Studio opens from a link.',
    });
  });
});
