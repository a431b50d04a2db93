import type { ConfigPath } from '../../core/source-range';
import { AddRowForm } from './controls/add-row-form';
import { GroupShell } from './controls/group-shell';
import { useConfigValue, useFormSession } from './form-session';
import { asConfigList, isConfigMap } from './model/config-read';
import { styleKey, type KeyStyle } from './model/key-style';
import {
  findVolumeSourceSpec,
  VOLUME_SOURCE_SPECS,
  type VolumeSourceKind,
} from './model/volume-source';
import { VolumeItem } from './volume-item';

/** The names of the `volumes` items (what a mount may refer to). */
export function listVolumeNames(volumes: unknown): string[] {
  return asConfigList(volumes)
    .map((v) => (isConfigMap(v) ? v.name : undefined))
    .filter((n): n is string => typeof n === 'string' && n !== '');
}

/** `volumes`: one card per volume, typed by its source, and a row to add one. */
export function VolumesEditor(props: { readonly path: ConfigPath; readonly style: KeyStyle }) {
  const { path, style } = props;
  const { commit } = useFormSession();
  const volumes = asConfigList(useConfigValue(path));
  const names = listVolumeNames(volumes);
  return (
    <GroupShell path={path} title="volumes">
      {volumes.length > 0 ? (
        <ol className="form-cards" start={0}>
          {volumes.map((volume, index) => (
            <VolumeItem
              key={index}
              listPath={path}
              index={index}
              count={volumes.length}
              volume={volume}
              style={style}
            />
          ))}
        </ol>
      ) : null}
      <AddRowForm
        submitLabel="Add volumes entry"
        fields={[
          {
            name: 'name',
            label: 'new volumes name',
            placeholder: 'name',
            validate: (name) => {
              if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name.trim())) {
                return 'A volume name uses lowercase letters, digits and "-".';
              }
              return names.includes(name.trim()) ? `${name.trim()} is already defined.` : undefined;
            },
          },
          {
            name: 'kind',
            label: 'new volumes source type',
            type: 'select',
            options: VOLUME_SOURCE_SPECS.map((s) => s.kind),
          },
        ]}
        onAdd={(row) => {
          const name = String(row.name).trim();
          const spec = findVolumeSourceSpec(String(row.kind) as VolumeSourceKind);
          const value = { name, [styleKey(spec.kind, style)]: spec.template(name, style) };
          commit([{ kind: 'insert', listPath: path, index: undefined, value }]);
        }}
      />
    </GroupShell>
  );
}
