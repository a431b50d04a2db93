import { isMap, isScalar, type Document, type Node } from 'yaml';
import { parseYamlText, type ParsedYaml } from '../../yaml';
import type { DefaultsMergeOutput, LocationWithDefaults } from '../merge';
import type { DagsterConfigError, JsonObject, MergeResult } from '../merge/types';
import type { CodeServerLocation } from './grpc-env';
import { dumpPythonJson, PythonJsonError, toPythonJsonData } from './python-json';

/** The config as `renderLocation` reads it: plain value, and the YAML document when from text. */
export interface ConfigSource {
  readonly value: unknown;
  readonly document: Document | null;
}

function configError(message: string): DagsterConfigError {
  return { kind: 'dagster-config-error', errorType: 'Exception', message, stage: 'ci-template' };
}

/**
 * Reads `dagster_cloud.yaml` (text, or text the caller already parsed with src/core/yaml) the
 * way Dagster's CLI does (YAML 1.1). A file
 * PyYAML would not load is an error here too (its first problem's message).
 */
export function readConfigSource(input: string | ParsedYaml): MergeResult<ConfigSource> {
  const parsed = typeof input === 'string' ? parseYamlText(input) : input;
  const problem = parsed.problems.find((item) => item.severity === 'error');
  if (problem) {
    const { line, column } = problem.range.start;
    return { ok: false, error: configError(`${problem.message} (line ${line}, column ${column})`) };
  }
  return { ok: true, value: { value: parsed.value, document: parsed.document } };
}

/** The location to render: by name, else the first one. Dagster's CLI names the missing one. */
export function pickLocation(
  defaults: DefaultsMergeOutput,
  locationName: string | undefined,
): MergeResult<LocationWithDefaults> {
  const { locations } = defaults;
  const found =
    locationName === undefined
      ? locations[0]
      : locations.find((location) => location.locationName === locationName);
  if (found) return { ok: true, value: found };
  const names = locations.map((location) => location.locationName ?? '?').join(', ');
  const message =
    locationName === undefined
      ? 'The file has no locations to render.'
      : `Location ${locationName} not found in the file (locations: ${names || 'none'}).`;
  return { ok: false, error: configError(message) };
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The location fields the code server's args and env read (render-server.md §3). */
export function toCodeServerLocation(location: LocationWithDefaults): CodeServerLocation {
  const value = location.value;
  const source = value.code_source;
  const codeSource =
    source !== null && typeof source === 'object' && !Array.isArray(source)
      ? {
          python_file: str(source.python_file),
          module_name: str(source.module_name),
          package_name: str(source.package_name),
          autoload_defs_module_name: str(source.autoload_defs_module_name),
        }
      : null;
  return {
    locationName: location.locationName ?? '',
    image: str(value.image),
    codeSource,
    workingDirectory: str(value.working_directory),
    executablePath: str(value.executable_path),
    attribute: str(value.attribute),
  };
}

/** The YAML node of `locations[index].container_context`, when the text has one. */
function findContainerContextNode(document: Document, index: number): Node | undefined {
  const node = document.getIn(['locations', index, 'container_context'], true);
  return isMap(node) || isScalar(node) ? (node as Node) : undefined;
}

/**
 * `DAGSTER_CONTAINER_CONTEXT`: Python `json.dumps` of the location's container context as
 * stored. From the YAML node when `defaults:` did not change it (so `1.0` stays a float), else
 * from the merged value. `{}` when there is none.
 */
export function dumpContainerContextJson(
  source: ConfigSource,
  location: LocationWithDefaults,
  defaultsApplied: boolean,
): MergeResult<string> {
  const value = location.value.container_context as JsonObject | null | undefined;
  if (value === null || value === undefined) return { ok: true, value: '{}' };
  const document = source.document;
  const node =
    !defaultsApplied && document ? findContainerContextNode(document, location.index) : undefined;
  try {
    const data = node
      ? toPythonJsonData(node, (alias) =>
          (alias as { resolve(doc: Document): unknown }).resolve(document!),
        )
      : value;
    return { ok: true, value: dumpPythonJson(data) };
  } catch (error) {
    if (!(error instanceof PythonJsonError)) throw error;
    return {
      ok: false,
      error: {
        kind: 'dagster-config-error',
        errorType: 'Exception',
        message: error.message,
        stage: 'code-server-start',
      },
    };
  }
}
