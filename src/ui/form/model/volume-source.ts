import { isConfigMap } from './config-read';
import { styleKey, toSnakeKey, type KeyStyle } from './key-style';

/** The volume sources the form edits field by field; anything else is edited as raw YAML. */
export type VolumeSourceKind =
  | 'config_map'
  | 'secret'
  | 'empty_dir'
  | 'persistent_volume_claim'
  | 'host_path'
  | 'projected'
  | 'csi';

/** How one field of a volume source is edited. */
export interface VolumeSourceField {
  /** The snake_case Kubernetes field name (written camelCase when the file uses that style). */
  readonly key: string;
  readonly type: 'string' | 'integer' | 'boolean' | 'yaml' | 'select';
  readonly options?: readonly string[];
}

export interface VolumeSourceSpec {
  readonly kind: VolumeSourceKind;
  /** The Kubernetes JSON spelling, shown to users (`configMap`). */
  readonly label: string;
  readonly fields: readonly VolumeSourceField[];
  /** The source a user gets when switching a volume to this kind (`name` = the volume name). */
  readonly template: (name: string, style: KeyStyle) => Record<string, unknown>;
}

const HOST_PATH_TYPES = [
  '',
  'DirectoryOrCreate',
  'Directory',
  'FileOrCreate',
  'File',
  'Socket',
  'CharDevice',
  'BlockDevice',
];

export const VOLUME_SOURCE_SPECS: readonly VolumeSourceSpec[] = [
  {
    kind: 'config_map',
    label: 'configMap',
    fields: [
      { key: 'name', type: 'string' },
      { key: 'default_mode', type: 'integer' },
      { key: 'optional', type: 'boolean' },
    ],
    template: (name) => ({ name }),
  },
  {
    kind: 'secret',
    label: 'secret',
    fields: [
      { key: 'secret_name', type: 'string' },
      { key: 'default_mode', type: 'integer' },
      { key: 'optional', type: 'boolean' },
    ],
    template: (name, style) => ({ [styleKey('secret_name', style)]: name }),
  },
  {
    kind: 'empty_dir',
    label: 'emptyDir',
    fields: [
      { key: 'medium', type: 'select', options: ['', 'Memory'] },
      { key: 'size_limit', type: 'string' },
    ],
    template: () => ({}),
  },
  {
    kind: 'persistent_volume_claim',
    label: 'persistentVolumeClaim',
    fields: [
      { key: 'claim_name', type: 'string' },
      { key: 'read_only', type: 'boolean' },
    ],
    template: (name, style) => ({ [styleKey('claim_name', style)]: name }),
  },
  {
    kind: 'host_path',
    label: 'hostPath',
    fields: [
      { key: 'path', type: 'string' },
      { key: 'type', type: 'select', options: HOST_PATH_TYPES },
    ],
    template: () => ({ path: '/' }),
  },
  {
    kind: 'projected',
    label: 'projected',
    fields: [
      { key: 'sources', type: 'yaml' },
      { key: 'default_mode', type: 'integer' },
    ],
    template: () => ({ sources: [] }),
  },
  {
    kind: 'csi',
    label: 'csi',
    fields: [
      { key: 'driver', type: 'string' },
      { key: 'fs_type', type: 'string' },
      { key: 'read_only', type: 'boolean' },
      { key: 'volume_attributes', type: 'yaml' },
    ],
    template: () => ({ driver: '' }),
  },
];

/** What a `volumes` item is, as the form sees it. */
export interface VolumeShape {
  /** The known source kind, or undefined: edit the item as raw YAML. */
  readonly kind: VolumeSourceKind | undefined;
  /** The key holding the source in this item (`configMap` or `config_map`), when present. */
  readonly sourceKey: string | undefined;
}

/** Finds which source a `volumes` item uses (either key spelling). */
export function detectVolumeShape(volume: unknown): VolumeShape {
  if (!isConfigMap(volume)) return { kind: undefined, sourceKey: undefined };
  const others = Object.keys(volume).filter((key) => key !== 'name');
  if (others.length !== 1) return { kind: undefined, sourceKey: undefined };
  const sourceKey = others[0]!;
  const spec = VOLUME_SOURCE_SPECS.find((s) => s.kind === toSnakeKey(sourceKey));
  // A known source holding a non-map is malformed: leave it to the raw editor and the diagnostics.
  if (!spec || !isConfigMap(volume[sourceKey])) return { kind: undefined, sourceKey };
  return { kind: spec.kind, sourceKey };
}

/** The spec of a known kind. */
export function findVolumeSourceSpec(kind: VolumeSourceKind): VolumeSourceSpec {
  const spec = VOLUME_SOURCE_SPECS.find((s) => s.kind === kind);
  if (!spec) throw new Error(`unknown volume source ${kind}`);
  return spec;
}
