/** `ValidateObjectMeta` and `ValidateLabels` / `ValidateAnnotations`, as far as previews need. */
import type { JsonObject, JsonValue } from '../merge/types';
import { asMap } from './json-access';
import {
  validateDns1035Label,
  validateDns1123Label,
  validateDns1123Subdomain,
  validateLabelValue,
  validateQualifiedName,
} from './k8s-names';
import { containsPlaceholderToken } from './placeholder-tokens';
import { child, invalid, required, type FieldLocation, type RawProblem } from './problem';

/** How an object's `metadata.name` is validated (Service: DNS-1035 label; others: subdomain). */
export type NameRule = 'dns1123-subdomain' | 'dns1035-label';

/** The entry of a map-valued field: its field path is the map's, its pointer the entry's. */
function entryOf(at: FieldLocation, name: string): FieldLocation {
  return { field: at.field, path: [...at.path, name] };
}

/** `ValidateLabels`: every key a qualified name, every value a label value. */
export function checkLabels(labels: JsonValue | undefined, at: FieldLocation): RawProblem[] {
  const map = asMap(labels);
  if (!map) return [];
  const problems: RawProblem[] = [];
  for (const [name, value] of Object.entries(map)) {
    const entry = entryOf(at, name);
    for (const message of validateQualifiedName(name)) {
      problems.push(invalid('invalid-label-key', entry, name, message));
    }
    if (typeof value !== 'string' || containsPlaceholderToken(value)) continue;
    for (const message of validateLabelValue(value)) {
      problems.push(invalid('invalid-label-value', entry, value, message));
    }
  }
  return problems;
}

/** `ValidateAnnotations`: keys are qualified names once lowercased; values are free text. */
export function checkAnnotations(
  annotations: JsonValue | undefined,
  at: FieldLocation,
): RawProblem[] {
  const map = asMap(annotations);
  if (!map) return [];
  return Object.keys(map).flatMap((name) => {
    const entry = entryOf(at, name);
    return validateQualifiedName(name.toLowerCase()).map((message) =>
      invalid('invalid-annotation-key', entry, name, message),
    );
  });
}

/**
 * An object's (or pod template's) metadata: name and namespace when `nameRule` is given (pod
 * templates have neither checked), then labels and annotations.
 */
export function checkObjectMeta(
  metadata: JsonValue | undefined,
  at: FieldLocation,
  nameRule: NameRule | null,
): RawProblem[] {
  const meta: JsonObject = asMap(metadata) ?? {};
  const problems: RawProblem[] = [];
  if (nameRule) {
    const name = meta.name;
    const nameAt = child(at, 'name');
    if (typeof name !== 'string' || name === '') {
      problems.push(required('required-field', nameAt, 'name or generateName is required'));
    } else if (!containsPlaceholderToken(name)) {
      const rule = nameRule === 'dns1035-label' ? validateDns1035Label : validateDns1123Subdomain;
      for (const message of rule(name))
        problems.push(invalid('invalid-name', nameAt, name, message));
    }
    const namespace = meta.namespace;
    if (typeof namespace === 'string' && namespace !== '') {
      for (const message of validateDns1123Label(namespace)) {
        problems.push(invalid('invalid-name', child(at, 'namespace'), namespace, message));
      }
    }
  }
  problems.push(...checkLabels(meta.labels, child(at, 'labels')));
  problems.push(...checkAnnotations(meta.annotations, child(at, 'annotations')));
  return problems;
}
