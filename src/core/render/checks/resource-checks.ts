/**
 * `ValidateContainerResourceRequirements` (Kubernetes v1.34 `pkg/apis/core/validation`): resource
 * names, quantities, requests against limits, and the whole-number rule of extended resources
 * such as `nvidia.com/gpu`.
 */
import type { JsonValue } from '../merge/types';
import { asMap } from './json-access';
import { validateQualifiedName } from './k8s-names';
import { parseK8sQuantity } from './quantity';
import { child, invalid, key, required, type FieldLocation, type RawProblem } from './problem';

const STANDARD_CONTAINER_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage']);

/** `standardResources` of `pkg/apis/core/helper` (names without a `/` that Kubernetes knows). */
const STANDARD_RESOURCES = new Set([
  'cpu',
  'memory',
  'ephemeral-storage',
  'requests.cpu',
  'requests.memory',
  'requests.ephemeral-storage',
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
  'pods',
  'quota',
  'services',
  'replicationcontrollers',
  'resourcequotas',
  'secrets',
  'persistentvolumeclaims',
  'storage',
  'requests.storage',
  'services.nodeports',
  'services.loadbalancers',
]);

function isHugePages(name: string): boolean {
  return name.startsWith('hugepages-');
}

/** `IsNativeResource`: no domain, or the `kubernetes.io/` domain. */
function isNative(name: string): boolean {
  return !name.includes('/') || name.includes('kubernetes.io/');
}

/** `IsExtendedResourceName`: a domain other than kubernetes.io (GPUs, devices). */
function isExtended(name: string): boolean {
  return !isNative(name) && !name.startsWith('requests.');
}

/** `IsOvercommitAllowed`: requests may stay below limits. */
function isOvercommitAllowed(name: string): boolean {
  return isNative(name) && !isHugePages(name);
}

/** `validateContainerResourceName`. */
function checkResourceName(name: string, at: FieldLocation): RawProblem[] {
  const qualified = validateQualifiedName(name);
  if (qualified.length > 0) {
    return qualified.map((message) => invalid('invalid-resource-name', at, name, message));
  }
  const problems: RawProblem[] = [];
  if (!name.includes('/')) {
    if (!STANDARD_RESOURCES.has(name) && !isHugePages(name)) {
      problems.push(
        invalid(
          'invalid-resource-name',
          at,
          name,
          'must be a standard resource type or fully qualified',
        ),
      );
    }
    if (!STANDARD_CONTAINER_RESOURCES.has(name) && !isHugePages(name)) {
      problems.push(
        invalid('invalid-resource-name', at, name, 'must be a standard resource for containers'),
      );
    }
  }
  return problems;
}

type Amounts = Map<string, { text: string; value: number }>;

/** One section (`limits` or `requests`): names and quantities; returns the parsed amounts. */
function checkSection(
  section: JsonValue | undefined,
  at: FieldLocation,
  problems: RawProblem[],
): Amounts {
  const amounts: Amounts = new Map();
  for (const [name, raw] of Object.entries(asMap(section) ?? {})) {
    const entry = key(at, name);
    problems.push(...checkResourceName(name, entry));
    if (typeof raw !== 'string' && typeof raw !== 'number') continue;
    const text = String(raw);
    const parsed = parseK8sQuantity(raw);
    if (!parsed.ok) {
      problems.push(invalid('invalid-quantity', entry, text, parsed.message));
      continue;
    }
    if (parsed.value < 0) {
      problems.push(
        invalid('negative-quantity', entry, text, 'must be greater than or equal to 0'),
      );
    }
    if (isExtended(name) && !Number.isInteger(Math.round(parsed.value * 1e6) / 1e6)) {
      problems.push(invalid('extended-resource', entry, text, 'must be an integer'));
    }
    amounts.set(name, { text, value: parsed.value });
  }
  return amounts;
}

/**
 * A container's `resources`. Values are shown as the user wrote them (Kubernetes would print
 * its canonical form, e.g. `2` for `2000m`).
 */
export function checkResources(resources: JsonValue | undefined, at: FieldLocation): RawProblem[] {
  const map = asMap(resources);
  if (!map) return [];
  const problems: RawProblem[] = [];
  const limitsAt = child(at, 'limits');
  const requestsAt = child(at, 'requests');
  const limits = checkSection(map.limits, limitsAt, problems);
  const requests = checkSection(map.requests, requestsAt, problems);
  for (const [name, request] of requests) {
    // The problem points at the request's line; Kubernetes names the whole `requests` field.
    const where = { field: requestsAt.field, path: [...requestsAt.path, name] };
    const limit = limits.get(name);
    if (limit && request.value !== limit.value && !isOvercommitAllowed(name)) {
      problems.push(
        invalid(
          'extended-resource',
          where,
          request.text,
          `must be equal to ${name} limit of ${limit.text}`,
        ),
      );
    } else if (limit && request.value > limit.value) {
      problems.push(
        invalid(
          'request-over-limit',
          where,
          request.text,
          `must be less than or equal to ${name} limit of ${limit.text}`,
        ),
      );
    } else if (!limit && !isOvercommitAllowed(name)) {
      const missing = { field: limitsAt.field, path: where.path };
      problems.push(
        required(
          'extended-resource',
          missing,
          'Limit must be set for non overcommitable resources',
        ),
      );
    }
  }
  return problems;
}
