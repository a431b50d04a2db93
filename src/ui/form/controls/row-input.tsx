import type { KeyboardEvent } from 'react';
import type { ConfigPath } from '../../../core/source-range';
import { formatConfigPath } from '../../../core/source-range';
import type { FieldDiagnostic } from '../model/field-diagnostics';
import { hasErrors } from './field-shell';
import { useDraft } from './use-draft';

/**
 * A bare input inside a table row (the column header is its visible label; `ariaLabel` names the
 * row, e.g. `env_vars 2 name`). Calls `onCommit` on blur or Enter when the text changed.
 */
export function RowInput(props: {
  readonly value: string;
  readonly ariaLabel: string;
  readonly path: ConfigPath;
  readonly diagnostics?: readonly FieldDiagnostic[];
  readonly placeholder?: string;
  readonly describedBy?: string | undefined;
  readonly list?: string;
  readonly onCommit: (text: string) => void;
}) {
  const { value, ariaLabel, path, diagnostics = [], onCommit } = props;
  const [draft, setDraft] = useDraft(value);
  const submit = () => {
    if (draft !== value) onCommit(draft);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      submit();
    } else if (event.key === 'Escape') {
      setDraft(value);
    }
  };
  return (
    <input
      className="form-input"
      type="text"
      spellCheck={false}
      autoComplete="off"
      aria-label={ariaLabel}
      aria-invalid={hasErrors(diagnostics) || undefined}
      aria-describedby={props.describedBy}
      data-config-path={formatConfigPath(path)}
      placeholder={props.placeholder}
      list={props.list}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={submit}
      onKeyDown={onKeyDown}
    />
  );
}
