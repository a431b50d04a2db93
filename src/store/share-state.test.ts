import { describe, expect, it } from 'vitest';
import type { ShareState } from '../core/share';
import { createDocumentStore, loadDocumentChecker } from './document-store';
import {
  applyShareState,
  collectShareState,
  findLocationIndex,
  findLocationName,
  type SessionLayers,
  type SessionLayersPort,
} from './share-state';

// These stores analyse their texts at once: the checker is loaded before any is created.
await loadDocumentChecker();

const CONFIG = `# two locations\r
locations:\r
  - location_name: ingest\r
    image: repo/ingest:1\r
  - location_name: reports # the second\r
    image: repo/reports:1`;

const RUN = {
  jobName: 'nightly',
  runId: 'abc',
  tagText: 'container_config:\n  resources: {}\n',
  opIsolation: true,
  executorConfigText: 'max_concurrent: 2\n',
  opName: 'load',
  opTagText: '',
};

function createLayers(initial: SessionLayers): SessionLayersPort & { calls: SessionLayers[] } {
  let layers = initial;
  const calls: SessionLayers[] = [];
  return {
    calls,
    getLayers: () => layers,
    setLayers(next) {
      calls.push(next);
      layers = { ...layers, ...next };
    },
    subscribe: () => () => undefined,
  };
}

describe('findLocationName / findLocationIndex', () => {
  const config = { locations: [{ location_name: 'a' }, { image: 'x' }, { location_name: 'c' }] };

  it('reads names by index and indices by name', () => {
    expect([0, 1, 2, 3].map((index) => findLocationName(config, index))).toEqual([
      'a',
      undefined,
      'c',
      undefined,
    ]);
    expect(['a', 'c', 'b'].map((name) => findLocationIndex(config, name))).toEqual([0, 2, -1]);
  });

  it('finds nothing in configs without a locations list', () => {
    for (const value of [null, 'text', { locations: { a: 1 } }, []]) {
      expect(findLocationName(value, 0)).toBeUndefined();
      expect(findLocationIndex(value, 'a')).toBe(-1);
    }
  });
});

describe('collectShareState', () => {
  it('takes the text byte for byte, the layers, and the selected location by name', () => {
    const document = createDocumentStore(CONFIG);
    document.selectLocation(1);
    const layers = createLayers({ helmValuesText: 'workspace: {}\n', runContext: RUN, tab: 'run' });
    expect(collectShareState(document, layers)).toEqual({
      configText: CONFIG,
      helmValuesText: 'workspace: {}\n',
      runContext: RUN,
      selectedLocation: 'reports',
      tab: 'run',
    });
  });

  it('leaves out what is not there: no layers, no named location', () => {
    const document = createDocumentStore('locations: [{image: x}]');
    expect(collectShareState(document)).toEqual({ configText: 'locations: [{image: x}]' });
    expect(collectShareState(document, createLayers({ tab: undefined }))).toEqual({
      configText: 'locations: [{image: x}]',
    });
  });
});

describe('applyShareState', () => {
  it('loads the text, the layers and selects the named location', () => {
    const document = createDocumentStore('a: 1\n');
    const layers = createLayers({ helmValuesText: 'old: 1\n' });
    const state: ShareState = {
      configText: CONFIG,
      helmValuesText: 'new: 2\n',
      runContext: RUN,
      selectedLocation: 'reports',
      tab: 'step',
    };
    applyShareState(state, document, layers);
    const snapshot = document.getSnapshot();
    expect(snapshot.text).toBe(CONFIG);
    expect(snapshot.origin).toBe('load');
    expect(snapshot.selectedLocation).toBe(1);
    expect(layers.calls).toEqual([{ helmValuesText: 'new: 2\n', runContext: RUN, tab: 'step' }]);
    expect(collectShareState(document, layers)).toEqual(state);
  });

  it('keeps the layers and the selection when the state carries none', () => {
    const document = createDocumentStore(CONFIG);
    document.selectLocation(1);
    const layers = createLayers({ helmValuesText: 'kept: 1\n' });
    applyShareState({ configText: CONFIG.replace('reports:1', 'reports:2') }, document, layers);
    expect(layers.calls).toEqual([]);
    expect(document.getSnapshot().selectedLocation).toBe(1);
  });

  it('ignores a location name the config does not have', () => {
    const document = createDocumentStore(CONFIG);
    applyShareState({ configText: CONFIG, selectedLocation: 'gone' }, document);
    expect(document.getSnapshot().selectedLocation).toBe(0);
  });
});
