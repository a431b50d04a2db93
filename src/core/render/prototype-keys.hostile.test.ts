import { afterAll, describe, expect, it } from 'vitest';
import { renderLocation, type RenderLocationInput } from '.';

/**
 * Keys that name Object.prototype members. In Dagster (Python) they are ordinary strings, so the
 * preview must treat them exactly like any other key: keep them as data, report them as unknown
 * where any unknown key is reported, and never let them reach (or replace) a prototype.
 */
const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
] as const;

/** A key of the same length and character classes that names nothing in JavaScript. */
function toPlainTwin(key: string): string {
  return key.replace(/[a-zA-Z](?=_*$)/, (letter) => (letter === 'q' ? 'z' : 'q'));
}

const BASE = `locations:
  - location_name: etl
    image: ghcr.io/acme/etl:1.0
    code_source: {package_name: etl}
`;

/** Each case writes KEY where a user-chosen key can stand; the same input is rendered with a plain twin. */
const CASES: Record<string, Partial<RenderLocationInput>> = {
  'container_context.k8s labels': {
    configText: `${BASE}    container_context:\n      k8s:\n        labels: {KEY: v, team: data}\n`,
  },
  'an unknown key directly under k8s': {
    configText: `${BASE}    container_context:\n      k8s:\n        KEY: 1\n`,
  },
  'an unknown key under run_k8s_config': {
    configText: `${BASE}    container_context:\n      k8s:\n        run_k8s_config: {KEY: {}}\n`,
  },
  'an unknown container_config field': {
    configText: `${BASE}    container_context:\n      k8s:\n        run_k8s_config:\n          container_config: {KEY: 1}\n`,
  },
  'node_selector, annotations and server metadata labels': {
    configText:
      `${BASE}    container_context:\n      k8s:\n        run_k8s_config:\n` +
      '          pod_spec_config: {node_selector: {KEY: x, disk: ssd}}\n' +
      '          pod_template_spec_metadata: {annotations: {KEY: b}}\n' +
      '        server_k8s_config:\n          deployment_metadata: {labels: {KEY: s}}\n',
  },
  'an unknown field of a volume source': {
    configText: `${BASE}    container_context:\n      k8s:\n        volumes: [{name: v, config_map: {name: c, KEY: x}}]\n`,
  },
  'env var names': {
    configText: `${BASE}    container_context:\n      k8s:\n        env_vars: [KEY=1]\n        env: [{name: KEY, value: x}]\n`,
  },
  'labels from defaults: and from a YAML merge key': {
    configText:
      'x-labels: &shared {KEY: {nested: 1}, team: data}\n' +
      'defaults:\n  container_context:\n    k8s:\n      labels: {KEY: d}\n' +
      'locations:\n  - location_name: etl\n    image: ghcr.io/acme/etl:1.0\n' +
      '    code_source: {package_name: etl}\n    container_context:\n      k8s:\n' +
      '        labels:\n          <<: *shared\n          own: o\n',
  },
  'an unknown top-level location key': { configText: `${BASE}    KEY: 1\n` },
  'the agent env (Helm map) read by a bare env var': {
    configText: `${BASE}    container_context:\n      k8s:\n        env_vars: [KEY]\n`,
    helmValues: 'dagsterCloudAgent:\n  env: {KEY: from-agent}\n',
  },
  'the agent env (Helm list) read by a bare env var': {
    configText: `${BASE}    container_context:\n      k8s:\n        env_vars: [KEY]\n`,
    helmValues: 'dagsterCloudAgent:\n  env: [{name: KEY, value: from-agent}]\n',
  },
  'Helm workspace labels and runK8sConfig sections': {
    configText: BASE,
    helmValues:
      'workspace:\n  labels: {KEY: helm}\n  runK8sConfig:\n    podSpecConfig: {nodeSelector: {KEY: n}}\n',
  },
  'an unknown Helm runK8sConfig section': {
    configText: BASE,
    helmValues: 'workspace:\n  runK8sConfig:\n    KEY: {a: 1}\n',
    kind: 'run',
  },
  'an unknown Helm containerConfig field': {
    configText: BASE,
    helmValues: 'workspace:\n  runK8sConfig:\n    containerConfig: {KEY: 1}\n',
    kind: 'run',
  },
  'the run tag (JSON): unknown section': { configText: BASE, runTag: '{"KEY": {}}', kind: 'run' },
  'the run tag (JSON): node selector': {
    configText: BASE,
    runTag: '{"pod_spec_config": {"node_selector": {"KEY": "x"}}}',
    kind: 'run',
  },
  'the run tag (JSON): container field': {
    configText: BASE,
    runTag: '{"container_config": {"KEY": 1}}',
    kind: 'run',
  },
  'the executor config and the op name': {
    configText: BASE,
    executorConfig:
      'step_k8s_config:\n  pod_spec_config: {node_selector: {KEY: x}}\n' +
      'per_step_k8s_config:\n  KEY:\n    pod_template_spec_metadata: {labels: {KEY: op}}\n',
    opName: 'KEY',
    kind: 'step',
  },
  'op tags': {
    configText: BASE,
    opTags: '{"pod_spec_config": {"node_selector": {"KEY": "x"}}}',
    kind: 'step',
  },
};

/** What a render shows, with `twin` spelled `key` (the location hash depends on the text, not the key's meaning). */
function describeRender(input: Partial<RenderLocationInput>, key: string, twin: string) {
  const substitute = (text: string | undefined, name: string) =>
    text === undefined ? undefined : text.replaceAll('KEY', name);
  const withKey = (name: string): RenderLocationInput => ({
    ...input,
    configText: substitute(input.configText as string, name),
    helmValues: substitute(input.helmValues as string | undefined, name),
    runTag: substitute(input.runTag as string | undefined, name),
    executorConfig: substitute(input.executorConfig as string | undefined, name),
    opTags: substitute(input.opTags as string | undefined, name),
    opName: substitute(input.opName, name),
  });
  const show = (result: ReturnType<typeof renderLocation>, name: string) =>
    JSON.stringify({
      yaml: result.yaml.replace(/location_hash: [0-9a-f]{40}/g, 'location_hash: <hash>'),
      error: result.error,
      notes: result.notes,
    })
      .replaceAll(name, '<KEY>')
      // Run label values lose their leading and trailing underscores (sanitizeRunLabelValue).
      .replace(new RegExp(`\\b${name.replace(/^_+|_+$/g, '')}\\b`, 'g'), '<KEY core>');
  return {
    actual: show(renderLocation(withKey(key)), key),
    expected: show(renderLocation(withKey(twin)), twin),
  };
}

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

describe('renderLocation with keys named like Object.prototype members', () => {
  afterAll(() => {
    // Nothing may have been added to (or replaced on) the shared prototype.
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  for (const key of HOSTILE_KEYS) {
    it.each(Object.entries(CASES))(`treats "${key}" like any key: %s`, (_name, input) => {
      const { actual, expected } = describeRender(input, key, toPlainTwin(key));
      expect(actual).toBe(expected);
    });
  }

  it('keeps a __proto__ label as a label, and its object value as data', () => {
    const result = renderLocation({
      configText: `${BASE}    container_context:\n      k8s:\n        labels: {__proto__: {polluted: yes}, team: data}\n`,
      kind: 'run',
    });
    const labels = (result.manifests[0]!.body.metadata as { labels: Record<string, unknown> })
      .labels;
    expect(Object.keys(labels)).toContain('__proto__');
    expect(Object.getPrototypeOf(labels)).toBe(Object.prototype);
    expect(labels.polluted).toBeUndefined();
    expect(result.yaml).toContain(`    __proto__: "{'polluted': True}"\n`);
  });
});
