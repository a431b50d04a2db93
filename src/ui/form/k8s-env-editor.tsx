import { useId } from 'react';
import type { ConfigPath } from '../../core/source-range';
import { AddRowForm } from './controls/add-row-form';
import { GroupShell, RowMessages } from './controls/group-shell';
import { RowActions } from './controls/row-actions';
import { RowInput } from './controls/row-input';
import { YamlField } from './controls/yaml-field';
import { useConfigValue, useFormSession } from './form-session';
import { asConfigList, formatScalarForInput, isConfigMap } from './model/config-read';
import { checkEnvVarName } from './model/env-var-entry';
import { omitConfigKeys } from './model/yaml-block';

function EnvItem(props: {
  readonly listPath: ConfigPath;
  readonly label: string;
  readonly index: number;
  readonly count: number;
  readonly item: unknown;
}) {
  const { listPath, label, index, count, item } = props;
  const id = useId();
  const { commit } = useFormSession();
  const path = [...listPath, index];
  const rowName = `${label} ${index}`;
  const map = isConfigMap(item) ? item : {};
  const name = formatScalarForInput(map.name);
  const value = formatScalarForInput(map.value);
  const rest = omitConfigKeys(map, new Set(['name', 'value']));
  const simple = isConfigMap(item) && Object.keys(rest).length === 0 && value !== undefined;
  return (
    <li className="form-list-row form-list-row-wrap">
      {name === undefined ? (
        <code className="form-raw-value">{JSON.stringify(map.name)}</code>
      ) : (
        <RowInput
          value={name}
          ariaLabel={`${rowName} name`}
          path={[...path, 'name']}
          placeholder="NAME"
          onCommit={(next) => commit([{ kind: 'set', path: [...path, 'name'], value: next }])}
        />
      )}
      {simple ? (
        <RowInput
          value={value}
          ariaLabel={`${rowName} value`}
          path={[...path, 'value']}
          placeholder="value"
          onCommit={(next) => commit([{ kind: 'set', path: [...path, 'value'], value: next }])}
        />
      ) : (
        <YamlField
          path={path}
          label="value / value_from (YAML)"
          ariaLabel={`${rowName} YAML`}
          restOf={new Set(['name'])}
          help=""
        />
      )}
      <RowActions listPath={listPath} index={index} count={count} rowName={rowName} />
      <RowMessages id={id} path={path} />
    </li>
  );
}

/**
 * `env` (raw Kubernetes EnvVars): name / value rows; items using `value_from` (secret or
 * ConfigMap keys, field refs) are edited as YAML beside their name.
 */
export function K8sEnvEditor(props: {
  readonly path: ConfigPath;
  readonly label: string;
  /** The visible heading; `label` (which names the rows for assistive tech) by default. */
  readonly title?: string;
}) {
  const { path, label } = props;
  const { commit } = useFormSession();
  const items = asConfigList(useConfigValue(path));
  return (
    <GroupShell path={path} title={props.title ?? label}>
      {items.length > 0 ? (
        <ol className="form-list" start={0}>
          {items.map((item, index) => (
            <EnvItem
              key={index}
              listPath={path}
              label={label}
              index={index}
              count={items.length}
              item={item}
            />
          ))}
        </ol>
      ) : null}
      <AddRowForm
        submitLabel={`Add ${label} entry`}
        fields={[
          {
            name: 'name',
            label: `new ${label} name`,
            placeholder: 'NAME',
            validate: checkEnvVarName,
          },
          { name: 'value', label: `new ${label} value`, placeholder: 'value' },
        ]}
        onAdd={(row) =>
          commit([
            {
              kind: 'insert',
              listPath: path,
              index: undefined,
              value: { name: String(row.name), value: String(row.value) },
            },
          ])
        }
      />
    </GroupShell>
  );
}
