import { afterAll, describe, expect, it } from 'vitest';
import {
  collectDiagnostics,
  collectHelmValuesDiagnostics,
  collectTagDiagnostics,
  type Diagnostic,
} from './diagnostics';
import { renderLocation } from './render';
import { parseYamlText } from './yaml';

/**
 * Hostile and huge documents through the whole core (diagnostics and render, as the editor and
 * the CLI call them): each gives a clear message in bounded time, nothing throws, and nothing
 * reaches Object.prototype. Time bounds are hang guards only; real timings are benchmarks.
 */

function timed<T>(boundMs: number, run: () => T): T {
  const started = performance.now();
  const result = run();
  expect(performance.now() - started).toBeLessThan(boundMs);
  return result;
}

function describeDiagnostic(d: Diagnostic): string {
  return `${d.range.start.line}:${d.range.start.column} ${d.severity} ${d.code}: ${d.message}`;
}

const LOCATION = 'locations:\n  - location_name: etl\n    image: ghcr.io/acme/etl:1.0\n';

function indent(text: string, spaces: number): string {
  return text.replace(/^(?=.)/gm, ' '.repeat(spaces));
}

const BILLION_LAUGHS = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'
    .split('')
    .map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
].join('\n');

const ALIAS_BOMB =
  "Aliases expand this document to more than 100000 values (an alias bomb, as in 'billion " +
  "laughs'); its value is not built. Reduce the use of *aliases.";

describe('alias bombs', () => {
  const text = `${LOCATION}    container_context:\n      k8s:\n        labels:\n${indent(BILLION_LAUGHS, 10)}\n`;

  it('are one diagnostic, at the alias that passes the limit', () => {
    const diagnostics = timed(5_000, () => collectDiagnostics(text));
    expect(diagnostics.map(describeDiagnostic)).toEqual([`12:18 error ALIAS_LIMIT: ${ALIAS_BOMB}`]);
  });

  it('are the render error too, with the position', () => {
    const result = timed(5_000, () => renderLocation({ configText: text }));
    expect(result.manifests).toEqual([]);
    expect(result.error).toEqual({
      kind: 'dagster-config-error',
      errorType: 'Exception',
      message: `${ALIAS_BOMB} (line 12, column 18)`,
      stage: 'ci-template',
    });
  });

  it('in a tag or Helm values are refused the same way', () => {
    const tag = timed(5_000, () => collectTagDiagnostics(BILLION_LAUGHS));
    expect(tag.map((d) => d.code)).toEqual(['ALIAS_LIMIT']);
    const helm = timed(5_000, () => collectHelmValuesDiagnostics(BILLION_LAUGHS));
    expect(helm.map((d) => d.code)).toEqual(['ALIAS_LIMIT']);
    const render = timed(5_000, () =>
      renderLocation({ configText: LOCATION, helmValues: BILLION_LAUGHS }),
    );
    expect(render.error?.message).toBe(`Error: failed to parse values: ${ALIAS_BOMB}`);
  });

  it('of a long string are refused before anything repeats it (it used to take 1 GB)', () => {
    const long = 'x'.repeat(600_000);
    const aliases = Array(900).fill('*s').join(', ');
    const bomb = `${LOCATION}    container_context:\n      k8s:\n        labels: {a: &s "${long}"}\n        env_vars: [${aliases}]\n`;
    const heapBefore = process.memoryUsage().heapUsed;
    const diagnostics = timed(10_000, () => collectDiagnostics(bomb));
    expect(diagnostics.map((d) => d.code)).toEqual(['ALIAS_LIMIT']);
    // A memory guard as loose as the time guards: expanded, the messages alone took 540 MB.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024);
    expect(timed(10_000, () => renderLocation({ configText: bomb })).error?.message).toMatch(
      /^Aliases expand this document to more than 100000 values/,
    );
  });
});

const TOO_DEEP =
  'Collections are nested more than 200 levels deep here: K8s Config Studio does not read the ' +
  "file (Dagster's loader fails at about 500 levels; a real config needs fewer than 20). Flatten it.";

describe('10,000 levels of nesting', () => {
  it.each([
    [
      'block',
      `${LOCATION}    container_context:\n      k8s:\n        volumes:\n          ${'- '.repeat(10_000)}x\n`,
      '7:401',
    ],
    [
      'flow',
      `${LOCATION}    container_context: {k8s: {labels: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}}}\n`,
      '4:819',
    ],
  ])('(%s) is one clear diagnostic and a clear render error', (_name, text, at) => {
    const diagnostics = timed(10_000, () => collectDiagnostics(text));
    expect(diagnostics.map(describeDiagnostic)).toEqual([`${at} error NESTING_LIMIT: ${TOO_DEEP}`]);
    const [line, column] = at.split(':');
    expect(timed(10_000, () => renderLocation({ configText: text })).error?.message).toBe(
      `${TOO_DEEP} (line ${line}, column ${column})`,
    );
  });
});

describe('binary junk', () => {
  const png = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR';

  it('is refused at its first non-printable character, as PyYAML does', () => {
    const message =
      "Non-printable character U+0089 here: Dagster's loader (PyYAML) refuses the file with " +
      '"unacceptable character #x0089: special characters are not allowed"';
    expect(collectDiagnostics(png).map(describeDiagnostic)).toEqual([
      `1:1 error UNPRINTABLE_CHARACTER: ${message}`,
    ]);
    expect(renderLocation({ configText: png }).error?.message).toBe(
      `${message} (line 1, column 1)`,
    );
  });

  it('in the middle of a value points at it', () => {
    const text = `${LOCATION.replace('etl:1.0', 'etl:1.0\u0007')}`;
    expect(collectDiagnostics(text).map((d) => [d.code, d.path.join('.')])).toEqual([
      ['UNPRINTABLE_CHARACTER', 'locations.0.image'],
    ]);
  });
});

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

describe('__proto__, constructor and prototype keys everywhere', () => {
  afterAll(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  const config = [
    'x-evil: &evil {__proto__: {polluted: yes}, constructor: {prototype: {polluted: yes}}}',
    'defaults:',
    '  __proto__: {polluted: yes}',
    '  container_context:',
    '    k8s:',
    '      labels: {prototype: from-defaults}',
    'locations:',
    '  - <<: *evil',
    '    location_name: etl',
    '    image: ghcr.io/acme/etl:1.0',
    '    code_source: {package_name: etl}',
    '    container_context:',
    '      __proto__: {polluted: yes}',
    '      k8s:',
    '        __proto__: {polluted: yes}',
    '        labels:',
    '          <<: *evil',
    '          prototype: p',
    '        env_vars: [__proto__=1]',
    '        run_k8s_config:',
    '          pod_spec_config: {node_selector: {__proto__: ssd, constructor: c}}',
    '',
  ].join('\n');

  it('are kept as plain data by the reader, merges included', () => {
    const value = parseYamlText(config).value as {
      locations: Record<string, unknown>[];
    };
    const location = value.locations[0]!;
    expect(Object.getPrototypeOf(location)).toBe(Object.prototype);
    expect(Object.keys(location)).toContain('__proto__');
    expect(Object.getOwnPropertyDescriptor(location, '__proto__')?.value).toEqual({
      polluted: true,
    });
    expect(location.polluted).toBeUndefined();
  });

  it('are diagnosed like any unknown key', () => {
    const lines = collectDiagnostics(config)
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.path.join('.')}: ${d.message}`);
    expect(lines).toEqual([
      "x-evil: extra_forbidden at 'x-evil': Extra inputs are not permitted",
      "defaults.__proto__: extra_forbidden at 'defaults.__proto__': Extra inputs are not permitted",
      "locations.0.__proto__: extra_forbidden at 'locations.0.__proto__': Extra inputs are not permitted",
      "locations.0.constructor: extra_forbidden at 'locations.0.constructor': Extra inputs are not permitted",
      'locations.0.container_context.k8s.__proto__: Received unexpected config entry "__proto__" at the root.',
    ]);
  });

  it('are rendered as data (and rejected as Dagster rejects any unknown k8s key)', () => {
    const valid = config.replace('        __proto__: {polluted: yes}\n', '');
    const result = renderLocation({ configText: valid, kind: 'run' });
    expect(result.error).toBeUndefined();
    const body = result.manifests[0]!.body as {
      metadata: { labels: Record<string, unknown> };
      spec: { template: { spec: { nodeSelector: Record<string, unknown> } } };
    };
    expect(Object.entries(body.spec.template.spec.nodeSelector)).toEqual([
      ['__proto__', 'ssd'],
      ['constructor', 'c'],
    ]);
    expect(Object.keys(body.metadata.labels)).toEqual(
      expect.arrayContaining(['__proto__', 'constructor', 'prototype']),
    );
    expect(renderLocation({ configText: config }).error?.message).toBe(
      'Errors while parsing k8s container context\n' +
        '    Error 1: Received unexpected config entry "__proto__" at the root.',
    );
  });

  it('in a tag and in Helm values are diagnosed and rendered as data', () => {
    const tag =
      '{"__proto__": {"polluted": 1}, "container_config": {"__proto__": {"polluted": 1}}}';
    expect(collectTagDiagnostics(tag).map((d) => `${d.path.join('.')}: ${d.message}`)).toEqual([
      '__proto__: Received unexpected config entry "__proto__" at the root.',
      "container_config.__proto__: Unexpected keys in model class V1Container: {'__proto__'}",
    ]);
    const helm =
      'dagsterCloudAgent:\n  env: {__proto__: agent-value}\nworkspace:\n  labels: {__proto__: helm}\n';
    expect(collectHelmValuesDiagnostics(helm).filter((d) => d.severity === 'error')).toEqual([]);
    const result = renderLocation({
      configText: `${LOCATION}    container_context: {k8s: {env_vars: [__proto__]}}\n`,
      helmValues: helm,
      kind: 'run',
    });
    const container = (
      result.manifests[0]!.body as {
        spec: { template: { spec: { containers: { env: { name: string; value: string }[] }[] } } };
      }
    ).spec.template.spec.containers[0]!;
    expect(container.env.filter((e) => e.name === '__proto__')).toEqual([
      { name: '__proto__', value: 'agent-value' },
    ]);
  });
});

describe('huge documents', () => {
  function buildConfig(count: number): string {
    let text = 'locations:\n';
    for (let i = 0; i < count; i++) {
      text +=
        `  - location_name: loc-${i}\n    image: registry.example.com/team/loc-${i}:1.${i}\n` +
        `    code_source: {package_name: pkg_${i}}\n    container_context:\n      k8s:\n` +
        `        namespace: team-${i % 50}\n        env_vars: [A=${i}, B=two]\n` +
        `        labels: {team: t${i % 7}}\n`;
    }
    return text;
  }

  it('2,000 locations: no diagnostics, and the last one renders', () => {
    const text = buildConfig(2_000);
    expect(timed(60_000, () => collectDiagnostics(text))).toEqual([]);
    const result = timed(60_000, () =>
      renderLocation({ configText: text, locationName: 'loc-1999', kind: 'service' }),
    );
    expect(result.error).toBeUndefined();
    expect(result.manifests[0]!.body.metadata).toMatchObject({ name: 'loc-1999-prod-xxxxxx' });
  }, 120_000);

  it('2,000 locations with a repeated name: the one duplicate error', () => {
    const text = `${buildConfig(2_000)}  - location_name: loc-7\n    image: x\n    code_source: {package_name: p}\n`;
    const errors = collectDiagnostics(text).filter((d) => d.severity === 'error');
    expect(errors.map(describeDiagnostic)).toEqual([
      "16002:20 error value_error: value_error at 'locations': Value error, duplicate location name: loc-7",
    ]);
  }, 120_000);

  it('a 5 MB file is read, checked and rendered', () => {
    const text = buildConfig(22_000);
    expect(text.length).toBeGreaterThan(5 * 1024 * 1024);
    const parsed = timed(120_000, () => parseYamlText(text));
    expect(parsed.problems).toEqual([]);
    expect((parsed.value as { locations: unknown[] }).locations).toHaveLength(22_000);
    expect(timed(120_000, () => collectDiagnostics(text))).toEqual([]);
    const result = timed(120_000, () =>
      renderLocation({ parsedConfig: parsed, locationName: 'loc-21999', kind: 'run' }),
    );
    expect(result.error).toBeUndefined();
  }, 600_000);
});
