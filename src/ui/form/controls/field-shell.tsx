import type { ReactNode } from 'react';
import type { FieldDiagnostic } from '../model/field-diagnostics';
import type { FieldHelp } from '../model/schema-help';
import { AppliesBadge, HelpText } from './field-help';

/** Ids that tie an input to its help text and messages (for aria-describedby). */
export function describedByIds(
  id: string,
  help: FieldHelp | undefined,
  messages: number,
): string | undefined {
  const ids: string[] = [];
  if (help) ids.push(`${id}-help`);
  if (messages > 0) ids.push(`${id}-messages`);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The messages under a field: diagnostics from the text, then a local input problem. */
export function FieldMessages(props: {
  readonly id: string;
  readonly diagnostics: readonly FieldDiagnostic[];
  readonly localError?: string | undefined;
}) {
  const { id, diagnostics, localError } = props;
  if (diagnostics.length === 0 && !localError) return null;
  return (
    <ul className="form-messages" id={`${id}-messages`}>
      {localError ? <li className="form-message form-message-error">{localError}</li> : null}
      {diagnostics.map((d, i) => (
        <li key={i} className={`form-message form-message-${d.severity}`}>
          {d.message}
        </li>
      ))}
    </ul>
  );
}

/** A labelled field: label (the YAML key), the control, help text, messages. */
export function FieldShell(props: {
  readonly id: string;
  readonly label: string;
  readonly help: FieldHelp | undefined;
  readonly diagnostics: readonly FieldDiagnostic[];
  readonly localError?: string | undefined;
  readonly children: ReactNode;
  readonly inline?: boolean;
}) {
  const { id, label, help, diagnostics, localError, children, inline } = props;
  return (
    <div className={inline ? 'form-field form-field-inline' : 'form-field'}>
      <span className="form-label-row">
        <label className="form-label" htmlFor={id}>
          <code>{label}</code>
        </label>
        <AppliesBadge help={help} />
      </span>
      {children}
      <HelpText id={id} help={help} />
      <FieldMessages id={id} diagnostics={diagnostics} localError={localError} />
    </div>
  );
}

/** True when any diagnostic is an error (drives aria-invalid). */
export function hasErrors(diagnostics: readonly FieldDiagnostic[], localError?: string): boolean {
  return Boolean(localError) || diagnostics.some((d) => d.severity === 'error');
}
