import type { Diagnostic } from '../../core/diagnostics';
import { formatConfigPath } from '../../core/source-range';
import { useDocumentSelector } from '../shared/document-store-context';
import { describeTabFocusShortcut, EDITOR_KEYBOARD_HINT_ID } from '../shared/editor-keyboard-hint';
import { ErrorIcon, InfoIcon, WarningIcon } from '../shared/icons';
import { describeCounts } from './problems-panel';

export interface StatusBarProps {
  readonly problemsOpen: boolean;
  readonly problemsId: string;
  readonly onToggleProblems: () => void;
  /** Problems found outside the text (the rendered manifests' Kubernetes checks). */
  readonly extra: readonly Diagnostic[];
}

/** Problem counts (toggling the problems list), parse state, and where the cursor is. */
export function StatusBar({ problemsOpen, problemsId, onToggleProblems, extra }: StatusBarProps) {
  const ownCounts = useDocumentSelector((snapshot) => snapshot.counts);
  const counts = addCounts(ownCounts, extra);
  const parses = useDocumentSelector((snapshot) => snapshot.syntaxErrors.length === 0);
  const cursor = useDocumentSelector((snapshot) => snapshot.cursor);
  const path = cursor ? formatConfigPath(cursor.path) : '';

  return (
    <footer className="status-bar">
      <button
        type="button"
        className="status-item status-button"
        aria-expanded={problemsOpen}
        aria-controls={problemsId}
        aria-label={`Problems: ${describeCounts(counts)}`}
        title={problemsOpen ? 'Hide problems' : 'Show problems'}
        onClick={onToggleProblems}
      >
        <ErrorIcon className={counts.error ? 'severity-error' : undefined} /> {counts.error}
        <WarningIcon className={counts.warning ? 'severity-warning' : undefined} /> {counts.warning}
        <InfoIcon className={counts.info ? 'severity-info' : undefined} /> {counts.info}
      </button>
      <span className="status-item" role="status">
        {parses ? 'YAML parses' : 'YAML has errors — form shows last good values'}
      </span>
      <span className="status-spacer" />
      {path && (
        <code className="status-item status-path" title="Config path at the cursor">
          {path}
        </code>
      )}
      {cursor && (
        <span className="status-item" title="Cursor position">
          Ln {cursor.position.line}, Col {cursor.position.column}
        </span>
      )}
      <span className="status-item" id={EDITOR_KEYBOARD_HINT_ID}>
        {/* Monaco keeps Tab for indenting; this is the documented way out for keyboard users. */}
        In the editor, {describeTabFocusShortcut(navigator.platform)} switches Tab between indenting
        and moving focus
      </span>
      <span className="status-item">YAML 1.1</span>
    </footer>
  );
}

function addCounts(
  counts: { error: number; warning: number; info: number },
  extra: readonly Diagnostic[],
): { error: number; warning: number; info: number } {
  const total = { ...counts };
  for (const diagnostic of extra) total[diagnostic.severity] += 1;
  return total;
}
