import { useId } from 'react';
import type { ConfigPath } from '../../core/source-range';
import { AddRowForm } from './controls/add-row-form';
import { GroupShell, RowMessages } from './controls/group-shell';
import { RowActions } from './controls/row-actions';
import { RowInput } from './controls/row-input';
import { useConfigValue, useFieldDiagnostics, useFormSession } from './form-session';
import { asConfigList } from './model/config-read';
import { editEnvVarRow } from './model/field-edits';
import {
  checkEnvVarName,
  formatEnvVarEntry,
  parseEnvVarEntry,
  type EnvVarEntry,
} from './model/env-var-entry';

function EnvVarRow(props: {
  readonly listPath: ConfigPath;
  readonly label: string;
  readonly index: number;
  readonly count: number;
  readonly entry: unknown;
}) {
  const { listPath, label, index, count, entry } = props;
  const id = useId();
  const { commit } = useFormSession();
  const path = [...listPath, index];
  const diagnostics = useFieldDiagnostics(path, { subtree: true });
  const rowName = `${label} ${index}`;
  if (typeof entry !== 'string') {
    return (
      <tr>
        <td colSpan={3}>
          <code className="form-raw-value">{JSON.stringify(entry)}</code>
          <RowMessages id={id} path={path} />
        </td>
        <td>
          <RowActions listPath={listPath} index={index} count={count} rowName={rowName} />
        </td>
      </tr>
    );
  }
  const parsed = parseEnvVarEntry(entry);
  const write = (next: EnvVarEntry) => commit(editEnvVarRow(path, entry, next));
  return (
    <>
      <tr>
        <td>
          <RowInput
            value={parsed.name}
            ariaLabel={`${rowName} name`}
            path={path}
            diagnostics={diagnostics}
            describedBy={diagnostics.length > 0 ? `${id}-messages` : undefined}
            onCommit={(name) => write({ ...parsed, name })}
          />
        </td>
        <td>
          {parsed.inherit ? (
            <span className="form-muted">(from the agent)</span>
          ) : (
            <RowInput
              value={parsed.value}
              ariaLabel={`${rowName} value`}
              path={path}
              onCommit={(value) => write({ ...parsed, value })}
            />
          )}
        </td>
        <td className="form-cell-center">
          <input
            type="checkbox"
            aria-label={`${rowName} inherit from agent`}
            checked={parsed.inherit}
            onChange={(event) => write({ ...parsed, inherit: event.target.checked })}
          />
        </td>
        <td>
          <RowActions listPath={listPath} index={index} count={count} rowName={rowName} />
        </td>
      </tr>
      {diagnostics.length > 0 ? (
        <tr className="form-row-messages">
          <td colSpan={4}>
            <RowMessages id={id} path={path} />
          </td>
        </tr>
      ) : null}
    </>
  );
}

/**
 * `env_vars` (`KEY=VALUE` strings) as a table of name / value rows with an "inherit from agent"
 * toggle for the bare `KEY` form. Values are split at the first `=` only, so `A=b=c` round-trips.
 */
export function EnvVarsEditor(props: { readonly path: ConfigPath; readonly label?: string }) {
  const { path } = props;
  const label = props.label ?? 'env_vars';
  const { commit } = useFormSession();
  const items = asConfigList(useConfigValue(path));
  const names = items
    .filter((i): i is string => typeof i === 'string')
    .map((i) => parseEnvVarEntry(i).name);
  return (
    <GroupShell path={path} title={label}>
      {items.length > 0 ? (
        <table className="form-table form-env-table">
          <thead>
            <tr>
              <th scope="col">name</th>
              <th scope="col">value</th>
              <th
                scope="col"
                title="Inherit the value from the agent's environment (the bare KEY form)"
              >
                inherit
              </th>
              <th scope="col">
                <span className="visually-hidden">actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((entry, index) => (
              <EnvVarRow
                key={index}
                listPath={path}
                label={label}
                index={index}
                count={items.length}
                entry={entry}
              />
            ))}
          </tbody>
        </table>
      ) : null}
      <AddRowForm
        submitLabel={`Add ${label} entry`}
        fields={[
          {
            name: 'name',
            label: `new ${label} name`,
            placeholder: 'NAME',
            validate: (name) =>
              checkEnvVarName(name) ??
              (names.includes(name) ? `${name} is already set.` : undefined),
          },
          {
            name: 'value',
            label: `new ${label} value`,
            placeholder: 'value',
            hiddenWhen: (all) => all.inherit === true,
          },
          { name: 'inherit', label: `new ${label} inherit from agent`, type: 'checkbox' },
        ]}
        onAdd={(row) => {
          const entry = formatEnvVarEntry({
            name: String(row.name),
            value: String(row.value ?? ''),
            inherit: row.inherit === true,
          });
          commit([{ kind: 'insert', listPath: path, index: undefined, value: entry }]);
        }}
      />
    </GroupShell>
  );
}
