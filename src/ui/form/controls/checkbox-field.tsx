import { useId } from 'react';
import type { ConfigPath } from '../../../core/source-range';
import { formatConfigPath } from '../../../core/source-range';
import { editCheckbox } from '../model/field-edits';
import { useConfigValue, useFieldHelp, useFieldDiagnostics, useFormSession } from '../form-session';
import { AppliesBadge, HelpText } from './field-help';
import { describedByIds, FieldMessages, hasErrors } from './field-shell';

/**
 * A boolean at `path` (see `editCheckbox` for what checking and unchecking write).
 */
export function CheckboxField(props: {
  readonly path: ConfigPath;
  readonly label: string;
  readonly ariaLabel?: string;
  readonly help?: string;
  readonly helpPath?: ConfigPath;
}) {
  const { path, label } = props;
  const id = useId();
  const session = useFormSession();
  const raw = useConfigValue(path);
  const diagnostics = useFieldDiagnostics(path, { subtree: true });
  const help = useFieldHelp(props.helpPath ?? path, props.help);
  const notBoolean = raw !== undefined && typeof raw !== 'boolean';

  const onChange = (checked: boolean) => session.commit(editCheckbox(path, raw, checked));

  return (
    <div className="form-field form-field-checkbox">
      <input
        id={id}
        type="checkbox"
        className="form-checkbox"
        data-config-path={formatConfigPath(path)}
        aria-label={props.ariaLabel}
        aria-invalid={hasErrors(diagnostics) || undefined}
        aria-describedby={describedByIds(id, help, diagnostics.length)}
        checked={raw === true}
        disabled={notBoolean}
        title={notBoolean ? 'Not a plain true/false: edit it in the YAML' : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="form-label" htmlFor={id}>
        <code>{label}</code>
      </label>
      <AppliesBadge help={help} />
      <HelpText id={id} help={help} />
      <FieldMessages id={id} diagnostics={diagnostics} />
    </div>
  );
}
