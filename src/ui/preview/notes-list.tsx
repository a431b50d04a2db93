import type { MergeNote } from '../../core/render';
import { formatCount } from '../shared/format-count';
import { SeverityIcon } from '../shared/severity-icon';

/** The renderer's notes (assumptions, spec gaps, silent behaviour), folded into one line. */
export function NotesList(props: {
  notes: readonly MergeNote[];
  onSelect: (note: MergeNote) => void;
}) {
  const { notes, onSelect } = props;
  if (notes.length === 0) return null;
  const warnings = notes.filter((note) => note.severity === 'warning').length;
  return (
    <details className="pv-notes">
      <summary>
        {formatCount(notes.length, 'note')}
        {warnings > 0 && <span className="pv-muted"> ({formatCount(warnings, 'warning')})</span>}
      </summary>
      <ul>
        {notes.map((note, index) => (
          <li key={index}>
            <SeverityIcon severity={note.severity} />
            <span className="visually-hidden">{note.severity}:</span>
            {note.origin?.document ? (
              <button type="button" className="pv-note-link" onClick={() => onSelect(note)}>
                {note.message}
              </button>
            ) : (
              <span>{note.message}</span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
