import { describe, expect, it } from 'vitest';
import { renderLocation, renderManifestsYaml } from '../../core/render';
import { renderPreview } from './render-preview';

const CONFIG = `locations:
  - location_name: etl
    image: repo/etl:1
    code_source:
      package_name: etl
`;

describe('renderPreview', () => {
  it('renders every object once, with its YAML and checks', () => {
    const preview = renderPreview({ configText: CONFIG, opName: 'load' });
    const all = renderLocation({ configText: CONFIG, opName: 'load' });
    expect(preview.locationName).toBe('etl');
    expect(preview.targets.map((t) => t.role)).toEqual(['deployment', 'service', 'run', 'step']);
    expect(preview.targets.map((t) => t.yaml)).toEqual(
      all.manifests.map((m) => renderManifestsYaml([m])),
    );
    expect(preview.targets.map((t) => [t.error, t.problems])).toEqual([
      [null, []],
      [null, []],
      [null, []],
      [null, []],
    ]);
    expect(preview.notes).toEqual(all.notes);
  });

  it('keeps the code server when only the run fails (a bad run tag)', () => {
    const preview = renderPreview({ configText: CONFIG, runTag: { container_config: 3 } });
    expect(preview.targets.map((t) => [t.role, t.error === null, t.yaml !== ''])).toEqual([
      ['deployment', true, true],
      ['service', true, true],
      ['run', false, false],
    ]);
    expect(preview.targets[2]!.error).toEqual(
      renderLocation({ configText: CONFIG, runTag: { container_config: 3 }, kind: 'run' }).error,
    );
  });

  it('gives every object the same error when the file itself fails', () => {
    const preview = renderPreview({ configText: 'locations: []\n' });
    const error = {
      kind: 'dagster-config-error',
      errorType: 'Exception',
      message: 'The file has no locations to render.',
      stage: 'ci-template',
    };
    expect(preview.targets).toEqual([
      { role: 'deployment', manifest: null, error, yaml: '', problems: [] },
      { role: 'service', manifest: null, error, yaml: '', problems: [] },
      { role: 'run', manifest: null, error, yaml: '', problems: [] },
    ]);
  });
});
