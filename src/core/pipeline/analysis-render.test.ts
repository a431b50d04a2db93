import { describe, expect, it } from 'vitest';
import { renderLocation, renderManifestsYaml } from '../render';
import { analyzeConfigText } from './analyze-config';
import { renameRenderResult, renderAnalyzedLocation } from './analysis-render';
import { generateConfigText } from './fixtures/generate-config';

describe('renameRenderResult', () => {
  const text = generateConfigText(4);

  it('renders a later location from its chunk as the whole text renders it, yaml included', () => {
    const analysis = analyzeConfigText(text);
    const rendered = renderAnalyzedLocation(analysis, 3, { helmValues: null });
    const whole = renderLocation({ configText: text, locationName: 'loc-3', helmValues: null });
    expect(rendered).toEqual(whole);
    expect(rendered.yaml).toBe(whole.yaml);
    expect(Object.keys(rendered)).toEqual(['locationName', 'manifests', 'yaml', 'notes']);
  });

  it('renames paths in manifests and notes, and the yaml on first read', () => {
    const result = {
      locationName: 'loc-0',
      manifests: [],
      get yaml() {
        return 'at locations.0.image\n';
      },
      notes: [{ severity: 'info' as const, message: 'from locations.0.container_context' }],
    };
    const renamed = renameRenderResult(result, 5);
    expect(Object.getOwnPropertyDescriptor(renamed, 'yaml')?.get).toBeTypeOf('function');
    expect(renamed).toEqual({
      locationName: 'loc-0',
      manifests: [],
      yaml: 'at locations.5.image\n',
      notes: [{ severity: 'info', message: 'from locations.5.container_context' }],
    });
    expect(renameRenderResult(result, 0)).toBe(result);
  });

  it('renames a failed render as a whole', () => {
    const failed = {
      locationName: null,
      manifests: [],
      yaml: '',
      notes: [],
      error: {
        kind: 'dagster-config-error' as const,
        errorType: 'ValueError' as const,
        message: 'bad locations.0.image',
        stage: 'ci-template' as const,
      },
    };
    expect(renameRenderResult(failed, 2)).toEqual({
      ...failed,
      error: { ...failed.error, message: 'bad locations.2.image' },
    });
  });
});

describe('renderLocation yaml', () => {
  it('prints the objects on first read, as renderManifestsYaml prints them', () => {
    const result = renderLocation({ configText: generateConfigText(2), locationName: 'loc-1' });
    expect(Object.getOwnPropertyDescriptor(result, 'yaml')?.get).toBeTypeOf('function');
    expect(result.manifests).toHaveLength(3);
    expect(result.yaml).toBe(renderManifestsYaml(result.manifests));
    expect(result.yaml).toBe(result.yaml);
  });
});
