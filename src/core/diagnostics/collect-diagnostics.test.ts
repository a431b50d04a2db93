import { describe, expect, it } from 'vitest';
import { collectDiagnostics, collectHelmValuesDiagnostics, collectTagDiagnostics } from '.';
import type { Diagnostic } from '.';

/** `L:C-L:C severity message` — compact and exact. */
function show(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map(
    (d) =>
      `${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column} ${d.severity} ${d.message}`,
  );
}

describe('collectDiagnostics: narrowest ranges', () => {
  it('underlines an unknown key itself', () => {
    const text =
      'locations:\n  - location_name: a\n    image: x\n    imgae: y\n    code_source: {package_name: a}\n';
    expect(collectDiagnostics(text)).toEqual([
      {
        severity: 'error',
        message: "extra_forbidden at 'locations.0.imgae': Extra inputs are not permitted",
        path: ['locations', 0, 'imgae'],
        range: {
          start: { line: 4, column: 5, offset: 49 },
          end: { line: 4, column: 10, offset: 54 },
        },
        source: 'schema',
        stage: 'ci-check',
        code: 'extra_forbidden',
        hint: 'Did you mean "image"?',
      },
    ]);
  });

  it('underlines a wrong value', () => {
    const text =
      'locations:\n  - location_name: a\n    image: x\n    container_context:\n      k8s:\n        namespace: 42\n    code_source: {package_name: a}\n';
    expect(show(collectDiagnostics(text))).toEqual([
      '6:20-6:22 error Invalid scalar at path root:namespace. Value "42" of type "<class \'int\'>" is not valid for expected type "String".',
    ]);
  });

  it("underlines the parent's first line for a missing key", () => {
    const text = 'locations:\n  - code_source:\n      package_name: a\n    image: x\n';
    expect(show(collectDiagnostics(text))).toEqual([
      "2:5-2:17 error missing at 'locations.0.location_name': Field required",
    ]);
  });

  it('underlines the key of a multi-line value that has the wrong shape', () => {
    const text =
      'locations:\n  - location_name: a\n    image: x\n    code_source:\n      package_name: p\n      module_name: m\n';
    expect(show(collectDiagnostics(text))).toEqual([
      "4:5-4:16 error value_error at 'locations.0.code_source': Value error, only one of the following fields should be defined: package_name, module_name",
    ]);
  });

  it('points a duplicate location name at the second name', () => {
    const text =
      'locations:\n  - location_name: a\n    image: x\n    code_source: {package_name: a}\n  - location_name: a\n    image: y\n    code_source: {package_name: a}\n';
    expect(show(collectDiagnostics(text))).toEqual([
      "5:20-5:21 error value_error at 'locations': Value error, duplicate location name: a",
    ]);
  });

  it('reports a duplicate YAML key at the second key', () => {
    const text =
      'locations:\n  - location_name: a\n    image: x\n    image: y\n    code_source: {package_name: a}\n';
    expect(collectDiagnostics(text)).toEqual([
      {
        severity: 'error',
        message:
          "Duplicate key 'image': Dagster's loader (PyYAML) would silently keep only the last one and ignore the earlier ones",
        path: ['locations', 0, 'image'],
        range: {
          start: { line: 4, column: 5, offset: 49 },
          end: { line: 4, column: 10, offset: 54 },
        },
        source: 'yaml',
        stage: 'editor',
        code: 'DUPLICATE_KEY',
      },
    ]);
  });

  it('reports a syntax error and skips the schema on a text Dagster cannot load', () => {
    const text = 'locations: [\n  - a\n';
    const diagnostics = collectDiagnostics(text);
    expect(diagnostics.every((d) => d.source === 'yaml' && d.stage === 'ci-check')).toBe(true);
    expect(show(diagnostics)).toEqual([
      '2:3-3:1 error Block collections are not allowed within flow collections',
      '3:1-3:1 error Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('points Kubernetes model errors at the offending key, with the hint', () => {
    const text = [
      'locations:',
      '  - location_name: a',
      '    image: x',
      '    container_context:',
      '      k8s:',
      '        run_k8s_config:',
      '          pod_template_spec_metadata:',
      '            tolerations: []',
      '    code_source: {package_name: a}',
      '',
    ].join('\n');
    const [diagnostic] = collectDiagnostics(text);
    expect(diagnostic).toEqual({
      severity: 'error',
      message: "Unexpected keys in model class V1ObjectMeta: {'tolerations'}",
      path: [
        'locations',
        0,
        'container_context',
        'k8s',
        'run_k8s_config',
        'pod_template_spec_metadata',
        'tolerations',
      ],
      range: {
        start: { line: 8, column: 13, offset: 153 },
        end: { line: 8, column: 24, offset: 164 },
      },
      source: 'kubernetes',
      stage: 'agent',
      code: 'k8s-unexpected-keys',
      hint: 'tolerations is not a V1ObjectMeta field; it matches the V1PodSpec field tolerations (pod_spec_config)',
    });
  });

  it('sorts by position across sources', () => {
    const text =
      'locations:\n  - location_name: my loc\n    foo: 1\n    image: x\n    image: y\n    code_source: {package_name: a}\n';
    expect(collectDiagnostics(text).map((d) => [d.range.start.line, d.code])).toEqual([
      [2, 'location-name'],
      [3, 'extra_forbidden'],
      [5, 'DUPLICATE_KEY'],
    ]);
  });
});

describe('collectDiagnostics: file-level cases', () => {
  it('reports a blank file as dagster-cloud ci check does', () => {
    expect(show(collectDiagnostics(' \n\n'))).toEqual(['1:1-1:1 error Unexpected blank file']);
  });

  it('treats a comment-only file as a null document', () => {
    expect(show(collectDiagnostics('# nothing\n'))).toEqual([
      "1:1-1:1 error model_type at '': Input should be a valid dictionary or instance of DagsterCloudYaml",
    ]);
  });

  it('explains the legacy mapping form in the hint of the list_type error', () => {
    const [diagnostic] = collectDiagnostics(
      'locations:\n  a:\n    image: x\n    python_file: f.py\n',
    );
    expect(diagnostic?.message).toBe("list_type at 'locations': Input should be a valid list");
    expect(diagnostic?.hint).toBe(
      'This is the legacy mapping form of locations (name: {image, python_file, …}); dagster-cloud ci check wants a list. Convert it to a list: each entry becomes "- location_name: <name>" with its python_file/package_name/module_name moved under code_source.',
    );
  });

  it('notes Jinja templates', () => {
    const text =
      'locations:\n  - location_name: a\n    image: "{{ IMAGE }}"\n    code_source: {package_name: a}\n';
    expect(show(collectDiagnostics(text))).toEqual([
      '3:13-3:24 info This file uses Jinja templating: `dagster-cloud ci template` renders it (with get_env and --value) before parsing. The checks here read the raw text.',
    ]);
  });

  it('never throws, whatever the text', () => {
    const hostile = [
      '\u0000',
      '- - - -',
      'a: &a [*a]',
      '{',
      'locations: [{location_name: [1, {2: 3}], container_context: {k8s: {volumes: [[]], run_k8s_config: []}}}]',
      'locations:\n  - container_context: {k8s: {security_context: 1, labels: {"": [1]}, env: [{name: 1}]}}',
      `a: ${'['.repeat(500)}`,
      'locations:\r\n  - location_name: x\r\n    __proto__: {}\r\n',
    ];
    for (const text of hostile) {
      const diagnostics = collectDiagnostics(text);
      expect(Array.isArray(diagnostics)).toBe(true);
      expect(diagnostics.filter((d) => d.code === 'internal-error')).toEqual([]);
    }
  });
});

describe('collectTagDiagnostics and collectHelmValuesDiagnostics', () => {
  it('checks a tag written as YAML/JSON', () => {
    const text = '{"container_config": {"args": ["x"]}, "namespace": "n"}\n';
    expect(show(collectTagDiagnostics(text))).toEqual([
      '1:23-1:29 warning Dagster overwrites the args of the run container ([dagster, api, execute_run, …]): this value is ignored.',
      '1:39-1:50 error Received unexpected config entry "namespace" at the root.',
    ]);
  });

  it('reads a tag stored as a JSON string', () => {
    expect(show(collectTagDiagnostics('\'{"merge_behavior": "deep"}\'\n'))).toEqual([
      '1:1-1:29 error Value at path root:merge_behavior not in enum type K8sConfigMergeBehavior got deep',
    ]);
    expect(show(collectTagDiagnostics("'{not json'\n"))).toEqual([
      "1:1-1:12 error The tag value is not valid JSON: the run launcher's json.loads fails on it.",
    ]);
  });

  it('checks Helm values', () => {
    const text = 'dagsterCloud:\n  agentTokenValue: abc\nworkspace:\n  pullPolicy: Sometimes\n';
    expect(show(collectHelmValuesDiagnostics(text))).toEqual([
      '2:20-2:23 error dagsterCloud.agentTokenValue and dagsterCloud.agentTokenSecretName cannot both be set.',
      '4:15-4:24 error workspace.pullPolicy must be one of the following: "Always", "IfNotPresent", "Never"',
    ]);
    expect(collectHelmValuesDiagnostics('')).toEqual([]);
  });
});

describe('collectDiagnostics with fileUsesK8s', () => {
  it('judges a location without image as in a file that uses k8s elsewhere', () => {
    const text = 'locations:\n  - location_name: a\n    code_source: {package_name: a}\n';
    const severities = (options?: { fileUsesK8s?: boolean }) =>
      collectDiagnostics(text, options)
        .filter((item) => item.code === 'missing-image')
        .map((item) => `${item.severity} ${item.path.join('.')}`);
    expect(severities()).toEqual(['info locations.0.image']);
    expect(severities({ fileUsesK8s: false })).toEqual(['info locations.0.image']);
    expect(severities({ fileUsesK8s: true })).toEqual(['warning locations.0.image']);
  });
});
