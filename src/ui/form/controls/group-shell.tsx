import { useId, type ReactNode } from 'react';
import type { ConfigPath } from '../../../core/source-range';
import { formatConfigPath } from '../../../core/source-range';
import { useFieldDiagnostics, useFieldHelp } from '../form-session';
import { AppliesBadge, HelpText } from './field-help';
import { FieldMessages } from './field-shell';

/**
 * A titled group for a list or map key (`env_vars`, `labels`): the YAML key as its visible,
 * accessible name, help text from the schema, and the diagnostics on the key itself.
 */
export function GroupShell(props: {
  readonly path: ConfigPath;
  readonly title: string;
  readonly helpPath?: ConfigPath;
  readonly children: ReactNode;
}) {
  const { path, title, children } = props;
  const id = useId();
  const diagnostics = useFieldDiagnostics(path);
  const help = useFieldHelp(props.helpPath ?? path);
  return (
    <section
      className="form-group"
      aria-labelledby={`${id}-title`}
      data-config-path={formatConfigPath(path)}
    >
      <span className="form-label-row">
        <h4 className="form-group-title" id={`${id}-title`}>
          <code>{title}</code>
        </h4>
        <AppliesBadge help={help} />
      </span>
      <HelpText id={id} help={help} />
      <FieldMessages id={id} diagnostics={diagnostics} />
      {children}
    </section>
  );
}

/** The messages about one row of a list (anywhere inside it). */
export function RowMessages(props: { readonly id: string; readonly path: ConfigPath }) {
  const diagnostics = useFieldDiagnostics(props.path, { subtree: true });
  return <FieldMessages id={props.id} diagnostics={diagnostics} />;
}
