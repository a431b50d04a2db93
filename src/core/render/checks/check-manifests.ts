import { readPointer } from '../manifests/placeholders';
import { buildPrintedManifest } from '../manifests/serialize';
import type { RenderedManifest } from '../manifests/types';
import type { JsonObject, ValueOrigin } from '../merge/types';
import { asList, asMap, readString } from './json-access';
import { validateDns1123Label, validatePortNumber } from './k8s-names';
import { checkLabels, checkObjectMeta, type NameRule } from './metadata-checks';
import { checkPodSpec } from './pod-checks';
import {
  child,
  index,
  invalid,
  pointerOf,
  ROOT,
  type FieldLocation,
  type ManifestProblem,
  type RawProblem,
} from './problem';

const JOB_SPEC_COUNTS = [
  'parallelism',
  'completions',
  'activeDeadlineSeconds',
  'backoffLimit',
  'ttlSecondsAfterFinished',
];

/** `ValidateNonnegativeField` for the integer fields of a spec. */
function checkCounts(spec: JsonObject, at: FieldLocation, fields: readonly string[]): RawProblem[] {
  return fields.flatMap((field) => {
    const value = spec[field];
    return typeof value === 'number' && value < 0
      ? [invalid('negative-count', child(at, field), value, 'must be greater than or equal to 0')]
      : [];
  });
}

/** A Job or Deployment: metadata, pod template, and the spec's counts. */
function checkWorkload(object: JsonObject, counts: readonly string[]): RawProblem[] {
  const specAt = child(ROOT, 'spec');
  const templateAt = child(specAt, 'template');
  const spec = asMap(object.spec) ?? {};
  const template = asMap(spec.template) ?? {};
  return [
    ...checkObjectMeta(object.metadata, child(ROOT, 'metadata'), 'dns1123-subdomain'),
    ...checkCounts(spec, specAt, counts),
    ...checkObjectMeta(template.metadata, child(templateAt, 'metadata'), null),
    ...checkPodSpec(template.spec, child(templateAt, 'spec')),
  ];
}

/** The Service: name, ports and selector. */
function checkService(object: JsonObject): RawProblem[] {
  const nameRule: NameRule = 'dns1035-label';
  const specAt = child(ROOT, 'spec');
  const spec = asMap(object.spec) ?? {};
  const problems = checkObjectMeta(object.metadata, child(ROOT, 'metadata'), nameRule);
  asList(spec.ports).forEach((item, i) => {
    const port = asMap(item) ?? {};
    const itemAt = index(child(specAt, 'ports'), i);
    const name = readString(port, 'name');
    for (const message of name === '' ? [] : validateDns1123Label(name)) {
      problems.push(invalid('invalid-port', child(itemAt, 'name'), name, message));
    }
    if (typeof port.port === 'number') {
      for (const message of validatePortNumber(port.port)) {
        problems.push(invalid('invalid-port', child(itemAt, 'port'), port.port, message));
      }
    }
  });
  problems.push(...checkLabels(spec.selector, child(specAt, 'selector')));
  return problems;
}

/**
 * The origin of the value at `pointer`, or of the first leaf below it; for a missing field, the
 * same for its nearest ancestor (a container without `image`: where the container came from).
 */
function findOrigin(
  origins: ReadonlyMap<string, ValueOrigin>,
  pointer: string,
): ValueOrigin | null {
  for (let current = pointer; ; current = current.slice(0, current.lastIndexOf('/'))) {
    const exact = origins.get(current);
    if (exact) return exact;
    for (const [leaf, origin] of origins) if (leaf.startsWith(`${current}/`)) return origin;
    if (current === '') return null;
  }
}

/**
 * Checks one rendered object the way the Kubernetes API server (v1.34) validates it on create:
 * quantities and resource names, DNS-1123/1035 names (object, container, volume, port),
 * label and annotation syntax, required fields (container image, volume source) and volume
 * mounts that name no volume. Values holding a placeholder token (`<run-id>`, …) are exempt.
 * Each problem carries the API server's message and the origin of the offending value.
 */
export function checkRenderedManifest(manifest: RenderedManifest): ManifestProblem[] {
  const printed = buildPrintedManifest(manifest);
  const raw =
    manifest.role === 'service'
      ? checkService(printed)
      : checkWorkload(printed, manifest.role === 'deployment' ? ['replicas'] : JOB_SPEC_COUNTS);
  return raw.map((problem) => {
    const pointer = pointerOf(problem.at.path);
    // A display-only line (`metadata.namespace`) is not in the body: no input set it there.
    const displayOnly =
      readPointer(manifest.body, pointer) === undefined &&
      readPointer(printed, pointer) !== undefined;
    return {
      role: manifest.role,
      severity: 'error',
      code: problem.code,
      field: problem.at.field,
      message: problem.message,
      pointer,
      origin: displayOnly ? null : findOrigin(manifest.origins, pointer),
    };
  });
}

/** {@link checkRenderedManifest} for every object, in order. */
export function checkRenderedManifests(manifests: readonly RenderedManifest[]): ManifestProblem[] {
  return manifests.flatMap(checkRenderedManifest);
}
