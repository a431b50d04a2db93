import { useId } from 'react';
import type { ConfigPath } from '../../core/source-range';
import { formatConfigPath } from '../../core/source-range';
import { useFormSelector } from './form-session';
import { isSameFieldDiagnosticList, type FieldDiagnostic } from './model/field-diagnostics';
import { selectFileDiagnostics, selectUnplacedDiagnostics } from './model/unplaced-diagnostics';

function MessageList(props: {
  readonly title: string;
  readonly diagnostics: readonly FieldDiagnostic[];
}) {
  const id = useId();
  if (props.diagnostics.length === 0) return null;
  return (
    <section className="form-unplaced" aria-labelledby={id}>
      <h3 className="form-unplaced-title" id={id}>
        {props.title}
      </h3>
      <ul className="form-messages">
        {props.diagnostics.map((d, i) => (
          <li key={i} className={`form-message form-message-${d.severity}`}>
            {d.path.length > 0 ? <code>{formatConfigPath(d.path)}</code> : null} {d.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Problems in a location that no field of the form shows (unknown keys, the location itself). */
export function UnplacedLocationMessages(props: {
  readonly path: ConfigPath;
  readonly isDefaults: boolean;
}) {
  const { path, isDefaults } = props;
  const unplaced = useFormSelector(
    (data): readonly FieldDiagnostic[] =>
      selectUnplacedDiagnostics(data.diagnostics, path, isDefaults),
    isSameFieldDiagnosticList,
  );
  return <MessageList title="Also in this block (edit in the YAML)" diagnostics={unplaced} />;
}

/** Problems with the file as a whole or the `locations` list. */
export function FileMessages() {
  const file = useFormSelector(
    (data): readonly FieldDiagnostic[] => selectFileDiagnostics(data.diagnostics),
    isSameFieldDiagnosticList,
  );
  return <MessageList title="File" diagnostics={file} />;
}
