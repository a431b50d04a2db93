import { describe, expect, it } from 'vitest';
import { collectDiagnostics, collectHelmValuesDiagnostics, collectTagDiagnostics } from '.';

// The real-world corpus lives in ../shared, next to the repository (absent in a fresh clone).
// Read through Vite (`?raw`): the core's lint forbids Node built-ins, tests included.
const files = import.meta.glob<string>('../../../../shared/corpus/{config,tags,helm}/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const verdictFiles = import.meta.glob<string>('../../../../shared/corpus/verdicts.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

interface Verdict {
  readonly ci_check: 'valid' | 'invalid';
  readonly ci_errors: readonly string[];
  readonly k8s: 'valid' | 'invalid' | 'n/a';
  readonly k8s_errors: readonly string[];
}

const verdictText = Object.values(verdictFiles)[0];
const present = verdictText !== undefined;
if (!present)
  console.warn('diagnostics corpus.test: ../shared/corpus is absent, corpus checks skipped');
const verdicts = present ? (JSON.parse(verdictText) as Record<string, Verdict>) : {};

function listFolder(folder: string): [string, string][] {
  return Object.entries(files)
    .filter(([file]) => file.includes(`/corpus/${folder}/`))
    .map(([file, text]): [string, string] => [file.replace(/^.*\//, ''), text])
    .sort(([a], [b]) => a.localeCompare(b));
}

describe.skipIf(!present)('corpus: collectDiagnostics agrees with Dagster', () => {
  it('has a verdict for every config file', () => {
    expect(listFolder('config').map(([name]) => name)).toEqual(Object.keys(verdicts).sort());
  });

  it.each(listFolder('config'))('config/%s', (file, text) => {
    const verdict = verdicts[file]!;
    const errors = collectDiagnostics(text)
      .filter((d) => d.severity === 'error')
      .map((d) => d.message);
    const invalid = verdict.ci_check === 'invalid' || verdict.k8s === 'invalid';
    expect(errors.length > 0, errors.join('\n')).toBe(invalid);
    // Every message Dagster printed is one of ours, word for word.
    for (const message of [...verdict.ci_errors, ...verdict.k8s_errors])
      expect(errors).toContain(message);
  });

  it.each(listFolder('tags'))('tags/%s passes the tag validator', (_file, text) => {
    expect(collectTagDiagnostics(text).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it.each(listFolder('helm'))('helm/%s is checked without internal errors', (_file, text) => {
    const diagnostics = collectHelmValuesDiagnostics(text);
    expect(diagnostics.filter((d) => d.code === 'internal-error')).toEqual([]);
  });
});
