import { useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { AUTOSAVE_MESSAGES, type AutosaveStatus, type KeyValueStorage } from '../../store/autosave';
import { createValueStore, type ValueStore } from '../shared/value-store';
import type { DocumentStore } from '../../store/document-store';
import type { RenderInputsStore } from '../../store/render-inputs';
import { createRenderInputsLayers } from '../../store/share-state-layers';
import { createExportSession, type ExportSession } from './export-session';
import { findPastedWholeText } from './paste-line-endings';

/** `localStorage`, or `null` where the browser refuses it (disabled storage throws on access). */
function openLocalStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const IDLE: AutosaveStatus = { kind: 'idle' };
const UNAVAILABLE: AutosaveStatus = { kind: 'failed', message: AUTOSAVE_MESSAGES.unavailable };

/**
 * The export session of the app: created once per document store, restored from the autosave
 * before the first paint (so the editor opens on the saved text, not on the example), saving
 * as the user works, and written out when the page is hidden or closed.
 */
export function useExportSession(
  document: DocumentStore,
  renderInputs: RenderInputsStore | null,
  onStartup: (session: ExportSession) => void,
): { session: ExportSession; autosaveStatus: ValueStore<AutosaveStatus>; hasPrevious: boolean } {
  const [{ session, storage }] = useState(() => {
    const opened = openLocalStorage();
    const layers = renderInputs ? createRenderInputsLayers(renderInputs) : undefined;
    return { storage: opened, session: createExportSession({ document, layers, storage: opened }) };
  });
  // The status as the indicator shows it (see AutosaveIndicator): the toolbar does not follow it.
  const [status] = useState(() => createValueStore<AutosaveStatus>(storage ? IDLE : UNAVAILABLE));
  const hasPrevious = useSyncExternalStore(session.subscribe, session.hasPrevious);

  useLayoutEffect(() => {
    // Guarded inside: React's strict mode runs this twice in development.
    session.restoreAutosave();
    onStartup(session);
    // Startup runs once, for the session this component was created with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session]);

  useEffect(() => {
    const autosave = session.startAutosave();
    const unsubscribe = autosave.subscribe(() => status.set(autosave.getStatus()));
    const flush = () => autosave.flush();
    const onVisibility = () => {
      if (window.document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    window.document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.document.removeEventListener('visibilitychange', onVisibility);
      unsubscribe();
      autosave.dispose();
    };
  }, [session, status]);

  useEffect(() => {
    // Monaco converts pasted line breaks to its model's; a whole file pasted over everything
    // keeps its own (CRLF stays CRLF), like an import. The paste event comes first (capture);
    // Monaco applies it after, not always in the same task: check the next editor change.
    let pending: { text: string; until: number } | null = null;
    const onPaste = (event: ClipboardEvent) => {
      const target = event.target;
      if (!(target instanceof Element) || !target.closest('.monaco-editor')) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      pending = /\r/u.test(text) || text.includes('\n') ? { text, until: Date.now() + 1000 } : null;
    };
    let seenText = document.getSnapshot().text;
    const unsubscribe = document.subscribe(() => {
      const snapshot = document.getSnapshot();
      if (snapshot.text === seenText) return;
      seenText = snapshot.text;
      const paste = pending;
      pending = null;
      if (!paste || snapshot.origin !== 'editor' || Date.now() > paste.until) return;
      const whole = findPastedWholeText(paste.text, snapshot.text);
      if (whole !== null) document.setText(whole, 'load');
    });
    window.addEventListener('paste', onPaste, true);
    return () => {
      window.removeEventListener('paste', onPaste, true);
      unsubscribe();
    };
  }, [document]);

  return { session, autosaveStatus: status, hasPrevious };
}
