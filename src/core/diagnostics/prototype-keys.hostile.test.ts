import { afterAll, describe, expect, it } from 'vitest';
import {
  collectDiagnostics,
  collectHelmValuesDiagnostics,
  collectTagDiagnostics,
  type Diagnostic,
} from '.';

/**
 * Keys named like Object.prototype members are ordinary keys to Dagster (Python): every check
 * must report exactly what it reports for a plain key of the same shape, and nothing may reach
 * Object.prototype.
 */
const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
];

/** A key of the same length and character classes that names nothing in JavaScript. */
function toPlainTwin(key: string): string {
  return key.replace(/[a-zA-Z](?=_*$)/, (letter) => (letter === 'q' ? 'z' : 'q'));
}

const CONFIG = `locations:
  - location_name: etl
    image: ghcr.io/acme/etl:1.0
    code_source: {package_name: etl}
    KEY: 1
    container_context:
      KEY: 1
      k8s:
        KEY: 1
        labels: {KEY: v}
        env_vars: [KEY=1, KEY]
        env: [{name: KEY, value: x}, {name: a, KEY: 1}]
        volumes: [{name: v, KEY: 1, config_map: {name: c, KEY: x}}]
        volume_mounts: [{name: v, mount_path: /x, KEY: 1}]
        resources: {limits: {KEY: 1}}
        security_context: {KEY: 1}
        run_k8s_config:
          KEY: {}
          container_config: {KEY: 1, env: [{name: KEY, value_from: {KEY: 1}}]}
          pod_spec_config: {node_selector: {KEY: x}, affinity: {KEY: 1}}
          pod_template_spec_metadata: {annotations: {KEY: b}, labels: {KEY: c}}
          job_spec_config: {KEY: 1}
        server_k8s_config:
          KEY: {}
          deployment_metadata: {labels: {KEY: s}}
defaults:
  KEY: 1
  container_context: {k8s: {labels: {KEY: d}}}
`;
const TAG =
  '{"KEY": 1, "container_config": {"KEY": 1}, "pod_spec_config": {"node_selector": {"KEY": "x"}}}';
const HELM = [
  'KEY: 1',
  'dagsterCloud: {KEY: 1}',
  'dagsterCloudAgent: {KEY: 1, env: {KEY: v}}',
  'workspace: {KEY: 1, labels: {KEY: x}, runK8sConfig: {KEY: {}, containerConfig: {KEY: 1}}}',
  '',
].join('\n');

const COLLECTORS: [string, string, (text: string) => Diagnostic[]][] = [
  ['dagster_cloud.yaml', CONFIG, collectDiagnostics],
  ['a dagster-k8s/config tag', TAG, collectTagDiagnostics],
  ['agent Helm values', HELM, collectHelmValuesDiagnostics],
];

function describeAll(diagnostics: Diagnostic[], key: string): string[] {
  return diagnostics.map((d) =>
    [d.severity, d.code, d.range.start.offset, d.path.join('.'), d.message, d.hint ?? '']
      .join(' | ')
      .replaceAll(key, '<KEY>'),
  );
}

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

describe('diagnostics for keys named like Object.prototype members', () => {
  afterAll(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  for (const [what, template, collect] of COLLECTORS) {
    it.each(HOSTILE_KEYS)(`in ${what}: "%s" is reported like a plain key`, (key) => {
      const twin = toPlainTwin(key);
      const hostile = describeAll(collect(template.replaceAll('KEY', key)), key);
      expect(hostile).toEqual(describeAll(collect(template.replaceAll('KEY', twin)), twin));
      expect(hostile.length).toBeGreaterThan(0);
    });
  }
});
