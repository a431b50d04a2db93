import type { ConfigPath } from '../../core/source-range';
import { AddRowForm } from './controls/add-row-form';
import { CheckboxField } from './controls/checkbox-field';
import { GroupShell } from './controls/group-shell';
import { RowActions } from './controls/row-actions';
import { SelectField } from './controls/select-field';
import { TextField } from './controls/text-field';
import { YamlField } from './controls/yaml-field';
import { useConfigValue, useFormSession } from './form-session';
import { asConfigList, isConfigMap } from './model/config-read';
import { detectKeyStyle, resolveFieldKey, styleKey, type KeyStyle } from './model/key-style';
import { omitConfigKeys } from './model/yaml-block';
import { listVolumeNames } from './volumes-editor';

const MOUNT_FIELDS = ['mount_path', 'sub_path', 'read_only'] as const;

function MountItem(props: {
  readonly listPath: ConfigPath;
  readonly index: number;
  readonly count: number;
  readonly mount: unknown;
  readonly style: KeyStyle;
  readonly volumeNames: readonly string[];
}) {
  const { listPath, index, count, mount, volumeNames } = props;
  const style = detectKeyStyle([mount], props.style);
  const path = [...listPath, index];
  const rowName = `volume_mounts ${index}`;
  const keys = Object.fromEntries(MOUNT_FIELDS.map((f) => [f, resolveFieldKey(mount, f, style)]));
  const modelled = new Set(['name', ...Object.values(keys)]);
  const hasOther = isConfigMap(mount) && Object.keys(omitConfigKeys(mount, modelled)).length > 0;
  return (
    <li className="form-card">
      <div className="form-card-header">
        <span className="form-card-title">{rowName}</span>
        <RowActions listPath={listPath} index={index} count={count} rowName={rowName} />
      </div>
      <div className="form-grid">
        <SelectField
          path={[...path, 'name']}
          label="name"
          ariaLabel={`${rowName} name`}
          options={volumeNames}
          allowEmpty={false}
          emptyLabel="(choose a volume)"
          unknownLabel="no such volume"
          help=""
          inline
        />
        <TextField
          path={[...path, keys.mount_path!]}
          label={keys.mount_path!}
          ariaLabel={`${rowName} ${keys.mount_path!}`}
          placeholder="/path/in/container"
          help=""
          inline
        />
        <TextField
          path={[...path, keys.sub_path!]}
          label={keys.sub_path!}
          ariaLabel={`${rowName} ${keys.sub_path!}`}
          help=""
          inline
        />
        <CheckboxField
          path={[...path, keys.read_only!]}
          label={keys.read_only!}
          ariaLabel={`${rowName} ${keys.read_only!}`}
          help=""
        />
      </div>
      {hasOther ? (
        <YamlField
          path={path}
          label="other keys (YAML)"
          ariaLabel={`${rowName} other keys YAML`}
          restOf={modelled}
          help=""
        />
      ) : null}
    </li>
  );
}

/** `volume_mounts`, with the mount's volume picked from the defined `volumes`. */
export function VolumeMountsEditor(props: {
  readonly path: ConfigPath;
  readonly volumesPath: ConfigPath;
  readonly style: KeyStyle;
}) {
  const { path, volumesPath, style } = props;
  const { commit } = useFormSession();
  const mounts = asConfigList(useConfigValue(path));
  const volumeNames = listVolumeNames(useConfigValue(volumesPath));
  return (
    <GroupShell path={path} title="volume_mounts">
      {mounts.length > 0 ? (
        <ol className="form-cards" start={0}>
          {mounts.map((mount, index) => (
            <MountItem
              key={index}
              listPath={path}
              index={index}
              count={mounts.length}
              mount={mount}
              style={style}
              volumeNames={volumeNames}
            />
          ))}
        </ol>
      ) : null}
      <AddRowForm
        submitLabel="Add volume_mounts entry"
        fields={[
          {
            name: 'name',
            label: 'new volume_mounts name',
            type: 'select',
            options: ['', ...volumeNames],
            validate: (name) =>
              name === '' ? 'Choose a volume (add it under volumes first).' : undefined,
          },
          {
            name: 'mountPath',
            label: `new volume_mounts ${styleKey('mount_path', style)}`,
            placeholder: '/path/in/container',
            validate: (p) => (p.startsWith('/') ? undefined : 'Enter an absolute path.'),
          },
        ]}
        onAdd={(row) => {
          const value = {
            name: String(row.name),
            [styleKey('mount_path', style)]: String(row.mountPath),
          };
          commit([{ kind: 'insert', listPath: path, index: undefined, value }]);
        }}
      />
    </GroupShell>
  );
}
