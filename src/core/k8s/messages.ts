/**
 * Dagster's exact error texts for Kubernetes model maps (`dagster_k8s/models.py`,
 * config-schema.md §14.4), and the error type the normalizer throws.
 */
import type { ConfigPath } from '../source-range';
import { formatPythonSet, formatPythonStr } from './python-scalars';

/** The Python exception class Dagster or the Kubernetes client raises. */
export type K8sPythonErrorType =
  'Exception' | 'ValueError' | 'TypeError' | 'AttributeError' | 'OverflowError';

/**
 * Thrown by the normalizers when the agent would raise: `message` is the exception's exact
 * text, `path` points into the value given to the normalizer (map keys as the user spelled them).
 */
export class K8sModelError extends Error {
  constructor(
    message: string,
    readonly path: ConfigPath,
    readonly pythonType: K8sPythonErrorType = 'Exception',
  ) {
    super(message);
    this.name = 'K8sModelError';
  }
}

/** `Unexpected keys in model class V1Volume: {'invalidKey'}` (keys in the user's order). */
export function formatUnexpectedKeysMessage(model: string, keys: readonly string[]): string {
  return `Unexpected keys in model class ${model}: ${formatPythonSet(keys)}`;
}

/** `Model class V1CSIVolumeSource cannot contain both volumeAttributes and volume_attributes keys`. */
export function formatBothSpellingsMessage(model: string, json: string, python: string): string {
  return `Model class ${model} cannot contain both ${json} and ${python} keys`;
}

/** `Attribute config_map of type V1ConfigMapVolumeSource must be a dict, received my_config_map instead`. */
export function formatNotADictMessage(attribute: string, model: string, value: unknown): string {
  return `Attribute ${attribute} of type ${model} must be a dict, received ${formatPythonStr(value)} instead`;
}

/** The Kubernetes client's check of a required field: ``Invalid value for `name`, must not be `None` ``. */
export function formatMissingRequiredMessage(pythonName: string): string {
  return `Invalid value for \`${pythonName}\`, must not be \`None\``;
}

/** Python's TypeError when a list-typed field holds something it cannot iterate. */
export function formatNotIterableMessage(typeName: string): string {
  return `'${typeName}' object is not iterable`;
}

/** Python's AttributeError when a map-typed field holds something without `.items()`. */
export function formatNoItemsMessage(typeName: string): string {
  return `'${typeName}' object has no attribute 'items'`;
}
