import { describe, expect, it } from 'vitest';
import { renderLocation } from '../../core/render';
import { formatRunTagForExport, renderManifestsForExport } from './export-outputs';

const CONFIG = `locations:
  - location_name: first
    image: repo/first:1
    code_source:
      package_name: first
  - location_name: second
    image: repo/second:1
    code_source:
      package_name: second
`;

describe('renderManifestsForExport', () => {
  it('gives every object of the chosen location, with the run inputs', () => {
    const input = {
      configText: CONFIG,
      locationName: 'second',
      helmValues: 'workspace:\n  labels:\n    team: data\n',
      runTag: { container_config: { resources: { limits: { cpu: '2' } } } },
      executorConfig: {},
      opName: 'load',
    };
    const result = renderManifestsForExport(input);
    const expected = renderLocation(input).yaml;
    expect(result).toEqual({ ok: true, text: expected });
    expect(expected.split('\n---\n').length).toBe(4);
    expect(expected).toContain('image: repo/second:1');
    expect(expected).toContain("cpu: '2'");
    expect(expected).toContain('team: data');
  });

  it("gives Dagster's refusal instead of a file", () => {
    expect(renderManifestsForExport({ configText: 'locations: []\n' })).toEqual({
      ok: false,
      message: 'No manifests to download: The file has no locations to render.',
    });
  });
});

describe('formatRunTagForExport', () => {
  it('formats the tag as a Python keyword argument, with a final newline', () => {
    expect(
      formatRunTagForExport(
        'container_config:\n  tty: true\npod_spec_config:\n  node_selector: null\n',
      ),
    ).toEqual({
      ok: true,
      text: 'tags={\n    "dagster-k8s/config": {\n        "container_config": {"tty": True},\n        "pod_spec_config": {"node_selector": None},\n    },\n}\n',
    });
  });

  it('formats an empty tag as an empty dict', () => {
    expect(formatRunTagForExport('')).toEqual({
      ok: true,
      text: 'tags={"dagster-k8s/config": {}}\n',
    });
  });

  it('refuses a tag that is not YAML, with where and why', () => {
    expect(formatRunTagForExport('container_config: [a\n')).toEqual({
      ok: false,
      message:
        'The run tag is not valid YAML (line 2, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]); fix it before exporting it as Python.',
    });
  });
});
