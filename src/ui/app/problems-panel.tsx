import { memo, useDeferredValue, useMemo } from 'react';
import type { Diagnostic } from '../../core/diagnostics';
import type { DocumentStore } from '../../store';
import { formatConfigPath } from '../../core/source-range';
import { useDocumentStore, useDocumentSelector } from '../shared/document-store-context';
import { formatCount } from '../shared/format-count';
import { SeverityIcon } from '../shared/severity-icon';

/** Every diagnostic of the text; a click moves the editor's cursor to it. */
export function ProblemsPanel({
  id,
  hidden,
  extra,
}: {
  id: string;
  hidden: boolean;
  /** Problems found outside the text (the rendered manifests' Kubernetes checks). */
  extra: readonly Diagnostic[];
}) {
  const store = useDocumentStore();
  // After the frame that shows a keystroke: every edit moves the positions below it, and the
  // list re-rendered in the keystroke's own frame (docs/performance.md).
  const ownDiagnostics = useDeferredValue(useDocumentSelector((snapshot) => snapshot.diagnostics));
  const diagnostics = useMemo(
    () => sortByPosition([...ownDiagnostics, ...extra]),
    [ownDiagnostics, extra],
  );

  return (
    <section
      id={id}
      className="problems"
      aria-labelledby={`${id}-title`}
      hidden={hidden}
      // The skip link lands here when the list is empty.
      tabIndex={-1}
    >
      <h2 id={`${id}-title`} className="problems-title">
        Problems <span className="problems-count">{diagnostics.length}</span>
      </h2>
      {diagnostics.length === 0 ? (
        <p className="problems-empty">No problems: Dagster would accept this file.</p>
      ) : (
        <ul className="problems-list">
          {diagnostics.map((diagnostic, index) => (
            <li key={index}>
              <ProblemRow diagnostic={diagnostic} store={store} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Memoized: diagnostics an edit did not move keep their objects, so their rows stay. */
const ProblemRow = memo(function ProblemRow({
  diagnostic,
  store,
}: {
  diagnostic: Diagnostic;
  store: DocumentStore;
}) {
  const { line, column } = diagnostic.range.start;
  const path = formatConfigPath(diagnostic.path);
  return (
    <button
      type="button"
      className="problem"
      aria-label={`${diagnostic.severity}: ${diagnostic.message}${path ? ` at ${path}` : ''}, line ${line}, column ${column}`}
      onClick={() => store.requestReveal({ path: diagnostic.path, range: diagnostic.range })}
    >
      <SeverityIcon severity={diagnostic.severity} />
      <span className="problem-message">
        <span className="problem-text">{diagnostic.message}</span>
        {diagnostic.hint && <span className="problem-hint">{diagnostic.hint}</span>}
      </span>
      {path && <code className="problem-path">{path}</code>}
      <span className="problem-position">
        Ln {line}, Col {column}
      </span>
    </button>
  );
});

/** `2 errors, 1 warning, 0 infos`, for labels. */
export function describeCounts(counts: { error: number; warning: number; info: number }): string {
  return [
    formatCount(counts.error, 'error'),
    formatCount(counts.warning, 'warning'),
    formatCount(counts.info, 'info', 'infos'),
  ].join(', ');
}

function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);
}
