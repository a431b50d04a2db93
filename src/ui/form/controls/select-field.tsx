import { useId } from 'react';
import type { ConfigPath } from '../../../core/source-range';
import { formatConfigPath } from '../../../core/source-range';
import { formatScalarForInput } from '../model/config-read';
import { editSelect } from '../model/field-edits';
import { useConfigValue, useFieldHelp, useFieldDiagnostics, useFormSession } from '../form-session';
import { describedByIds, FieldShell, hasErrors } from './field-shell';

/**
 * A choice among fixed values for the scalar at `path`. The empty choice removes the key; a value
 * in the text that is not an option still shows (marked), so nothing is hidden or rewritten.
 */
export function SelectField(props: {
  readonly path: ConfigPath;
  readonly label: string;
  readonly ariaLabel?: string;
  readonly options: readonly string[];
  readonly emptyLabel?: string;
  /** False for a required key: no empty choice once a value is set. */
  readonly allowEmpty?: boolean;
  /** Suffix for a value in the text that is not an option. */
  readonly unknownLabel?: string;
  readonly help?: string;
  readonly helpPath?: ConfigPath;
  readonly inline?: boolean;
}) {
  const { path, label, options, emptyLabel = '(not set)', inline } = props;
  const { allowEmpty = true, unknownLabel = 'not a known value' } = props;
  const id = useId();
  const session = useFormSession();
  const raw = useConfigValue(path);
  const shown = formatScalarForInput(raw) ?? JSON.stringify(raw);
  const diagnostics = useFieldDiagnostics(path, { subtree: true });
  const help = useFieldHelp(props.helpPath ?? path, props.help);
  const choices = options.filter((o) => o !== '');
  const unknown = shown !== '' && !choices.includes(shown);

  const onChange = (next: string) => session.commit(editSelect(path, raw, next));

  return (
    <FieldShell
      id={id}
      label={label}
      help={help}
      diagnostics={diagnostics}
      inline={inline ?? false}
    >
      <select
        id={id}
        className="form-select"
        data-config-path={formatConfigPath(path)}
        aria-label={props.ariaLabel}
        aria-invalid={hasErrors(diagnostics) || undefined}
        aria-describedby={describedByIds(id, help, diagnostics.length)}
        value={shown}
        onChange={(event) => onChange(event.target.value)}
      >
        {allowEmpty || shown === '' ? <option value="">{emptyLabel}</option> : null}
        {unknown ? <option value={shown}>{`${shown} (${unknownLabel})`}</option> : null}
        {choices.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
