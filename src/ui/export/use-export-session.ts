import { useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { AUTOSAVE_MESSAGES, type AutosaveStatus, type KeyValueStorage } from '../../store/autosave';
import type { DocumentStore } from '../../store/document-store';
import type { RenderInputsStore } from '../../store/render-inputs';
import { createRenderInputsLayers } from '../../store/share-state-layers';
import { createExportSession, type ExportSession } from './export-session';

/** `localStorage`, or `null` where the browser refuses it (disabled storage throws on access). */
function openLocalStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const IDLE: AutosaveStatus = { kind: 'idle' };

/**
 * The export session of the app: created once per document store, restored from the autosave
 * before the first paint (so the editor opens on the saved text, not on the example), saving
 * as the user works, and written out when the page is hidden or closed.
 */
export function useExportSession(
  document: DocumentStore,
  renderInputs: RenderInputsStore | null,
  onStartup: (session: ExportSession) => void,
): { session: ExportSession; autosaveStatus: AutosaveStatus; hasPrevious: boolean } {
  const [{ session, storage }] = useState(() => {
    const opened = openLocalStorage();
    const layers = renderInputs ? createRenderInputsLayers(renderInputs) : undefined;
    return { storage: opened, session: createExportSession({ document, layers, storage: opened }) };
  });
  const [autosaveStatus, setAutosaveStatus] = useState<AutosaveStatus>(() =>
    storage ? IDLE : { kind: 'failed', message: AUTOSAVE_MESSAGES.unavailable },
  );
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
    const unsubscribe = autosave.subscribe(() => setAutosaveStatus(autosave.getStatus()));
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
  }, [session]);

  return { session, autosaveStatus, hasPrevious };
}
