/**
 * A problem the Kubernetes API server would report for a rendered object, written the way
 * apimachinery's `field.Error` prints it: `<field path>: <type>[: <value>][: <detail>]`.
 */
import type { ManifestRole } from '../manifests/types';
import type { ValueOrigin } from '../merge/types';
import { toJsonPointer } from '../manifests/origins';

/** What kind of rule the value breaks (stable, for tests and filtering). */
export type ManifestCheckCode =
  | 'invalid-quantity'
  | 'negative-quantity'
  | 'request-over-limit'
  | 'extended-resource'
  | 'invalid-resource-name'
  | 'invalid-name'
  | 'invalid-label-key'
  | 'invalid-label-value'
  | 'invalid-annotation-key'
  | 'invalid-port'
  | 'invalid-reference-name'
  | 'required-field'
  | 'duplicate-name'
  | 'volume-source'
  | 'unknown-volume'
  | 'duplicate-mount-path'
  | 'negative-count';

/** One problem in one rendered object. */
export interface ManifestProblem {
  readonly role: ManifestRole;
  /** Every rule here is one the API server enforces: the object would not be created. */
  readonly severity: 'error';
  readonly code: ManifestCheckCode;
  /** Kubernetes field path, e.g. `spec.template.spec.containers[0].resources.limits[cpu]`. */
  readonly field: string;
  /** The full text, as the API server words it (after `<Kind> "<name>" is invalid:`). */
  readonly message: string;
  /** JSON pointer of the offending node in the printed object (display lines included). */
  readonly pointer: string;
  /** Where the offending value came from (null when no input set it, e.g. a display line). */
  readonly origin: ValueOrigin | null;
}

/** A place in a manifest: its Kubernetes field path and its JSON pointer, built together. */
export interface FieldLocation {
  readonly field: string;
  readonly path: readonly (string | number)[];
}

export const ROOT: FieldLocation = { field: '', path: [] };

/** `.child(name)`: a struct field. */
export function child(at: FieldLocation, name: string): FieldLocation {
  return { field: at.field ? `${at.field}.${name}` : name, path: [...at.path, name] };
}

/** `.index(i)`: a list item. */
export function index(at: FieldLocation, i: number): FieldLocation {
  return { field: `${at.field}[${i}]`, path: [...at.path, i] };
}

/** `.key(k)`: a map entry (resource names in `limits`). */
export function key(at: FieldLocation, name: string): FieldLocation {
  return { field: `${at.field}[${name}]`, path: [...at.path, name] };
}

/** A problem before the object's role and the origin are attached. */
export interface RawProblem {
  readonly code: ManifestCheckCode;
  readonly at: FieldLocation;
  readonly message: string;
}

/** Go's `%q` for the ASCII a manifest holds; `%v` for numbers and booleans. */
function formatValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

export function invalid(
  code: ManifestCheckCode,
  at: FieldLocation,
  value: unknown,
  detail: string,
): RawProblem {
  return { code, at, message: `${at.field}: Invalid value: ${formatValue(value)}: ${detail}` };
}

export function required(code: ManifestCheckCode, at: FieldLocation, detail = ''): RawProblem {
  return { code, at, message: `${at.field}: Required value${detail ? `: ${detail}` : ''}` };
}

export function notFound(code: ManifestCheckCode, at: FieldLocation, value: string): RawProblem {
  return { code, at, message: `${at.field}: Not found: ${formatValue(value)}` };
}

export function duplicate(code: ManifestCheckCode, at: FieldLocation, value: string): RawProblem {
  return { code, at, message: `${at.field}: Duplicate value: ${formatValue(value)}` };
}

export function forbidden(code: ManifestCheckCode, at: FieldLocation, detail: string): RawProblem {
  return { code, at, message: `${at.field}: Forbidden: ${detail}` };
}

export function pointerOf(path: readonly (string | number)[]): string {
  return toJsonPointer(path);
}
