import { describe, expect, it } from 'vitest';
import { generateConfigText } from '../../pipeline/fixtures/generate-config';
import { AGENT_HELM_VALUES_SNIPPET } from '../../templates';
import type { ValueOrigin } from '../merge/types';
import { PlacementRecorder } from './origins';
import { collectPlaceholderMarks, PLACEHOLDERS, type PlaceholderId } from './placeholders';
import { renderLocation } from './render-location';

const ALL = Object.keys(PLACEHOLDERS) as PlaceholderId[];

describe('collectPlaceholderMarks', () => {
  it('reads resolved origins in step with the leaves, as by pointer', () => {
    const body = {
      metadata: { name: 'dagster-run-<run-id>', labels: {} },
      spec: { items: ['a', [], { env: 'x' }], empty: {} },
    };
    const recorder = new PlacementRecorder();
    const agentEnv: ValueOrigin = {
      layer: 'helm',
      document: null,
      path: [],
      agentEnv: { key: 'X', resolved: false },
    };
    recorder.fromOrigin(['spec', 'items', 2, 'env'], agentEnv);
    const origins = recorder.resolve(body, new Map());
    const expected = [
      { pointer: '/metadata/name', comment: 'placeholder: new UUID per run' },
      {
        pointer: '/spec/items/2/env',
        comment: "placeholder: read from the agent's environment at launch",
      },
    ];
    expect(collectPlaceholderMarks(body, origins, ALL)).toEqual(expected);
    // A copy is not resolve's map: read by pointer, same marks.
    expect(collectPlaceholderMarks(body, new Map(origins), ALL)).toEqual(expected);
    expect(collectPlaceholderMarks(body, origins, [])).toEqual(expected.slice(1));
  });

  it('gives every rendered object the marks a lookup by pointer gives', () => {
    const result = renderLocation({
      configText: generateConfigText(4),
      locationName: 'loc-1',
      helmValues: AGENT_HELM_VALUES_SNIPPET,
    });
    expect(result.manifests.map((manifest) => manifest.role)).toEqual([
      'deployment',
      'service',
      'run',
    ]);
    for (const manifest of result.manifests) {
      const inStep = collectPlaceholderMarks(manifest.body, manifest.origins, ALL);
      expect(inStep).toEqual(
        collectPlaceholderMarks(manifest.body, new Map(manifest.origins), ALL),
      );
      expect(inStep.length).toBeGreaterThan(0);
    }
  });
});
