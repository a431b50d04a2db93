import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../yaml';
import { findSecretLikeValues } from './find-secret-like-values';
import { redactSecrets } from './redact-secrets';

// Read through Vite (the core's lint forbids node:fs, tests included). A fresh clone has no
// ../shared: the glob is then empty and these tests are skipped with a notice.
const corpus = import.meta.glob<string>('../../../../shared/corpus/{config,helm,tags}/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const files = Object.entries(corpus).map(([file, text]) => [file.split('corpus/')[1]!, text]);
if (files.length === 0) console.warn('redact-corpus.test: ../shared/corpus is absent, skipped');

/** Sets `value` at `path` in a plain copy of the loaded document. */
function setAt(root: unknown, path: readonly (string | number)[], value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}

describe.skipIf(files.length === 0)('redactSecrets on the real-world corpus', () => {
  it.each(files)('%s: changes exactly the found values, and nothing else', (_name, text) => {
    const found = findSecretLikeValues(text);
    const redacted = redactSecrets(text);
    const before = parseYamlText(text);
    const after = parseYamlText(redacted);
    expect(after.problems.map((problem) => problem.code)).toEqual(
      before.problems.map((problem) => problem.code),
    );
    const expected = structuredClone(before.value);
    for (const value of found) setAt(expected, value.path, value.redactedValue);
    expect(after.value).toEqual(expected);
    expect(redactSecrets(redacted)).toBe(redacted);
    expect(redacted.split(/\r?\n/).length).toBe(text.split(/\r?\n/).length);
  });
});
