import type { ConfigPath } from '../../core/source-range';
import { CheckboxField } from './controls/checkbox-field';
import { SelectField } from './controls/select-field';
import { TextField } from './controls/text-field';
import { YamlField } from './controls/yaml-field';
import { useFormSession } from './form-session';
import { isConfigMap } from './model/config-read';
import { editVolumeSourceKind } from './model/field-edits';
import { detectKeyStyle, resolveFieldKey, styleKey, type KeyStyle } from './model/key-style';
import {
  detectVolumeShape,
  findVolumeSourceSpec,
  VOLUME_SOURCE_SPECS,
  type VolumeSourceField,
  type VolumeSourceKind,
} from './model/volume-source';
import { RowActions } from './controls/row-actions';

const OTHER = 'other';

function SourceFieldControl(props: {
  readonly sourcePath: ConfigPath;
  readonly source: unknown;
  readonly field: VolumeSourceField;
  readonly style: KeyStyle;
  readonly rowName: string;
  readonly sourceKey: string;
}) {
  const { sourcePath, source, field, style, rowName, sourceKey } = props;
  const key = resolveFieldKey(source, field.key, style);
  const path = [...sourcePath, key];
  const label = `${sourceKey}.${key}`;
  const ariaLabel = `${rowName} ${label}`;
  switch (field.type) {
    case 'boolean':
      return <CheckboxField path={path} label={label} ariaLabel={ariaLabel} help="" />;
    case 'select':
      return (
        <SelectField
          path={path}
          label={label}
          ariaLabel={ariaLabel}
          options={field.options ?? []}
          help=""
        />
      );
    case 'yaml':
      return <YamlField path={path} label={label} ariaLabel={ariaLabel} help="" />;
    default:
      return (
        <TextField
          path={path}
          label={label}
          ariaLabel={ariaLabel}
          kind={field.type}
          help=""
          inline
        />
      );
  }
}

/**
 * One `volumes` item: its name, its source type (switching type replaces the source with a
 * minimal one) and that source's fields, keys spelled in the file's style. Sources the form does
 * not know are edited as raw YAML.
 */
export function VolumeItem(props: {
  readonly listPath: ConfigPath;
  readonly index: number;
  readonly count: number;
  readonly volume: unknown;
  readonly style: KeyStyle;
}) {
  const { listPath, index, count, volume } = props;
  // An item already written in one style keeps it, whatever the rest of the file does.
  const style = detectKeyStyle([volume], props.style);
  const { commit } = useFormSession();
  const path = [...listPath, index];
  const shape = detectVolumeShape(volume);
  const rowName = `volumes ${index}`;

  const switchKind = (next: string) => {
    if (next !== OTHER) commit(editVolumeSourceKind(path, volume, next as VolumeSourceKind, style));
  };

  return (
    <li className="form-card">
      <div className="form-card-header">
        <span className="form-card-title">{`volumes ${index}`}</span>
        <RowActions listPath={listPath} index={index} count={count} rowName={rowName} />
      </div>
      <div className="form-grid">
        <TextField
          path={[...path, 'name']}
          label="name"
          ariaLabel={`${rowName} name`}
          required
          help=""
          inline
        />
        <label className="form-field form-field-inline">
          <span className="form-label">
            <code>source</code>
          </span>
          <select
            className="form-select"
            aria-label={`${rowName} source type`}
            value={shape.kind ?? OTHER}
            onChange={(event) => switchKind(event.target.value)}
          >
            {VOLUME_SOURCE_SPECS.map((spec) => (
              <option key={spec.kind} value={spec.kind}>
                {styleKey(spec.kind, style)}
              </option>
            ))}
            <option value={OTHER}>other (YAML)</option>
          </select>
        </label>
      </div>
      {shape.kind && shape.sourceKey ? (
        <div className="form-grid">
          {findVolumeSourceSpec(shape.kind).fields.map((field) => (
            <SourceFieldControl
              key={field.key}
              sourcePath={[...path, shape.sourceKey!]}
              source={isConfigMap(volume) ? volume[shape.sourceKey!] : undefined}
              field={field}
              style={style}
              rowName={rowName}
              sourceKey={shape.sourceKey!}
            />
          ))}
        </div>
      ) : (
        <YamlField
          path={path}
          label="source (YAML)"
          ariaLabel={`${rowName} source YAML`}
          restOf={new Set(['name'])}
          help=""
        />
      )}
    </li>
  );
}
