import { useId } from 'react';
import type { ConfigPath } from '../../core/source-range';
import { formatConfigPath } from '../../core/source-range';
import { FieldMessages, hasErrors } from './controls/field-shell';
import { TextField } from './controls/text-field';
import { HelpText } from './controls/field-help';
import { useConfigValue, useFieldDiagnostics, useFieldHelp, useFormSession } from './form-session';
import { asConfigMap } from './model/config-read';
import { editCodeSourceKind } from './model/field-edits';

export const CODE_SOURCE_KEYS = [
  'package_name',
  'module_name',
  'python_file',
  'autoload_defs_module_name',
] as const;

/**
 * `code_source`: which of the four sources (exactly one must be set) and its value. Switching the
 * source renames the key, so its value and position stay.
 */
export function CodeSourceField(props: {
  readonly path: ConfigPath;
  readonly fallbackValue: string;
}) {
  const { path, fallbackValue } = props;
  const id = useId();
  const session = useFormSession();
  const codeSource = asConfigMap(useConfigValue(path));
  const present = CODE_SOURCE_KEYS.filter((key) => Object.hasOwn(codeSource, key));
  const current = present.length === 1 ? present[0] : undefined;
  const diagnostics = useFieldDiagnostics(path);
  const help = useFieldHelp(path);

  const choose = (next: string) =>
    session.commit(editCodeSourceKind(path, codeSource, current, next, fallbackValue));

  return (
    <fieldset className="form-fieldset" data-config-path={formatConfigPath(path)}>
      <legend>
        <code>code_source</code>
      </legend>
      <HelpText id={id} help={help} />
      <div className="form-field form-field-inline">
        <label className="form-label" htmlFor={id}>
          <code>code_source</code> type
        </label>
        <select
          id={id}
          className="form-select"
          aria-invalid={hasErrors(diagnostics) || undefined}
          aria-describedby={diagnostics.length > 0 ? `${id}-messages` : undefined}
          value={current ?? ''}
          disabled={present.length > 1}
          onChange={(event) => choose(event.target.value)}
        >
          {current ? null : (
            <option value="">{present.length > 1 ? '(several: fix below)' : '(choose)'}</option>
          )}
          {CODE_SOURCE_KEYS.map((key) => (
            <option key={key} value={key}>
              {key}
            </option>
          ))}
        </select>
      </div>
      {present.map((key) => (
        <TextField
          key={key}
          path={[...path, key]}
          label={key}
          ariaLabel={`code_source ${key}`}
          inline
        />
      ))}
      <FieldMessages id={id} diagnostics={diagnostics} />
    </fieldset>
  );
}
