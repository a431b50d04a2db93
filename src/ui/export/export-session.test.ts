import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeShareState, type ShareState } from '../../core/share';
import { readAutosave, readPreviousWork, type KeyValueStorage } from '../../store/autosave';
import { AUTOSAVE_KEY, serializeAutosaveRecord } from '../../store/autosave-record';
import { createDocumentStore, loadDocumentChecker } from '../../store/document-store';
import { createRenderInputsStore } from '../../store/render-inputs';
import type { SessionLayers, SessionLayersPort } from '../../store/share-state';
import { createRenderInputsLayers } from '../../store/share-state-layers';
import { createExportSession } from './export-session';

// These stores analyse their texts at once: the checker is loaded before any is created.
await loadDocumentChecker();

const EXAMPLE = 'locations:\n  - location_name: example\n    image: repo/example:1\n';
const RUN = {
  jobName: 'job',
  runId: '',
  tagText: 'container_config: {}\n',
  opIsolation: false,
  executorConfigText: '',
  opName: '',
  opTagText: '',
};

function createStorage(): KeyValueStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

function createLayers(initial: SessionLayers): SessionLayersPort {
  let layers = initial;
  const listeners = new Set<() => void>();
  return {
    getLayers: () => layers,
    setLayers(next) {
      layers = { ...layers, ...next };
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function setup(storage = createStorage()) {
  const document = createDocumentStore(EXAMPLE);
  const layers = createLayers({ helmValuesText: 'workspace: {}\n', runContext: RUN });
  const session = createExportSession({ document, layers, storage, now: () => 1000 });
  return { document, layers, storage, session };
}

describe('replacing work', () => {
  it('needs no confirmation for the example as loaded, and does after an edit', () => {
    const { document, session } = setup();
    expect(session.isUnsaved()).toBe(false);
    document.setText(`${EXAMPLE}# mine\n`, 'editor');
    expect(session.isUnsaved(['config'])).toBe(true);
    expect(session.isUnsaved(['helmValues'])).toBe(false);
  });

  it('keeps the replaced session as previous work, in memory and in storage', () => {
    const { document, session, storage } = setup();
    document.setText(`${EXAMPLE}# mine\n`, 'editor');
    expect(session.hasPrevious()).toBe(false);
    expect(session.replaceConfigText('a: 1\n')).toBe(true);
    expect(document.getSnapshot().text).toBe('a: 1\n');
    expect(session.isUnsaved()).toBe(false);
    expect(session.hasPrevious()).toBe(true);
    expect(readPreviousWork(storage)).toEqual({
      savedAt: 1000,
      modified: true,
      state: {
        configText: `${EXAMPLE}# mine\n`,
        helmValuesText: 'workspace: {}\n',
        runContext: RUN,
        selectedLocation: 'example',
      },
    });
  });

  it('restores the previous work, and can swap back', () => {
    const { document, session } = setup();
    document.setText(`${EXAMPLE}# mine\n`, 'editor');
    session.replaceConfigText('a: 1\n');
    expect(session.restorePrevious()).toBe(true);
    expect(document.getSnapshot().text).toBe(`${EXAMPLE}# mine\n`);
    expect(session.isUnsaved(['config'])).toBe(true);
    expect(session.restorePrevious()).toBe(true);
    expect(document.getSnapshot().text).toBe('a: 1\n');
    expect(session.isUnsaved()).toBe(false);
  });

  it('replaces the Helm values and the run tag alone', () => {
    const { session } = setup();
    session.replaceHelmValuesText('dagsterCloud: {}\n');
    session.replaceRunTagText('pod_spec_config: {}\n');
    expect(session.getState()).toEqual({
      configText: EXAMPLE,
      helmValuesText: 'dagsterCloud: {}\n',
      runContext: { ...RUN, tagText: 'pod_spec_config: {}\n' },
      selectedLocation: 'example',
    });
    expect(session.restorePrevious()).toBe(true);
    expect(session.getState().runContext).toEqual(RUN);
    expect(session.getState().helmValuesText).toBe('dagsterCloud: {}\n');
  });

  it('keeps no previous work when a load changes nothing', () => {
    const { session } = setup();
    expect(session.replaceConfigText(EXAMPLE)).toBe(false);
    expect(session.hasPrevious()).toBe(false);
  });

  it('counts an export as saved, slot by slot', () => {
    const { document, layers, session } = setup();
    document.setText('b: 1\n', 'editor');
    layers.setLayers({ helmValuesText: 'x: 1\n' });
    session.markExported(['config']);
    expect(session.isUnsaved(['config'])).toBe(false);
    expect(session.isUnsaved()).toBe(true);
  });

  it('says the layers are missing when there are none', () => {
    const session = createExportSession({
      document: createDocumentStore(EXAMPLE),
      storage: null,
    });
    expect(() => session.replaceHelmValuesText('a: 1\n')).toThrow(
      'The Helm values and the run tag are not available here.',
    );
  });
});

describe('share links', () => {
  const SHARED: ShareState = {
    configText: 'locations:\r\n  - location_name: shared\r\n    image: x # ü',
    helmValuesText: 'workspace:\n  labels: {a: b}\n',
    runContext: { ...RUN, jobName: 'shared_job' },
    selectedLocation: 'shared',
  };
  const fragment = () => {
    const encoded = encodeShareState(SHARED);
    if (!encoded.ok) throw new Error(encoded.error.message);
    return encoded.fragment;
  };

  it('opens a link without asking when nothing is unsaved, byte for byte', async () => {
    const { session, document } = setup();
    const read = await session.readFragment(fragment());
    expect(read).toEqual({ ok: true, state: SHARED, needsConfirmation: false });
    if (read.ok) session.openSharedState(read.state);
    expect(session.getState()).toEqual(SHARED);
    expect(document.getSnapshot().text).toBe(SHARED.configText);
    expect(session.hasPrevious()).toBe(true);
  });

  it('asks before a link replaces unsaved work, but not for a link to the same work', async () => {
    const { session, document } = setup();
    document.setText('mine: 1\n', 'editor');
    expect(await session.readFragment(fragment())).toMatchObject({ needsConfirmation: true });
    session.openSharedState(SHARED);
    document.setText(SHARED.configText, 'editor');
    expect(await session.readFragment(fragment())).toMatchObject({ needsConfirmation: false });
  });

  it('gives the codec message for a broken link and changes nothing', async () => {
    const { session, document } = setup();
    expect(await session.readFragment('#v9.abc')).toEqual({
      ok: false,
      message:
        'This share link uses format v9, which this version of K8s Config Studio cannot open (it opens v1 links). It may come from a newer version of the app.',
    });
    expect(document.getSnapshot().revision).toBe(0);
  });
});

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves edits and layer changes, restores them once, and then asks before a link', () => {
    const first = setup();
    const autosave = first.session.startAutosave();
    first.document.setText('edited: 1\n', 'editor');
    first.layers.setLayers({ helmValuesText: 'h: 2\n' });
    vi.runAllTimers();
    autosave.dispose();
    expect(readAutosave(first.storage)).toEqual({
      savedAt: 1000,
      modified: true,
      state: { configText: 'edited: 1\n', helmValuesText: 'h: 2\n', runContext: RUN },
    });

    const second = setup(first.storage);
    expect(second.session.restoreAutosave()).toEqual(readAutosave(first.storage));
    expect(second.session.getState()).toEqual(readAutosave(first.storage)!.state);
    expect(second.session.isUnsaved()).toBe(true);
    expect(second.session.restoreAutosave()).toBeNull();
  });

  it('restores unmodified work as saved', () => {
    const storage = createStorage();
    const state = { configText: 'template: 1\n' };
    storage.items.set(
      AUTOSAVE_KEY,
      serializeAutosaveRecord({ savedAt: 5, modified: false, state }),
    );
    const { session } = setup(storage);
    session.restoreAutosave();
    expect(session.getState().configText).toBe('template: 1\n');
    expect(session.isUnsaved()).toBe(false);
  });

  it('does not save on cursor moves', () => {
    const { session, document, storage } = setup();
    const autosave = session.startAutosave();
    document.setCursor(5);
    expect(autosave.getStatus()).toEqual({ kind: 'idle' });
    vi.runAllTimers();
    expect(storage.items.has(AUTOSAVE_KEY)).toBe(false);
    autosave.dispose();
  });

  it('carries the deployment name and the preview tab of the real stores across a reload', () => {
    const storage = createStorage();
    const open = () => {
      const document = createDocumentStore(EXAMPLE);
      const inputs = createRenderInputsStore();
      const layers = createRenderInputsLayers(inputs);
      return { document, inputs, session: createExportSession({ document, layers, storage }) };
    };
    const first = open();
    const autosave = first.session.startAutosave();
    first.inputs.setRunContext({ deploymentName: 'staging' });
    first.inputs.setPreviewTab('service');
    vi.runAllTimers();
    autosave.dispose();
    expect(readAutosave(storage)?.state.tab).toBe('service');
    expect(readAutosave(storage)?.state.runContext?.deploymentName).toBe('staging');

    const second = open();
    expect(second.inputs.getSnapshot().previewTab).toBe('run');
    second.session.restoreAutosave();
    expect(second.inputs.getSnapshot().previewTab).toBe('service');
    expect(second.inputs.getSnapshot().deploymentName).toBe('staging');
    expect(second.document.getSnapshot().text).toBe(EXAMPLE);
    expect(second.session.getState()).toEqual(first.session.getState());
  });

  it('saves a tab change alone', () => {
    const document = createDocumentStore(EXAMPLE);
    const inputs = createRenderInputsStore();
    const storage = createStorage();
    const layers = createRenderInputsLayers(inputs);
    const autosave = createExportSession({ document, layers, storage }).startAutosave();
    inputs.setPreviewTab('all');
    expect(autosave.getStatus()).toEqual({ kind: 'pending' });
    vi.runAllTimers();
    expect(readAutosave(storage)?.state.tab).toBe('all');
    autosave.dispose();
  });
});
