import { useId, useState, type KeyboardEvent } from 'react';
import type { ConfigPath } from '../../../core/source-range';
import { formatConfigPath } from '../../../core/source-range';
import { formatScalarForInput } from '../model/config-read';
import { editScalarField } from '../model/field-edits';
import type { ScalarInputKind } from '../model/scalar-input';
import { useConfigValue, useFieldHelp, useFieldDiagnostics, useFormSession } from '../form-session';
import { describedByIds, FieldShell, hasErrors } from './field-shell';
import { useDraft } from './use-draft';

/**
 * A one-line field bound to the scalar at `path`. It writes on blur or Enter (Escape reverts),
 * so typing is one text edit, not one per keystroke.
 */
export function TextField(props: {
  readonly path: ConfigPath;
  readonly label: string;
  readonly ariaLabel?: string;
  readonly kind?: ScalarInputKind;
  readonly required?: boolean;
  readonly placeholder?: string;
  readonly help?: string;
  readonly helpPath?: ConfigPath;
  readonly inline?: boolean;
  readonly list?: string;
}) {
  const { path, label, kind = 'string', required, placeholder, inline } = props;
  const id = useId();
  const session = useFormSession();
  const raw = useConfigValue(path);
  const shown = formatScalarForInput(raw);
  const [draft, setDraft] = useDraft(shown ?? '');
  const [localError, setLocalError] = useState<string>();
  const diagnostics = useFieldDiagnostics(path, { subtree: shown === undefined });
  const help = useFieldHelp(props.helpPath ?? path, props.help);

  const submit = () => {
    if (shown === undefined || draft === shown) return;
    const result = editScalarField(path, raw, draft, kind, required ?? false);
    if ('error' in result) {
      setLocalError(result.error);
      return;
    }
    setLocalError(undefined);
    session.commit(result.edits);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      submit();
    } else if (event.key === 'Escape') {
      setDraft(shown ?? '');
      setLocalError(undefined);
    }
  };

  return (
    <FieldShell
      id={id}
      label={label}
      help={help}
      diagnostics={diagnostics}
      localError={localError}
      inline={inline ?? false}
    >
      <input
        id={id}
        className="form-input"
        type="text"
        spellCheck={false}
        autoComplete="off"
        data-config-path={formatConfigPath(path)}
        aria-label={props.ariaLabel}
        aria-invalid={hasErrors(diagnostics, localError) || undefined}
        aria-describedby={describedByIds(id, help, diagnostics.length + (localError ? 1 : 0))}
        readOnly={shown === undefined}
        title={shown === undefined ? 'Not a single value: edit it in the YAML' : undefined}
        placeholder={placeholder}
        list={props.list}
        value={shown === undefined ? JSON.stringify(raw) : draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={submit}
        onKeyDown={onKeyDown}
      />
    </FieldShell>
  );
}
