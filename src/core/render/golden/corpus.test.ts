/**
 * Every real-world config of ../shared/corpus renders its first location without throwing: a
 * result or Dagster's error, never an exception. Where Dagster's verdict on the k8s config is
 * known, the run Job agrees with it. Skipped (with a notice) on a fresh clone without ../shared.
 */
import { describe, expect, it } from 'vitest';
import { renderLocation } from '../manifests/render-location';

interface Verdict {
  readonly k8s: 'valid' | 'invalid' | 'n/a';
  readonly k8s_errors: readonly string[];
}

// A fresh clone has no ../shared: the globs are then empty and the test is skipped.
const configs = import.meta.glob<string>('../../../../../shared/corpus/config/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const verdictFiles = import.meta.glob<{ default: Record<string, Verdict> }>(
  '../../../../../shared/corpus/verdicts.json',
  { eager: true },
);
const verdicts = Object.values(verdictFiles)[0]?.default ?? {};
const files = Object.keys(configs).map((path) => [path.replace(/^.*\//u, ''), path] as const);
const exists = files.length > 0;
if (!exists) console.warn('render corpus test skipped: ../shared/corpus is not present');

describe.skipIf(!exists)('render over the corpus (../shared/corpus/config)', () => {
  it.each(files)('%s renders its first location or returns a Dagster error', (file, path) => {
    const configText = configs[path]!;
    // As committed (CI usually supplies the image), then with the image `ci deploy --image` sets.
    for (const image of [undefined, 'ghcr.io/acme/corpus:1.0']) {
      const all = renderLocation({ configText, image, opName: 'my_op' });
      if (all.error) {
        expect(all.error.kind).toBe('dagster-config-error');
        expect(all.error.message.length).toBeGreaterThan(0);
        expect(all.manifests).toEqual([]);
      } else {
        expect(all.manifests.map((manifest) => manifest.role)).toEqual([
          'deployment',
          'service',
          'run',
          'step',
        ]);
        expect(all.yaml.split('\n---\n')).toHaveLength(4);
      }
    }
    const verdict = verdicts[file];
    if (verdict?.k8s === 'valid') {
      expect(renderLocation({ configText, kind: 'run' }).error).toBeUndefined();
    } else if (verdict?.k8s === 'invalid') {
      expect(renderLocation({ configText, kind: 'run' }).error?.message).toBe(
        verdict.k8s_errors[0],
      );
    }
  });
});
