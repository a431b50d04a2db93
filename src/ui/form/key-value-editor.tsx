import { useId } from 'react';
import type { ConfigPath } from '../../core/source-range';
import { AddRowForm } from './controls/add-row-form';
import { GroupShell, RowMessages } from './controls/group-shell';
import { RowInput } from './controls/row-input';
import { useConfigValue, useFieldDiagnostics, useFormSession } from './form-session';
import { asConfigMap, formatScalarForInput } from './model/config-read';
import { parseScalarInput, type ScalarInputKind } from './model/scalar-input';
import { Icon } from './controls/icons';

function KeyValueRow(props: {
  readonly path: ConfigPath;
  readonly label: string;
  readonly index: number;
  readonly entryKey: string;
  readonly value: unknown;
  readonly valueKind: ScalarInputKind;
}) {
  const { path, label, index, entryKey, value, valueKind } = props;
  const id = useId();
  const { commit } = useFormSession();
  const entryPath = [...path, entryKey];
  const diagnostics = useFieldDiagnostics(entryPath, { subtree: true });
  const text = formatScalarForInput(value);
  const rowName = `${label} ${index}`;
  return (
    <>
      <tr>
        <td>
          <RowInput
            value={entryKey}
            ariaLabel={`${rowName} key`}
            path={entryPath}
            diagnostics={diagnostics}
            describedBy={diagnostics.length > 0 ? `${id}-messages` : undefined}
            onCommit={(newKey) => {
              if (newKey.trim() !== '')
                commit([{ kind: 'rename', path: entryPath, newKey: newKey.trim() }]);
            }}
          />
        </td>
        <td>
          {text === undefined ? (
            <code className="form-raw-value">{JSON.stringify(value)}</code>
          ) : (
            <RowInput
              value={text}
              ariaLabel={`${rowName} value`}
              path={entryPath}
              onCommit={(next) => {
                const result = parseScalarInput(next, valueKind);
                // An empty value stays an (empty) string: removing is the × button's job.
                const written = result.kind === 'set' ? result.value : '';
                commit([{ kind: 'set', path: entryPath, value: written }]);
              }}
            />
          )}
        </td>
        <td>
          <button
            type="button"
            className="form-icon-button form-remove"
            aria-label={`Remove ${rowName}`}
            title="Remove"
            onClick={() => commit([{ kind: 'remove', path: entryPath }])}
          >
            <Icon name="remove" />
          </button>
        </td>
      </tr>
      {diagnostics.length > 0 ? (
        <tr className="form-row-messages">
          <td colSpan={3}>
            <RowMessages id={id} path={entryPath} />
          </td>
        </tr>
      ) : null}
    </>
  );
}

/**
 * A string-to-string map (`labels`, `annotations`, `node_selector`, resource amounts): renaming a
 * key keeps its place and value; values are written as strings unless `valueKind` says otherwise.
 */
export function KeyValueEditor(props: {
  readonly path: ConfigPath;
  readonly label: string;
  readonly helpPath?: ConfigPath;
  readonly valueKind?: ScalarInputKind;
  /** Keys other fields edit (e.g. `cpu`/`memory` in resources): not listed here. */
  readonly hiddenKeys?: ReadonlySet<string>;
  /** The visible heading; `label` (which names the rows for assistive tech) by default. */
  readonly title?: string;
  /** False when another control adds entries. */
  readonly addable?: boolean;
}) {
  const { path, label, valueKind = 'string', hiddenKeys, addable = true } = props;
  const { commit } = useFormSession();
  const map = asConfigMap(useConfigValue(path));
  const entries = Object.entries(map).filter(([key]) => !hiddenKeys?.has(key));
  return (
    <GroupShell
      path={path}
      title={props.title ?? label}
      {...(props.helpPath ? { helpPath: props.helpPath } : {})}
    >
      {entries.length > 0 ? (
        <table className="form-table">
          <thead>
            <tr>
              <th scope="col">key</th>
              <th scope="col">value</th>
              <th scope="col">
                <span className="visually-hidden">actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map(([key, value], index) => (
              <KeyValueRow
                key={key}
                path={path}
                label={label}
                index={index}
                entryKey={key}
                value={value}
                valueKind={valueKind}
              />
            ))}
          </tbody>
        </table>
      ) : null}
      {addable ? (
        <AddRowForm
          submitLabel={`Add ${label} entry`}
          fields={[
            {
              name: 'key',
              label: `new ${label} key`,
              placeholder: 'key',
              validate: (key) => {
                if (key.trim() === '') return 'Enter a key.';
                return Object.hasOwn(map, key.trim()) || hiddenKeys?.has(key.trim())
                  ? `${key.trim()} is already set.`
                  : undefined;
              },
            },
            { name: 'value', label: `new ${label} value`, placeholder: 'value' },
          ]}
          onAdd={(row) => {
            const result = parseScalarInput(String(row.value), valueKind);
            const value = result.kind === 'set' ? result.value : '';
            commit([{ kind: 'set', path: [...path, String(row.key).trim()], value }]);
          }}
        />
      ) : null}
    </GroupShell>
  );
}
