import { useId } from 'react';
import type { ConfigPath } from '../../core/source-range';
import { AddRowForm } from './controls/add-row-form';
import { RowMessages } from './controls/group-shell';
import { ListGroup, type ListRowProps } from './controls/list-group';
import { RowActions } from './controls/row-actions';
import { RowInput } from './controls/row-input';
import { useFieldDiagnostics, useFormSession } from './form-session';
import { formatScalarForInput, readConfigPath } from './model/config-read';

/** Kubernetes object names (DNS-1123 subdomain), which Secrets and ConfigMaps must have. */
function checkObjectName(name: string): string | undefined {
  if (name.trim() === '') return 'Enter a name.';
  if (name.length > 253 || !/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name)) {
    return 'Use lowercase letters, digits, "-" and "." (start and end with a letter or digit).';
  }
  return undefined;
}

function NameRow(props: ListRowProps & { readonly objectItems: boolean }) {
  const { listPath, label, index, count, item, objectItems } = props;
  const id = useId();
  const { commit } = useFormSession();
  const valuePath = objectItems ? [...listPath, index, 'name'] : [...listPath, index];
  const text = formatScalarForInput(objectItems ? readConfigPath(item, ['name']) : item);
  const diagnostics = useFieldDiagnostics([...listPath, index], { subtree: true });
  const rowName = `${label} ${index}`;
  return (
    <li className="form-list-row">
      {text === undefined ? (
        <code className="form-raw-value">{JSON.stringify(item)}</code>
      ) : (
        <RowInput
          value={text}
          ariaLabel={`${rowName} name`}
          path={valuePath}
          diagnostics={diagnostics}
          describedBy={diagnostics.length > 0 ? `${id}-messages` : undefined}
          onCommit={(name) => commit([{ kind: 'set', path: valuePath, value: name }])}
        />
      )}
      <RowActions listPath={listPath} index={index} count={count} rowName={rowName} />
      <RowMessages id={id} path={[...listPath, index]} />
    </li>
  );
}

/**
 * A list of Kubernetes object names: `env_secrets` / `env_config_maps` (plain strings) or
 * `image_pull_secrets` (`{name: ...}` items, with `objectItems`).
 */
export function NameListEditor(props: {
  readonly path: ConfigPath;
  readonly label: string;
  readonly objectItems?: boolean;
}) {
  const { path, label, objectItems = false } = props;
  const { commit } = useFormSession();
  return (
    <ListGroup
      path={path}
      label={label}
      listClassName="form-list"
      renderRow={(row) => <NameRow {...row} objectItems={objectItems} />}
    >
      <AddRowForm
        submitLabel={`Add ${label} entry`}
        fields={[
          {
            name: 'name',
            label: `new ${label} name`,
            placeholder: 'name',
            validate: checkObjectName,
          },
        ]}
        onAdd={(row) => {
          const name = String(row.name).trim();
          commit([
            {
              kind: 'insert',
              listPath: path,
              index: undefined,
              value: objectItems ? { name } : name,
            },
          ]);
        }}
      />
    </ListGroup>
  );
}
