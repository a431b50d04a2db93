/** `ValidatePodSpec` (Kubernetes v1.34), for the rules a Dagster config can break. */
import type { JsonObject, JsonValue } from '../merge/types';
import { asList, asMap, readString } from './json-access';
import {
  validateDns1123Label,
  validateDns1123Subdomain,
  validateDns1123SubdomainPrefix,
  validatePortName,
  validatePortNumber,
} from './k8s-names';
import { checkLabels } from './metadata-checks';
import { containsPlaceholderToken } from './placeholder-tokens';
import {
  child,
  duplicate,
  forbidden,
  index,
  invalid,
  notFound,
  required,
  type FieldLocation,
  type RawProblem,
} from './problem';
import { checkResources } from './resource-checks';

/** Required fields of the volume sources users write most (`validate*VolumeSource`). */
const SOURCE_REQUIRED_FIELDS: Readonly<Record<string, string>> = {
  configMap: 'name',
  secret: 'secretName',
  persistentVolumeClaim: 'claimName',
  hostPath: 'path',
};

/** `validateVolumeSource`: exactly one source, and that source's required field. */
function checkVolumeSource(volume: JsonObject, at: FieldLocation): RawProblem[] {
  const sources = Object.keys(volume).filter((field) => field !== 'name');
  const [source, ...extra] = sources;
  if (source === undefined) return [required('volume-source', at, 'must specify a volume type')];
  const problems = extra.map((name) =>
    forbidden('volume-source', child(at, name), 'may not specify more than 1 volume type'),
  );
  if (Object.hasOwn(SOURCE_REQUIRED_FIELDS, source)) {
    const field = SOURCE_REQUIRED_FIELDS[source]!;
    if (readString(asMap(volume[source]) ?? {}, field) === '') {
      problems.push(required('volume-source', child(child(at, source), field)));
    }
  }
  return problems;
}

/**
 * `validateVolumes`: one source each, DNS-1123 names, no duplicates. Returns the names of the
 * volumes without problems: as in Kubernetes, a mount of a volume with a problem is "Not found".
 */
function checkVolumes(spec: JsonObject, at: FieldLocation, problems: RawProblem[]): Set<string> {
  const names = new Set<string>();
  asList(spec.volumes).forEach((item, i) => {
    const volume = asMap(item) ?? {};
    const itemAt = index(at, i);
    const nameAt = child(itemAt, 'name');
    const name = readString(volume, 'name');
    const own = checkVolumeSource(volume, itemAt);
    if (name === '') own.push(required('required-field', nameAt));
    else
      own.push(...validateDns1123Label(name).map((m) => invalid('invalid-name', nameAt, name, m)));
    if (names.has(name)) own.push(duplicate('duplicate-name', nameAt, name));
    if (own.length === 0) names.add(name);
    problems.push(...own);
  });
  return names;
}

/** `ValidateVolumeMounts`: each mount names a volume, has a path, and paths are unique. */
function checkVolumeMounts(
  mounts: JsonValue | undefined,
  at: FieldLocation,
  volumes: ReadonlySet<string>,
): RawProblem[] {
  const problems: RawProblem[] = [];
  const paths = new Set<string>();
  asList(mounts).forEach((item, i) => {
    const mount = asMap(item) ?? {};
    const itemAt = index(at, i);
    const name = readString(mount, 'name');
    if (name === '') problems.push(required('required-field', child(itemAt, 'name')));
    else if (!volumes.has(name)) {
      problems.push(notFound('unknown-volume', child(itemAt, 'name'), name));
    }
    const mountPath = readString(mount, 'mountPath');
    const pathAt = child(itemAt, 'mountPath');
    if (mountPath === '') problems.push(required('required-field', pathAt));
    else if (paths.has(mountPath)) {
      problems.push(invalid('duplicate-mount-path', pathAt, mountPath, 'must be unique'));
    }
    paths.add(mountPath);
  });
  return problems;
}

/** `validateContainerPorts`. */
function checkContainerPorts(ports: JsonValue | undefined, at: FieldLocation): RawProblem[] {
  const problems: RawProblem[] = [];
  const names = new Set<string>();
  asList(ports).forEach((item, i) => {
    const port = asMap(item) ?? {};
    const itemAt = index(at, i);
    const name = readString(port, 'name');
    if (name !== '') {
      const messages = validatePortName(name);
      for (const message of messages) {
        problems.push(invalid('invalid-port', child(itemAt, 'name'), name, message));
      }
      if (messages.length === 0 && names.has(name)) {
        problems.push(duplicate('duplicate-name', child(itemAt, 'name'), name));
      }
      names.add(name);
    }
    const number = port.containerPort;
    const numberAt = child(itemAt, 'containerPort');
    if (number === undefined || number === 0) problems.push(required('required-field', numberAt));
    else if (typeof number === 'number') {
      for (const message of validatePortNumber(number)) {
        problems.push(invalid('invalid-port', numberAt, number, message));
      }
    }
  });
  return problems;
}

/** `validateEnvFrom`: ConfigMap and Secret names (a trailing `-` is allowed, as a prefix). */
function checkEnvFrom(envFrom: JsonValue | undefined, at: FieldLocation): RawProblem[] {
  return asList(envFrom).flatMap((item, i) => {
    const source = asMap(item) ?? {};
    return ['configMapRef', 'secretRef'].flatMap((ref) => {
      const reference = asMap(source[ref]);
      if (!reference) return [];
      const name = readString(reference, 'name');
      if (name === '' || containsPlaceholderToken(name)) return [];
      const nameAt = child(child(index(at, i), ref), 'name');
      return validateDns1123SubdomainPrefix(name).map((message) =>
        invalid('invalid-reference-name', nameAt, name, message),
      );
    });
  });
}

/** One container: name, image, resources, ports, mounts, envFrom. */
function checkContainer(
  container: JsonObject,
  at: FieldLocation,
  volumes: ReadonlySet<string>,
  names: Set<string>,
): RawProblem[] {
  const problems: RawProblem[] = [];
  const nameAt = child(at, 'name');
  const name = readString(container, 'name');
  if (name === '') problems.push(required('required-field', nameAt));
  else {
    const messages = validateDns1123Label(name);
    for (const message of messages) problems.push(invalid('invalid-name', nameAt, name, message));
    if (names.has(name)) problems.push(duplicate('duplicate-name', nameAt, name));
    names.add(name);
  }
  if (readString(container, 'image') === '') {
    problems.push(required('required-field', child(at, 'image')));
  }
  problems.push(...checkResources(container.resources, child(at, 'resources')));
  problems.push(...checkContainerPorts(container.ports, child(at, 'ports')));
  problems.push(...checkVolumeMounts(container.volumeMounts, child(at, 'volumeMounts'), volumes));
  problems.push(...checkEnvFrom(container.envFrom, child(at, 'envFrom')));
  return problems;
}

/** A pod spec (`spec.template.spec` of a Job or Deployment). */
export function checkPodSpec(podSpec: JsonValue | undefined, at: FieldLocation): RawProblem[] {
  const spec = asMap(podSpec) ?? {};
  const problems: RawProblem[] = [];
  const volumes = checkVolumes(spec, child(at, 'volumes'), problems);
  const names = new Set<string>();
  // Containers first: Kubernetes reports an init container that reuses a container's name.
  for (const list of ['containers', 'initContainers']) {
    asList(spec[list]).forEach((item, i) => {
      const itemAt = index(child(at, list), i);
      problems.push(...checkContainer(asMap(item) ?? {}, itemAt, volumes, names));
    });
  }
  const account = readString(spec, 'serviceAccountName');
  if (account !== '' && !containsPlaceholderToken(account)) {
    const accountAt = child(at, 'serviceAccountName');
    for (const message of validateDns1123Subdomain(account)) {
      problems.push(invalid('invalid-reference-name', accountAt, account, message));
    }
  }
  problems.push(...checkLabels(spec.nodeSelector, child(at, 'nodeSelector')));
  return problems;
}
