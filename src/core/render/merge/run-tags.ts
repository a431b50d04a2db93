/**
 * `get_user_defined_k8s_config` (config-schema.md §12): the `dagster-k8s/config` tag (and the
 * legacy `dagster-k8s/resource_requirements` tag) as a raw run config layer.
 */
import { checkAndTrace } from './location-context';
import { RESOURCE_REQUIREMENTS_SPEC, USER_DEFINED_K8S_JOB_CONFIG_SPEC } from './k8s-config-schema';
import { raiseDagsterError } from './errors';
import { parseYamlText } from '../../yaml';
import {
  NOTE_LEGACY_RESOURCE_REQUIREMENTS,
  NOTE_TAG_NOT_JSON,
  infoNote,
  warningNote,
} from './notes';
import { emptyRawConfig, rawConfigFromTraced, type TracedRawConfig } from './raw-config';
import { tracedMap, type TracedMap } from './traced';
import type { LayerId, MergeNote, SourceDocument, TextOrValue } from './types';

export const USER_DEFINED_K8S_CONFIG_KEY = 'dagster-k8s/config';
export const K8S_RESOURCE_REQUIREMENTS_KEY = 'dagster-k8s/resource_requirements';

/**
 * Reads a tag value the way Dagster does (`json.loads`). As a convenience for the editor and CLI,
 * YAML is accepted too, with a warning that Dagster would reject it.
 */
export function parseTagValue(value: TextOrValue, tagKey: string, notes: MergeNote[]): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch (jsonError) {
    const parsed = parseYamlText(value);
    if (parsed.problems.some((p) => p.severity === 'error' && p.code !== 'DUPLICATE_KEY')) {
      return raiseDagsterError(
        'ValueError',
        `The ${tagKey} tag is not valid JSON: ${(jsonError as Error).message}`,
      );
    }
    notes.push(warningNote(NOTE_TAG_NOT_JSON));
    return parsed.value;
  }
}

export interface TagLayerInput {
  readonly configTag?: TextOrValue;
  readonly resourceRequirementsTag?: TextOrValue;
  /** `run-tag` for runs, `op-tag` for steps. */
  readonly layer: Extract<LayerId, 'run-tag' | 'op-tag'>;
  readonly document: Extract<SourceDocument, 'run-tag' | 'op-tag'>;
}

function isAbsent(value: TextOrValue): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

/** The tag layer's raw config; empty (DEEP) when neither tag is set. */
export function rawConfigFromTags(input: TagLayerInput, notes: MergeNote[]): TracedRawConfig {
  if (isAbsent(input.configTag) && isAbsent(input.resourceRequirementsTag)) {
    return emptyRawConfig();
  }
  let config: TracedMap = tracedMap([], { layer: input.layer, document: input.document, path: [] });
  if (!isAbsent(input.configTag)) {
    config = checkAndTrace(
      USER_DEFINED_K8S_JOB_CONFIG_SPEC,
      parseTagValue(input.configTag, USER_DEFINED_K8S_CONFIG_KEY, notes),
      `Error in tags for ${USER_DEFINED_K8S_CONFIG_KEY}`,
      (path) => ({ layer: input.layer, document: input.document, path }),
      {},
      notes,
    );
  }
  if (!isAbsent(input.resourceRequirementsTag)) {
    const resources = checkAndTrace(
      RESOURCE_REQUIREMENTS_SPEC,
      parseTagValue(input.resourceRequirementsTag, K8S_RESOURCE_REQUIREMENTS_KEY, notes),
      `Error in tags for ${K8S_RESOURCE_REQUIREMENTS_KEY}`,
      (path) => ({ layer: input.layer, document: 'resource-requirements-tag', path }),
      {},
      notes,
    );
    notes.push(infoNote(NOTE_LEGACY_RESOURCE_REQUIREMENTS, resources.origin));
    // merge_dicts(container_config, {"resources": ...}): a shallow overwrite of one key.
    const container = config.entries.get('container_config');
    const containerEntries = new Map(container?.kind === 'map' ? container.entries : []);
    containerEntries.set('resources', resources);
    const entries = new Map(config.entries);
    entries.set(
      'container_config',
      tracedMap(containerEntries, container?.origin ?? resources.origin),
    );
    config = { ...config, entries };
  }
  return rawConfigFromTraced(config);
}
