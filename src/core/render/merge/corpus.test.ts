import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../yaml';
import { buildAgentLayer, resolveAgentHelmValues } from '../helm';
import { agentFromHelm } from './fixtures/pipeline';
import {
  applyLocationDefaults,
  locationLayerFromDefaults,
  mergeCodeServerContainerContext,
  mergeRunContainerContext,
  type MergeResult,
} from './index';

// A fresh clone has no ../shared: the globs are then empty and these tests are skipped.
const glob = (files: Record<string, string>) =>
  Object.entries(files).map(
    ([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text] as const,
  );
const configs = glob(
  import.meta.glob<string>('../../../../../shared/corpus/config/*.yaml', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
);
const tags = glob(
  import.meta.glob<string>('../../../../../shared/corpus/tags/*.yaml', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
);
const helmFiles = glob(
  import.meta.glob<string>('../../../../../shared/corpus/helm/*.yaml', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
);
const verdictFiles = import.meta.glob<{
  default: Record<string, { k8s: string; k8s_errors: string[] }>;
}>('../../../../../shared/corpus/verdicts.json', { eager: true });
const verdicts = Object.values(verdictFiles)[0]?.default;
const hasCorpus = verdicts !== undefined && configs.length > 0;
if (!hasCorpus)
  console.warn('render/merge corpus.test: ../shared/corpus is absent, corpus checks skipped');

const agent = agentFromHelm('');

function errors(results: MergeResult<unknown>[]): string[] {
  return results.flatMap((r) => (r.ok ? [] : [r.error.message]));
}

describe.skipIf(!hasCorpus)('merge engine over the real-world corpus', () => {
  it.each(configs)('%s: merges for runs and code servers as Dagster judges it', (name, text) => {
    const verdict = verdicts?.[name];
    const parsed = parseYamlText(text).value;
    const defaults = applyLocationDefaults(parsed);
    expect(defaults.ok).toBe(true);
    if (!defaults.ok || !verdict) return;
    const results = defaults.value.locations.flatMap((location) => {
      const layer = locationLayerFromDefaults(location);
      return [
        mergeRunContainerContext({ launcher: agent.launcher, location: layer }),
        mergeCodeServerContainerContext({ launcher: agent.launcher, location: layer }),
      ];
    });
    const found = [...new Set(errors(results))];
    if (verdict.k8s === 'invalid') expect(found).toEqual(verdict.k8s_errors);
    if (verdict.k8s === 'valid') expect(found).toEqual([]);
  });

  it.each(tags)('tag %s: merges as a run tag', (_name, text) => {
    const result = mergeRunContainerContext({
      launcher: agent.launcher,
      location: null,
      runTag: parseYamlText(text).value as never,
    });
    expect(errors([result])).toEqual([]);
  });

  it.each(helmFiles)('helm %s: resolves and builds the agent layer', (_name, text) => {
    const resolved = resolveAgentHelmValues(text);
    expect(resolved.ok).toBe(true);
    if (resolved.ok) expect(buildAgentLayer(resolved.value).ok).toBe(true);
  });
});
