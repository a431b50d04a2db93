import { useId, useState } from 'react';
import type { ConfigPath } from '../../../core/source-range';
import { formatConfigPath } from '../../../core/source-range';
import { isConfigMap } from '../model/config-read';
import { editYamlBlock } from '../model/field-edits';
import { formatYamlBlock, omitConfigKeys } from '../model/yaml-block';
import { useConfigValue, useFieldHelp, useFieldDiagnostics, useFormSession } from '../form-session';
import { describedByIds, FieldShell, hasErrors } from './field-shell';
import { useDraft } from './use-draft';

/**
 * A raw YAML block for a subtree the form has no fields for. With `restOf`, it edits the map at
 * `path` except those keys (other fields edit them), writing key by key so untouched keys keep
 * their text and comments.
 */
export function YamlField(props: {
  readonly path: ConfigPath;
  readonly label: string;
  readonly ariaLabel?: string;
  readonly restOf?: ReadonlySet<string>;
  readonly help?: string;
  readonly helpPath?: ConfigPath;
}) {
  const { path, label, restOf } = props;
  const id = useId();
  const session = useFormSession();
  const raw = useConfigValue(path);
  const shownValue = restOf && isConfigMap(raw) ? omitConfigKeys(raw, restOf) : raw;
  const shown = formatYamlBlock(shownValue);
  const [draft, setDraft] = useDraft(shown);
  const [localError, setLocalError] = useState<string>();
  const excluded = restOf ? [...restOf].map((key) => [...path, key]) : [];
  const diagnostics = useFieldDiagnostics(path, { subtree: true, excluded });
  const help = useFieldHelp(props.helpPath ?? path, props.help);

  const submit = () => {
    if (draft === shown) return;
    const planned = editYamlBlock(path, raw, draft, restOf);
    if ('error' in planned) {
      setLocalError(planned.error);
      return;
    }
    setLocalError(undefined);
    if (planned.edits.length > 0) session.commit(planned.edits);
  };

  return (
    <FieldShell id={id} label={label} help={help} diagnostics={diagnostics} localError={localError}>
      <textarea
        id={id}
        className="form-textarea"
        spellCheck={false}
        data-config-path={formatConfigPath(path)}
        aria-label={props.ariaLabel}
        aria-invalid={hasErrors(diagnostics, localError) || undefined}
        aria-describedby={describedByIds(id, help, diagnostics.length + (localError ? 1 : 0))}
        rows={Math.min(14, Math.max(2, draft.split('\n').length))}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={submit}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setDraft(shown);
            setLocalError(undefined);
          }
        }}
      />
    </FieldShell>
  );
}
