import { useId } from 'react';
import type { ConfigPath } from '../../core/source-range';
import { AddRowForm } from './controls/add-row-form';
import { GroupShell, RowMessages } from './controls/group-shell';
import { RowInput } from './controls/row-input';
import { YamlField } from './controls/yaml-field';
import { useConfigValue, useFieldDiagnostics, useFormSession } from './form-session';
import { KeyValueEditor } from './key-value-editor';
import { asConfigMap, formatScalarForInput, isConfigMap } from './model/config-read';
import { editScalarField } from './model/field-edits';
import { parseScalarInput } from './model/scalar-input';
import { omitConfigKeys } from './model/yaml-block';

const AMOUNTS = ['cpu', 'memory'] as const;
const SECTIONS = ['requests', 'limits'] as const;
const AMOUNT_SET: ReadonlySet<string> = new Set(AMOUNTS);
const SECTION_SET: ReadonlySet<string> = new Set(SECTIONS);

function QuantityCell(props: {
  readonly path: ConfigPath;
  readonly ariaLabel: string;
  readonly placeholder: string;
}) {
  const { path, ariaLabel, placeholder } = props;
  const { commit } = useFormSession();
  const raw = useConfigValue(path);
  const diagnostics = useFieldDiagnostics(path, { subtree: true });
  const text = formatScalarForInput(raw);
  if (text === undefined) return <code className="form-raw-value">{JSON.stringify(raw)}</code>;
  return (
    <RowInput
      value={text}
      ariaLabel={ariaLabel}
      path={path}
      diagnostics={diagnostics}
      placeholder={placeholder}
      onCommit={(next) => {
        const result = editScalarField(path, raw, next, 'quantity');
        if ('edits' in result) commit(result.edits);
      }}
    />
  );
}

/**
 * `resources`: cpu and memory requests and limits in a grid (quantities such as `500m`, `2Gi`,
 * or plain numbers), other resource names (e.g. `nvidia.com/gpu`) as key-value rows, and any
 * other key as YAML.
 */
export function ResourcesEditor(props: {
  readonly path: ConfigPath;
  readonly label: string;
  readonly title?: string;
}) {
  const { path, label } = props;
  const id = useId();
  const { commit } = useFormSession();
  const value = useConfigValue(path);
  const hasOther = isConfigMap(value) && Object.keys(omitConfigKeys(value, SECTION_SET)).length > 0;
  const extra = SECTIONS.filter(
    (section) =>
      Object.keys(omitConfigKeys(asConfigMap(asConfigMap(value)[section]), AMOUNT_SET)).length > 0,
  );
  return (
    <GroupShell path={path} title={props.title ?? label}>
      <table className="form-table form-resources">
        <thead>
          <tr>
            <td />
            {SECTIONS.map((section) => (
              <th key={section} scope="col">
                <code>{section}</code>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {AMOUNTS.map((amount) => (
            <tr key={amount}>
              <th scope="row">
                <code>{amount}</code>
              </th>
              {SECTIONS.map((section) => (
                <td key={section}>
                  <QuantityCell
                    path={[...path, section, amount]}
                    ariaLabel={`${label} ${section} ${amount}`}
                    placeholder={amount === 'cpu' ? 'e.g. 500m' : 'e.g. 1Gi'}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <RowMessages id={id} path={path} />
      {extra.map((section) => (
        <KeyValueEditor
          key={section}
          path={[...path, section]}
          label={`${label} ${section}`}
          title={`other ${section}`}
          valueKind="quantity"
          hiddenKeys={AMOUNT_SET}
          addable={false}
        />
      ))}
      {hasOther ? (
        <YamlField
          path={path}
          label="other keys (YAML)"
          ariaLabel={`${label} other keys YAML`}
          restOf={SECTION_SET}
          help=""
        />
      ) : null}
      <AddRowForm
        submitLabel={`Add other ${label} entry`}
        fields={[
          { name: 'section', label: `new ${label} section`, type: 'select', options: SECTIONS },
          {
            name: 'name',
            label: `new ${label} name`,
            placeholder: 'nvidia.com/gpu',
            validate: (name, all) => {
              if (name.trim() === '') return 'Enter a resource name.';
              const section = asConfigMap(asConfigMap(value)[String(all.section)]);
              return Object.hasOwn(section, name.trim())
                ? `${name.trim()} is already set.`
                : undefined;
            },
          },
          { name: 'amount', label: `new ${label} amount`, placeholder: '1' },
        ]}
        onAdd={(row) => {
          const result = parseScalarInput(String(row.amount), 'quantity');
          const amount = result.kind === 'set' ? result.value : '';
          commit([
            {
              kind: 'set',
              path: [...path, String(row.section), String(row.name).trim()],
              value: amount,
            },
          ]);
        }}
      />
    </GroupShell>
  );
}
