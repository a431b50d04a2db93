import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  collectDiagnostics,
  collectHelmValuesDiagnostics,
  collectTagDiagnostics,
  type Diagnostic,
} from './diagnostics';
import { renderLocation } from './render';
import { parseYamlText } from './yaml';

/**
 * Random edits of real texts (the corpus, when ../shared is there, and our own fixtures): the
 * whole core pipeline (parse, diagnostics, render) returns a result for every one of them,
 * never throws, and never falls back to its internal-error safety nets.
 */

// Read through Vite (the core's lint forbids node:fs). A fresh clone has no ../shared.
const glob = (kind: 'config' | 'tags' | 'helm') =>
  ({
    config: import.meta.glob<string>('../../../shared/corpus/config/*.yaml', {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
    tags: import.meta.glob<string>('../../../shared/corpus/tags/*.yaml', {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
    helm: import.meta.glob<string>('../../../shared/corpus/helm/*.yaml', {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  })[kind];
const corpus = { config: glob('config'), tags: glob('tags'), helm: glob('helm') };
if (Object.keys(corpus.config).length === 0) {
  console.warn('text-mutations.fuzz.test: ../shared/corpus is absent; only own fixtures are used');
}

const OWN_CONFIGS = [
  [
    'x-env: &env [A=1, B]',
    'defaults:',
    '  container_context:',
    '    k8s: {namespace: data, env_vars: *env}',
    'locations:',
    '  - location_name: etl',
    '    image: ghcr.io/acme/etl:1.0',
    '    code_source: {package_name: etl}',
    '    container_context:',
    '      k8s:',
    '        labels: {team: data}',
    '        volumes: [{name: cfg, config_map: {name: cfg}}]',
    '        volume_mounts: [{name: cfg, mount_path: /etc/cfg}]',
    '        run_k8s_config:',
    '          container_config: {resources: {limits: {cpu: 500m}}}',
    '          pod_spec_config: {node_selector: {disk: ssd}}',
    '        server_k8s_config:',
    '          service_metadata: {annotations: {a: b}}',
    '',
  ].join('\n'),
  'locations:\r\n- location_name: crlf\r\n  image: "x:1"\r\n  container_context: {k8s: {env: [{name: A, value_from: {secret_key_ref: {name: s, key: k}}}]}}',
];
const OWN_TAGS = [
  '{"container_config": {"resources": {"requests": {"cpu": "250m"}}}, "pod_spec_config": {"tolerations": [{"key": "gpu", "operator": "Exists"}]}}',
];
const OWN_HELM = [
  'dagsterCloud:\n  deployments: [prod]\nworkspace:\n  labels: {team: data}\n  runK8sConfig:\n    containerConfig: {resources: {limits: {memory: 1Gi}}}\ndagsterCloudAgent:\n  env: {A: "1"}\n',
];

const configs = [...OWN_CONFIGS, ...Object.values(corpus.config)];
const tags = [...OWN_TAGS, ...Object.values(corpus.tags)];
const helms = [...OWN_HELM, ...Object.values(corpus.helm)];

/** Characters and fragments that make, break and mend YAML. */
const NOISE = [
  ...['{', '}', '[', ']', ':', ': ', '-', '- ', ',', "'", '"', '\n', '\n  ', ' ', '#', '\t'],
  ...['&a ', '*a', '<<: *a\n', '!!str ', '!!python/object ', '|', '>-', '%YAML 1.1\n', '---\n'],
  ...['~', 'null', 'yes', '1e9', '=', '\u0000', '\ud800', '\u00e9', '🚀', '\r\n', '\r'],
  ...['__proto__: {x: 1}\n', 'constructor: 1\n', 'k8s:\n', 'labels: {a: 1}\n', '{{ x }}'],
];

interface Edit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat(24),
  insert: fc.oneof(fc.constantFrom(...NOISE), fc.string({ maxLength: 4 }), fc.constant('')),
});

function mutate(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const { at, remove, insert } of edits) {
    const offset = Math.min(Math.floor(at * out.length), out.length);
    out = out.slice(0, offset) + insert + out.slice(offset + remove);
  }
  return out;
}

function checkDiagnostics(text: string, diagnostics: readonly Diagnostic[]): void {
  expect(Array.isArray(diagnostics)).toBe(true);
  expect(diagnostics.filter((d) => d.code === 'internal-error')).toEqual([]);
  for (const d of diagnostics) {
    expect(d.message).not.toBe('');
    expect(d.range.start.offset).toBeGreaterThanOrEqual(0);
    expect(d.range.start.offset).toBeLessThanOrEqual(d.range.end.offset);
    expect(d.range.end.offset).toBeLessThanOrEqual(text.length);
  }
}

function checkRender(result: ReturnType<typeof renderLocation>): void {
  expect(result.error?.message ?? '').not.toMatch(/could not render this input \(internal error/);
  if (result.error) expect(result.manifests).toEqual([]);
  else expect(result.yaml.length).toBeGreaterThan(0);
}

const mutations = fc.array(edit, { minLength: 1, maxLength: 4 });

describe('random edits of real texts', () => {
  it('dagster_cloud.yaml: parse, diagnostics and render always return', () => {
    fc.assert(
      fc.property(fc.constantFrom(...configs), mutations, (original, edits) => {
        const text = mutate(original, edits);
        const parsed = parseYamlText(text);
        expect(parsed.text).toBe(text);
        checkDiagnostics(text, collectDiagnostics(text));
        checkRender(renderLocation({ parsedConfig: parsed, kind: 'all', opName: 'op' }));
      }),
      { numRuns: 120, seed: 2026 },
    );
  }, 60_000);

  it('run tags: tag diagnostics and render with the tag always return', () => {
    fc.assert(
      fc.property(fc.constantFrom(...tags), mutations, (original, edits) => {
        const text = mutate(original, edits);
        checkDiagnostics(text, collectTagDiagnostics(text));
        checkRender(renderLocation({ configText: OWN_CONFIGS[0], runTag: text, kind: 'run' }));
      }),
      { numRuns: 80, seed: 2027 },
    );
  }, 60_000);

  it('Helm values: diagnostics and render with the values always return', () => {
    fc.assert(
      fc.property(fc.constantFrom(...helms), mutations, (original, edits) => {
        const text = mutate(original, edits);
        checkDiagnostics(text, collectHelmValuesDiagnostics(text));
        checkRender(renderLocation({ configText: OWN_CONFIGS[0], helmValues: text }));
      }),
      { numRuns: 80, seed: 2028 },
    );
  }, 60_000);
});
