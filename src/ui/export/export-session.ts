import type { ShareRunContext, ShareState } from '../../core/share';
import {
  createAutosave,
  readAutosave,
  readPreviousWork,
  savePreviousWork,
} from '../../store/autosave';
import type { Autosave, KeyValueStorage } from '../../store/autosave';
import { ALL_WORK_SLOTS, createWorkBaseline, type WorkSlot } from '../../store/autosave-baseline';
import type { AutosaveRecord } from '../../store/autosave-record';
import type { DocumentStore } from '../../store/document-store';
import {
  applyShareState,
  collectShareState,
  type SessionLayersPort,
} from '../../store/share-state';

export interface ExportSessionOptions {
  readonly document: DocumentStore;
  readonly layers?: SessionLayersPort;
  readonly storage: KeyValueStorage | null;
  readonly now?: () => number;
}

export type FragmentResult =
  | { readonly ok: false; readonly message: string }
  | { readonly ok: true; readonly state: ShareState; readonly needsConfirmation: boolean };

/** A run context for a tag imported before any run was described. */
const EMPTY_RUN_CONTEXT: ShareRunContext = {
  jobName: '',
  runId: '',
  tagText: '',
  opIsolation: false,
  executorConfigText: '',
  opName: '',
  opTagText: '',
};

/**
 * Everything the export toolbar does to the session, free of React and the DOM so it can be
 * tested: loads that replace work (keeping what they replace for "Restore previous"), the
 * record of what was last loaded or exported, the autosave and share links.
 */
export interface ExportSession {
  getState(): ShareState;
  /** Whether replacing the given slots would drop work that exists nowhere else. */
  isUnsaved(slots?: readonly WorkSlot[]): boolean;
  /**
   * Replaces the given slots: keeps the whole current session as "previous" (in memory and in
   * storage), runs `apply`, and records the result as loaded.
   */
  /** Returns whether anything changed, i.e. whether "Restore previous" now undoes this load. */
  replace(slots: readonly WorkSlot[], apply: () => void): boolean;
  replaceConfigText(text: string): boolean;
  replaceHelmValuesText(text: string): boolean;
  replaceRunTagText(text: string): boolean;
  openSharedState(state: ShareState): boolean;
  /** Whether there is replaced work to go back to. */
  hasPrevious(): boolean;
  /** Puts the replaced work back; what it replaces becomes the previous work in turn. */
  restorePrevious(): boolean;
  /** Records that the given slots were exported (downloaded, copied, shared unredacted). */
  markExported(slots: readonly WorkSlot[]): void;
  /**
   * Decodes a share-link fragment and says whether opening it needs the user's yes. Async: the
   * codec (fflate and the dictionary) loads on first use, not with the page.
   */
  readFragment(fragment: string): Promise<FragmentResult>;
  /** Puts the autosaved session back, once, at startup; returns what it restored. */
  restoreAutosave(): AutosaveRecord | null;
  /** Starts saving as the user works; dispose the result to stop. */
  startAutosave(): Autosave;
  /** Calls `listener` when `hasPrevious` may have changed. */
  subscribe(listener: () => void): () => void;
}

/** Creates the export session over the document store and the other layers. */
export function createExportSession(options: ExportSessionOptions): ExportSession {
  const { document, layers, storage } = options;
  const now = options.now ?? Date.now;
  const baseline = createWorkBaseline(collectShareState(document, layers));
  const listeners = new Set<() => void>();
  let previous: AutosaveRecord | null = readPreviousWork(storage);
  let restored = false;

  const getState = () => collectShareState(document, layers);
  const isUnsaved = (slots: readonly WorkSlot[] = ALL_WORK_SLOTS) =>
    baseline.isUnsaved(getState(), slots);
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  function replace(slots: readonly WorkSlot[], apply: () => void): boolean {
    const before = getState();
    const record: AutosaveRecord = { savedAt: now(), modified: isUnsaved(), state: before };
    apply();
    baseline.mark(getState(), slots);
    if (before.configText === getState().configText && !isLayerChange(before, getState()))
      return false;
    previous = record;
    savePreviousWork(storage, record);
    notify();
    return true;
  }

  function setLayers(next: Parameters<SessionLayersPort['setLayers']>[0]): void {
    if (!layers) throw new Error('The Helm values and the run tag are not available here.');
    layers.setLayers(next);
  }

  return {
    getState,
    isUnsaved,
    replace,
    replaceConfigText: (text) => replace(['config'], () => document.setText(text, 'load')),
    replaceHelmValuesText: (text) =>
      replace(['helmValues'], () => setLayers({ helmValuesText: text })),
    replaceRunTagText: (text) =>
      replace(['runTag'], () =>
        setLayers({
          runContext: { ...(getState().runContext ?? EMPTY_RUN_CONTEXT), tagText: text },
        }),
      ),
    openSharedState: (state) =>
      replace(ALL_WORK_SLOTS, () => applyShareState(state, document, layers)),
    hasPrevious: () => previous !== null,
    restorePrevious() {
      if (!previous) return false;
      const target = previous;
      const record: AutosaveRecord = { savedAt: now(), modified: isUnsaved(), state: getState() };
      applyShareState(target.state, document, layers);
      if (target.modified) baseline.clear();
      else baseline.mark(getState());
      previous = record;
      savePreviousWork(storage, record);
      notify();
      return true;
    },
    markExported: (slots) => baseline.mark(getState(), slots),
    async readFragment(fragment) {
      const { decodeShareFragment } = await import('../../core/share/share-codec');
      const decoded = decodeShareFragment(fragment);
      if (!decoded.ok) return { ok: false, message: decoded.error.message };
      const needsConfirmation = isUnsaved() && !isSameSession(decoded.state, getState());
      return { ok: true, state: decoded.state, needsConfirmation };
    },
    restoreAutosave() {
      if (restored) return null;
      restored = true;
      const record = readAutosave(storage);
      if (!record) return null;
      applyShareState(record.state, document, layers);
      if (record.modified) baseline.clear();
      else baseline.mark(getState());
      return record;
    },
    startAutosave: () =>
      createAutosave({
        storage,
        now,
        collect: () => ({ modified: isUnsaved(), state: getState() }),
        watch(listener) {
          // The document store also publishes cursor moves, which are not worth a save.
          let seen = document.getSnapshot();
          const unsubscribeDocument = document.subscribe(() => {
            const snapshot = document.getSnapshot();
            const changed =
              snapshot.text !== seen.text || snapshot.selectedLocation !== seen.selectedLocation;
            seen = snapshot;
            if (changed) listener();
          });
          const unsubscribeLayers = layers?.subscribe(listener);
          return () => {
            unsubscribeDocument();
            unsubscribeLayers?.();
          };
        },
      }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function isLayerChange(a: ShareState, b: ShareState): boolean {
  return a.helmValuesText !== b.helmValuesText || a.runContext?.tagText !== b.runContext?.tagText;
}

/** A link to exactly what is open already replaces nothing. */
function isSameSession(a: ShareState, b: ShareState): boolean {
  return (
    a.configText === b.configText &&
    a.helmValuesText === b.helmValuesText &&
    a.runContext?.tagText === b.runContext?.tagText
  );
}
