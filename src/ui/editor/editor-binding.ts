import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import type { TextEdit } from '../../core/yaml';
import type { DocumentSnapshot, DocumentStore } from '../../store';
import {
  convertDiagnosticsToMarkers,
  sameMarkers,
  type DiagnosticMarker,
} from './diagnostic-markers';
import { computeTextReplacement } from './text-replacement';

type MonacoApi = typeof Monaco;
type CodeEditor = Monaco.editor.IStandaloneCodeEditor;

const MARKER_OWNER = 'k8s-config-studio';

/**
 * Connects one Monaco editor to the document store, both ways:
 * - Monaco's changes reach the store at once, as text edits (origin `editor`);
 * - other origins' changes reach Monaco as edit operations, each its own undo step, so undo,
 *   cursor and scroll survive a form edit;
 * - diagnostics become markers; reveal requests move the cursor; the cursor is reported back.
 */
export function bindEditorToStore(
  monaco: MonacoApi,
  editor: CodeEditor,
  store: DocumentStore,
): Monaco.IDisposable {
  const model = editor.getModel();
  if (!model) throw new Error('bindEditorToStore needs an editor with a model');
  const severities = {
    error: monaco.MarkerSeverity.Error,
    warning: monaco.MarkerSeverity.Warning,
    info: monaco.MarkerSeverity.Info,
  };
  let applyingStoreText = false;
  let syncedRevision = -1;
  let markedDiagnostics: DocumentSnapshot['diagnostics'] | undefined;
  let markers: DiagnosticMarker[] = [];
  // An edit on a marker's lines may have reshaped it in Monaco: then the list is set again.
  let markersTouched = false;
  let revealedSequence = 0;

  function pushStoreText(snapshot: DocumentSnapshot): void {
    // Monaco keeps one line ending per model and converts inserted text to it: follow the
    // store's text (an imported CRLF file stays CRLF), as an undoable step of its own.
    const eol = snapshot.text.includes('\r\n')
      ? monaco.editor.EndOfLineSequence.CRLF
      : monaco.editor.EndOfLineSequence.LF;
    if (model!.getEndOfLineSequence() !== eol && /[\r\n]/.test(snapshot.text)) {
      applyingStoreText = true;
      try {
        model!.pushEOL(eol);
      } finally {
        applyingStoreText = false;
      }
    }
    const edit = computeTextReplacement(model!.getValue(), snapshot.text);
    if (!edit) return;
    applyingStoreText = true;
    try {
      editor.pushUndoStop();
      editor.executeEdits(snapshot.origin, [toEditOperation(model!, edit)]);
      editor.pushUndoStop();
    } finally {
      applyingStoreText = false;
    }
    // Monaco normalises line endings to the model's; the text in the editor is what counts.
    // Only a `\r` in the text or a CRLF model can make them differ (a whole-text read and
    // compare per form edit otherwise).
    if (snapshot.text.includes('\r') || model!.getEOL() !== '\n') {
      const shown = model!.getValue();
      if (shown !== snapshot.text) store.setText(shown, 'editor');
    }
  }

  /**
   * True when the model holds the snapshot's text. A text from the editor came from this model's
   * own change event, so equal lengths are enough (reading the whole model back to compare cost
   * ~0.5 ms per keystroke in a 60 KB file); other origins were just pushed and are compared.
   */
  function modelShows(snapshot: DocumentSnapshot): boolean {
    if (snapshot.text.length !== model!.getValueLength()) return false;
    return snapshot.origin === 'editor' || snapshot.text === model!.getValue();
  }

  function onStoreChange(): void {
    const snapshot = store.getSnapshot();
    if (snapshot.revision !== syncedRevision) {
      syncedRevision = snapshot.revision;
      if (snapshot.origin !== 'editor') pushStoreText(snapshot);
    }
    if (snapshot.diagnostics !== markedDiagnostics && modelShows(snapshot)) {
      markedDiagnostics = snapshot.diagnostics;
      const next = convertDiagnosticsToMarkers(snapshot.diagnostics, severities);
      // Every edit makes a new list; Monaco moves the markers it has with the text, so only a
      // list that differs, or one an edit touched, is set (that re-decorates every marker).
      if (markersTouched || !sameMarkers(markers, next)) {
        markers = next;
        markersTouched = false;
        monaco.editor.setModelMarkers(model!, MARKER_OWNER, markers);
      }
    }
    if (snapshot.reveal && snapshot.reveal.sequence !== revealedSequence) {
      revealedSequence = snapshot.reveal.sequence;
      const { start } = snapshot.reveal.range;
      const position = { lineNumber: start.line, column: start.column };
      editor.setPosition(position);
      editor.revealPositionInCenterIfOutsideViewport(position);
      editor.focus();
      // On narrow screens the editor's tab is shown by the same request, one render later:
      // reveal and focus again once it is laid out.
      requestAnimationFrame(() => {
        editor.revealPositionInCenterIfOutsideViewport(position);
        editor.focus();
      });
    }
  }

  const contentListener = editor.onDidChangeModelContent((event) => {
    markersTouched ||= event.changes.some(({ range }) =>
      markers.some(
        (marker) =>
          marker.startLineNumber <= range.endLineNumber &&
          marker.endLineNumber >= range.startLineNumber,
      ),
    );
    if (applyingStoreText) return;
    // Monaco lists a change's parts from the end of the text backwards, each offset into the
    // text before the change: exactly the store's edit semantics.
    const edits: TextEdit[] = event.changes.map((change) => ({
      offset: change.rangeOffset,
      deleteCount: change.rangeLength,
      insert: change.text,
    }));
    store.applyEdits(edits, 'editor');
    if (store.getSnapshot().text.length !== model.getValueLength()) {
      store.setText(model.getValue(), 'editor');
    }
  });
  const cursorListener = editor.onDidChangeCursorPosition((event) => {
    const { lineNumber: line, column } = event.position;
    store.setCursor(model.getOffsetAt(event.position), { line, column });
  });
  const unsubscribe = store.subscribe(onStoreChange);
  onStoreChange();

  return {
    dispose() {
      unsubscribe();
      contentListener.dispose();
      cursorListener.dispose();
      monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
    },
  };
}

function toEditOperation(
  model: Monaco.editor.ITextModel,
  edit: TextEdit,
): Monaco.editor.IIdentifiedSingleEditOperation {
  const start = model.getPositionAt(edit.offset);
  const end = model.getPositionAt(edit.offset + edit.deleteCount);
  return {
    range: {
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
    },
    text: edit.insert,
  };
}
