import type { ConfigPath } from '../../../core/source-range';
import { asConfigMap, isConfigMap } from './config-read';
import { formatEnvVarEntry, type EnvVarEntry } from './env-var-entry';
import type { FormEdit } from './form-edit';
import { styleKey, type KeyStyle } from './key-style';
import { diffConfigMapEdits, isSameConfigValue } from './map-diff';
import { parseScalarInput, type ScalarInputKind } from './scalar-input';
import { detectVolumeShape, findVolumeSourceSpec, type VolumeSourceKind } from './volume-source';
import { parseYamlBlock, parseYamlMapBlock } from './yaml-block';

/** What committing a field does: edits to write, or a message to show on the field instead. */
export type FieldEditResult = { readonly edits: FormEdit[] } | { readonly error: string };

/**
 * Committing the text of a one-line field whose current value is `raw`: set, remove (empty
 * optional field) or refuse with a message.
 */
export function editScalarField(
  path: ConfigPath,
  raw: unknown,
  text: string,
  kind: ScalarInputKind,
  required = false,
): FieldEditResult {
  const result = parseScalarInput(text, kind, { required });
  if (result.kind === 'invalid') return { error: result.message };
  if (result.kind === 'remove')
    return { edits: raw === undefined ? [] : [{ kind: 'remove', path }] };
  if (result.value === raw) return { edits: [] };
  return { edits: [{ kind: 'set', path, value: result.value }] };
}

/**
 * A checkbox: checking writes `true`; unchecking writes `false` when the key is present (an
 * explicit setting stays explicit) and leaves an absent key absent.
 */
export function editCheckbox(path: ConfigPath, raw: unknown, checked: boolean): FormEdit[] {
  if (checked) return raw === true ? [] : [{ kind: 'set', path, value: true }];
  return raw === undefined || raw === false ? [] : [{ kind: 'set', path, value: false }];
}

/** A select: the empty choice removes the key. */
export function editSelect(path: ConfigPath, raw: unknown, choice: string): FormEdit[] {
  if (choice === '') return raw === undefined ? [] : [{ kind: 'remove', path }];
  return choice === raw ? [] : [{ kind: 'set', path, value: choice }];
}

/** An `env_vars` row changed: the whole `KEY=VALUE` string is rewritten in place. */
export function editEnvVarRow(path: ConfigPath, raw: unknown, next: EnvVarEntry): FormEdit[] {
  const text = formatEnvVarEntry(next);
  return text === raw ? [] : [{ kind: 'set', path, value: text }];
}

/**
 * A volume switched to another source type: the old source key goes, the new one (a minimal
 * source in the file's key style) is added after the name.
 */
export function editVolumeSourceKind(
  path: ConfigPath,
  volume: unknown,
  next: VolumeSourceKind,
  style: KeyStyle,
): FormEdit[] {
  const shape = detectVolumeShape(volume);
  if (shape.kind === next) return [];
  const spec = findVolumeSourceSpec(next);
  const name = isConfigMap(volume) && typeof volume.name === 'string' ? volume.name : '';
  const removeOld: FormEdit[] = shape.sourceKey
    ? [{ kind: 'remove', path: [...path, shape.sourceKey] }]
    : [];
  const value = spec.template(name, style);
  return [...removeOld, { kind: 'set', path: [...path, styleKey(spec.kind, style)], value }];
}

/**
 * `code_source` switched to another key: renamed in place so the value and position stay; when
 * none is set yet, the new key gets `fallback`.
 */
export function editCodeSourceKind(
  path: ConfigPath,
  codeSource: unknown,
  current: string | undefined,
  next: string,
  fallback: string,
): FormEdit[] {
  if (next === '' || next === current) return [];
  if (current && Object.hasOwn(asConfigMap(codeSource), current)) {
    return [{ kind: 'rename', path: [...path, current], newKey: next }];
  }
  return [{ kind: 'set', path: [...path, next], value: fallback }];
}

/**
 * A raw YAML block was edited. With `restOf`, the block is the map at `path` minus those keys
 * (other fields own them), written key by key; without, it replaces the whole value (empty text
 * removes it).
 */
export function editYamlBlock(
  path: ConfigPath,
  raw: unknown,
  text: string,
  restOf?: ReadonlySet<string>,
): FieldEditResult {
  if (restOf) {
    const parsed = parseYamlMapBlock(text);
    if (!parsed.ok) return { error: parsed.message };
    const overlap = Object.keys(parsed.value).filter((key) => restOf.has(key));
    if (overlap.length > 0) return { error: `Edit ${overlap.join(', ')} in its own field.` };
    return { edits: diffConfigMapEdits(path, asConfigMap(raw), parsed.value, restOf) };
  }
  const parsed = parseYamlBlock(text);
  if (!parsed.ok) return { error: parsed.message };
  if (parsed.value === undefined) {
    return { edits: raw === undefined ? [] : [{ kind: 'remove', path }] };
  }
  if (isSameConfigValue(parsed.value, raw)) return { edits: [] };
  return { edits: [{ kind: 'set', path, value: parsed.value }] };
}
