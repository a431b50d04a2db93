import type { ConfigPath } from '../../core/source-range';
import { AddRowForm } from './controls/add-row-form';
import { ListGroup, type ListRowProps } from './controls/list-group';
import { RowActions } from './controls/row-actions';
import { SelectField } from './controls/select-field';
import { TextField } from './controls/text-field';
import { useFormSession } from './form-session';
import { resolveFieldKey, type KeyStyle } from './model/key-style';

const OPERATORS = ['Equal', 'Exists'];
const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

function TolerationItem(props: ListRowProps & { readonly style: KeyStyle }) {
  const { listPath, label, index, count, item, style } = props;
  const path = [...listPath, index];
  const rowName = `${label} ${index}`;
  const secondsKey = resolveFieldKey(item, 'toleration_seconds', style);
  return (
    <li className="form-card">
      <div className="form-card-header">
        <span className="form-card-title">{rowName}</span>
        <RowActions listPath={listPath} index={index} count={count} rowName={rowName} />
      </div>
      <div className="form-grid">
        <TextField
          path={[...path, 'key']}
          label="key"
          ariaLabel={`${rowName} key`}
          help=""
          inline
        />
        <SelectField
          path={[...path, 'operator']}
          label="operator"
          ariaLabel={`${rowName} operator`}
          options={OPERATORS}
          emptyLabel="(Equal)"
          help=""
          inline
        />
        <TextField
          path={[...path, 'value']}
          label="value"
          ariaLabel={`${rowName} value`}
          help=""
          inline
        />
        <SelectField
          path={[...path, 'effect']}
          label="effect"
          ariaLabel={`${rowName} effect`}
          options={EFFECTS}
          emptyLabel="(all effects)"
          help=""
          inline
        />
        <TextField
          path={[...path, secondsKey]}
          label={secondsKey}
          ariaLabel={`${rowName} ${secondsKey}`}
          kind="integer"
          help=""
          inline
        />
      </div>
    </li>
  );
}

/** `tolerations` of a pod spec: key / operator / value / effect per item. */
export function TolerationsEditor(props: {
  readonly path: ConfigPath;
  readonly label: string;
  readonly style: KeyStyle;
  /** The visible heading; `label` (which names the rows for assistive tech) by default. */
  readonly title?: string;
}) {
  const { path, label, style } = props;
  const { commit } = useFormSession();
  return (
    <ListGroup
      path={path}
      label={label}
      title={props.title}
      listClassName="form-cards"
      renderRow={(row) => <TolerationItem {...row} style={style} />}
    >
      <AddRowForm
        submitLabel={`Add ${label} entry`}
        fields={[
          { name: 'key', label: `new ${label} key`, placeholder: 'key' },
          { name: 'operator', label: `new ${label} operator`, type: 'select', options: OPERATORS },
          { name: 'value', label: `new ${label} value`, placeholder: 'value' },
          {
            name: 'effect',
            label: `new ${label} effect`,
            type: 'select',
            options: ['', ...EFFECTS],
          },
        ]}
        onAdd={(row) => {
          const value: Record<string, string> = {};
          if (row.key) value.key = String(row.key);
          value.operator = String(row.operator);
          if (row.value && row.operator !== 'Exists') value.value = String(row.value);
          if (row.effect) value.effect = String(row.effect);
          commit([{ kind: 'insert', listPath: path, index: undefined, value }]);
        }}
      />
    </ListGroup>
  );
}
