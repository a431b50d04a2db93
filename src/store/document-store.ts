import type { ConfigPath, SourceRange } from '../core/source-range';
import { isSameList } from '../core/same-list';
import { applyTextEdits, findPathAtOffset, offsetToPosition, parseYamlText } from '../core/yaml';
import type { TextEdit } from '../core/yaml';
import type { ChangeOrigin, DocumentSnapshot } from './document-snapshot';
import { getLoadedChecker, loadChecker } from './checker';
import { countLocations } from './snapshot-counts';

/**
 * Loads the stores' checker (see checker.ts). Until it has loaded, a document store publishes
 * the parse of its text without diagnostics; from then on every change is analysed synchronously.
 */
export function loadDocumentChecker(): Promise<void> {
  return loadChecker().then(() => undefined);
}

/**
 * The document store: one YAML text and everything derived from it. The form, the editor and the
 * preview all read from it and write text changes to it; nothing else holds document state.
 */
export interface DocumentStore {
  getSnapshot(): DocumentSnapshot;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Replaces the whole text (a load, or a view that only knows the new text). */
  setText(text: string, origin: ChangeOrigin): void;
  /** Applies edits whose offsets all refer to the current text. */
  applyEdits(edits: readonly TextEdit[], origin: ChangeOrigin): void;
  /** Chooses the code location the form and preview show (clamped to the existing ones). */
  selectLocation(index: number): void;
  /**
   * Records the editor's cursor; moving into another code location selects it. `position`, when
   * the caller knows it (Monaco does), is the 1-based line and column of `offset` in the current
   * text, and spares building the whole text's line index on every keystroke.
   */
  setCursor(offset: number, position?: CursorLineColumn): void;
  /** Asks the views to show a range (cursor to its start, scrolled into view). */
  requestReveal(target: { path: ConfigPath; range: SourceRange }): void;
  /** Resolves once the snapshot carries the analysis and the diagnostics (see loadDocumentChecker). */
  whenChecked(): Promise<void>;
}

/**
 * Creates a document store holding `initialText` (origin `load`). When the checker has not
 * loaded yet, the first snapshots have the parse but no analysis or diagnostics; they follow
 * as one more snapshot of the same text and revision once it has.
 */
/** A 1-based line and column, as an editor reports its cursor. */
export interface CursorLineColumn {
  readonly line: number;
  readonly column: number;
}

export function createDocumentStore(initialText: string): DocumentStore {
  const listeners = new Set<() => void>();
  let snapshot = createInitialSnapshot(initialText);

  function publish(next: DocumentSnapshot): void {
    snapshot = next;
    for (const listener of [...listeners]) listener();
  }

  const checked: Promise<void> = snapshot.analysis
    ? Promise.resolve()
    : loadDocumentChecker().then(() => publish(checkSnapshot(snapshot)));

  function replaceText(text: string, origin: ChangeOrigin): void {
    if (text === snapshot.text) return;
    publish(deriveSnapshot(snapshot, text, origin));
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setText: replaceText,
    applyEdits(edits, origin) {
      if (edits.length === 0) return;
      replaceText(applyTextEdits(snapshot.text, edits), origin);
    },
    selectLocation(index) {
      const selectedLocation = clampLocation(index, snapshot.locationCount);
      if (selectedLocation !== snapshot.selectedLocation)
        publish({ ...snapshot, selectedLocation });
    },
    setCursor(offset, position) {
      const next = moveCursor(snapshot, offset, position);
      if (next !== snapshot) publish(next);
    },
    requestReveal({ path, range }) {
      const sequence = (snapshot.reveal?.sequence ?? 0) + 1;
      publish({ ...snapshot, reveal: { path, range, sequence } });
    },
    whenChecked: () => checked,
  };
}

/** The parse of a text with its diagnostics, or without them while the checker is loading. */
function analyzeText(text: string, previous: DocumentSnapshot | null) {
  const checker = getLoadedChecker();
  if (checker) return checker.analyzeDocumentText(text, previous?.analysis ?? undefined);
  const parsed = parseYamlText(text);
  const syntaxErrors = parsed.problems.filter((problem) => problem.severity === 'error');
  const counts = { error: 0, warning: 0, info: 0 };
  return { analysis: null, parsed, syntaxErrors, diagnostics: [], counts };
}

/** A snapshot made before the checker loaded, with its analysis and diagnostics added. */
function checkSnapshot(snapshot: DocumentSnapshot): DocumentSnapshot {
  // The parse, the config and the rest stay as they are: the text did not change.
  const checker = getLoadedChecker()!;
  const { analysis, diagnostics, counts } = checker.analyzeDocumentText(snapshot.text);
  return { ...snapshot, analysis, diagnostics, counts };
}

function createInitialSnapshot(text: string): DocumentSnapshot {
  const analysis = analyzeText(text, null);
  const good = analysis.syntaxErrors.length === 0;
  const config = good ? analysis.parsed.value : null;
  return {
    text,
    revision: 0,
    origin: 'load',
    ...analysis,
    config,
    configRevision: 0,
    locationCount: countLocations(config),
    selectedLocation: 0,
    cursor: null,
    reveal: null,
  };
}

/** The snapshot after a text change: re-analysed, keeping the last good config on YAML errors. */
function deriveSnapshot(
  previous: DocumentSnapshot,
  text: string,
  origin: ChangeOrigin,
): DocumentSnapshot {
  const analysis = analyzeText(text, previous);
  const revision = previous.revision + 1;
  const good = analysis.syntaxErrors.length === 0;
  const config = good ? analysis.parsed.value : previous.config;
  const locationCount = good ? countLocations(config) : previous.locationCount;
  return {
    ...previous,
    text,
    revision,
    origin,
    ...analysis,
    config,
    configRevision: good ? revision : previous.configRevision,
    locationCount,
    selectedLocation: clampLocation(previous.selectedLocation, locationCount),
    // The old cursor's path may no longer exist; the editor reports the new one right after.
    cursor: previous.cursor,
  };
}

function moveCursor(
  snapshot: DocumentSnapshot,
  offset: number,
  given?: CursorLineColumn,
): DocumentSnapshot {
  const clamped = Math.max(0, Math.min(offset, snapshot.text.length));
  const position =
    given && clamped === offset
      ? { line: given.line, column: given.column, offset }
      : offsetToPosition(snapshot.parsed.lineIndex, clamped);
  const path = snapshot.analysis
    ? getLoadedChecker()!.findAnalyzedPathAtOffset(snapshot.analysis, clamped)
    : findPathAtOffset(snapshot.parsed, clamped);
  const previous = snapshot.cursor;
  if (
    previous &&
    previous.position.line === position.line &&
    previous.position.column === position.column &&
    isSameList(previous.path, path)
  ) {
    return snapshot;
  }
  const location = path[0] === 'locations' && typeof path[1] === 'number' ? path[1] : undefined;
  const selectedLocation =
    location === undefined || snapshot.syntaxErrors.length > 0
      ? snapshot.selectedLocation
      : clampLocation(location, snapshot.locationCount);
  return { ...snapshot, cursor: { position, path }, selectedLocation };
}

function clampLocation(index: number, count: number): number {
  if (count === 0) return 0;
  return Math.max(0, Math.min(Math.trunc(index), count - 1));
}
