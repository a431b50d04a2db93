import { K8S_CONTAINER_CONTEXT_KEYS } from '../../../core/schema';
import type { ConfigPath } from '../../../core/source-range';
import { isConfigPathWithin } from './config-read';
import type { FieldDiagnostic } from './field-diagnostics';

/**
 * The keys the form has a field for, at each level of a location (relative paths, `*` for any
 * key). A diagnostic below one of these is shown on that field; any other one (an unknown key,
 * a problem on the location itself) would have no field to show it, so the form lists it at
 * the top of the location.
 */
const LOCATION_FIELDS: readonly ConfigPath[] = [
  ...[
    'location_name',
    'image',
    'code_source',
    'working_directory',
    'executable_path',
    'attribute',
    'agent_queue',
  ].map((key) => [key]),
  ['build', 'directory'],
  ['build', 'registry'],
  ['container_context', 'env_vars'],
  ...K8S_CONTAINER_CONTEXT_KEYS.map((key) => ['container_context', 'k8s', key]),
];

/** `defaults` has no fields for the keys only a location may set. */
const LOCATION_ONLY = new Set(['location_name', 'code_source', 'attribute']);
const DEFAULTS_FIELDS = LOCATION_FIELDS.filter((field) => !LOCATION_ONLY.has(String(field[0])));

/** Diagnostics inside the location (or `defaults`) at `basePath` that no form field shows. */
export function selectUnplacedDiagnostics<D extends FieldDiagnostic>(
  diagnostics: readonly D[],
  basePath: ConfigPath,
  isDefaults = false,
): D[] {
  const fields = isDefaults ? DEFAULTS_FIELDS : LOCATION_FIELDS;
  return diagnostics.filter(
    (diagnostic) =>
      isConfigPathWithin(diagnostic.path, basePath) &&
      !fields.some((field) => isConfigPathWithin(diagnostic.path, [...basePath, ...field])),
  );
}

/** Diagnostics about the file as a whole or the `locations` list itself (not one location). */
export function selectFileDiagnostics<D extends FieldDiagnostic>(diagnostics: readonly D[]): D[] {
  return diagnostics.filter(
    (diagnostic) =>
      diagnostic.path.length === 0 ||
      (diagnostic.path[0] === 'locations' && diagnostic.path.length === 1) ||
      (diagnostic.path[0] !== 'locations' && diagnostic.path[0] !== 'defaults'),
  );
}
