import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkK8sModelValue } from './index';
import type { K8sModelIssue } from './index';

// A fresh clone has no ../shared: the globs are then empty and these tests are skipped.
const configs = import.meta.glob<string>('../../../../shared/corpus/config/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const tags = import.meta.glob<string>('../../../../shared/corpus/tags/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const verdictFiles = import.meta.glob<{
  default: Record<string, { k8s: string; k8s_errors: string[] }>;
}>('../../../../shared/corpus/verdicts.json', { eager: true });
const verdicts = Object.values(verdictFiles)[0]?.default;
const hasCorpus = verdicts !== undefined && Object.keys(configs).length > 0;
if (!hasCorpus) console.warn('k8s corpus.test: ../shared/corpus is absent, corpus checks skipped');

const FRAGMENT_MODELS: Readonly<Record<string, string>> = {
  container_config: 'V1Container',
  pod_template_spec_metadata: 'V1ObjectMeta',
  pod_spec_config: 'V1PodSpec',
  job_config: 'V1Job',
  job_metadata: 'V1ObjectMeta',
  job_spec_config: 'V1JobSpec',
  deployment_metadata: 'V1ObjectMeta',
  service_metadata: 'V1ObjectMeta',
  service_spec_config: 'V1ServiceSpec',
};
const ITEM_MODELS: Readonly<Record<string, string>> = {
  volumes: 'V1Volume',
  volume_mounts: 'V1VolumeMount',
  env: 'V1EnvVar',
};

type Map = Record<string, unknown>;
const isMap = (v: unknown): v is Map => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The raw fragments of one `dagster-k8s/config`-shaped map. */
function checkFragments(raw: Map, path: (string | number)[]): K8sModelIssue[] {
  return Object.entries(raw).flatMap(([key, value]) => {
    const model = FRAGMENT_MODELS[key];
    return model && isMap(value) ? checkK8sModelValue(model, value, [...path, key]) : [];
  });
}

/** Every model-checked part of one `container_context.k8s`. */
function checkK8sContext(k8s: Map, path: (string | number)[]): K8sModelIssue[] {
  const issues: K8sModelIssue[] = [];
  for (const [key, model] of Object.entries(ITEM_MODELS)) {
    const items = k8s[key];
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => issues.push(...checkK8sModelValue(model, item, [...path, key, i])));
  }
  for (const key of ['run_k8s_config', 'server_k8s_config']) {
    const raw = k8s[key];
    if (isMap(raw)) issues.push(...checkFragments(raw, [...path, key]));
  }
  return issues;
}

function agentErrors(text: string): string[] {
  const doc: unknown = parse(text, { version: '1.1' });
  const locations = isMap(doc) && Array.isArray(doc.locations) ? doc.locations : [];
  const issues = locations.flatMap((location: unknown, i) => {
    const k8s =
      isMap(location) && isMap(location.container_context)
        ? location.container_context.k8s
        : undefined;
    return isMap(k8s) ? checkK8sContext(k8s, ['locations', i, 'container_context', 'k8s']) : [];
  });
  return [
    ...new Set(issues.filter((issue) => issue.severity === 'error').map((issue) => issue.message)),
  ];
}

describe.skipIf(!hasCorpus)('corpus: container_context.k8s as the agent judges it', () => {
  const cases = Object.entries(configs).map(
    ([file, text]) => [file.split('/').pop()!, text] as const,
  );
  it.each(cases.filter(([name]) => verdicts?.[name]?.k8s !== 'n/a'))('%s', (name, text) => {
    expect(agentErrors(text)).toEqual(verdicts?.[name]?.k8s_errors);
  });
});

describe.skipIf(!hasCorpus)('corpus: dagster-k8s/config tags', () => {
  const cases = Object.entries(tags).map(([file, text]) => [file.split('/').pop()!, text] as const);
  it.each(cases)('%s has no agent errors', (_name, text) => {
    let value: unknown = parse(text, { version: '1.1' });
    // Some tags are stored as the JSON string the tag holds.
    if (typeof value === 'string') value = JSON.parse(value);
    const issues = isMap(value) ? checkFragments(value, []) : [];
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });
});
