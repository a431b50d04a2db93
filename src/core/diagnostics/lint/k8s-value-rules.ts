import type { ConfigPath } from '../../source-range';
import type { LintFinding } from '../diagnostic';
import { findK8sField, isMap, type FragmentRef, type Json } from './config-walk';

/**
 * Rules about raw Kubernetes values that Dagster passes through unchecked and the API server (or
 * Dagster itself, silently) treats differently from what the user wrote (config-schema.md §14.6).
 */

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];

/** `image_pull_policy: Sometimes`: Dagster accepts any string; Kubernetes does not. */
export function lintPullPolicy(value: unknown, path: ConfigPath): LintFinding[] {
  if (typeof value !== 'string' || PULL_POLICIES.includes(value)) return [];
  const match = PULL_POLICIES.find((p) => p.toLowerCase() === value.toLowerCase());
  return [
    {
      severity: 'warning',
      path,
      target: 'value',
      message: `Unsupported value: "${value}": supported values: "Always", "IfNotPresent", "Never"`,
      code: 'image-pull-policy',
      stage: 'kubernetes-api',
      hint: match
        ? `Write ${match} (values are case-sensitive).`
        : 'Dagster accepts any string here; the Kubernetes API server rejects the pod.',
    },
  ];
}

const QUANTITY = /^[+-]?(\d+(\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;

/** Resource quantities (`cpu: 500m`, `memory: 2Gi`) in a `resources` map. */
export function lintResources(resources: unknown, path: ConfigPath): LintFinding[] {
  if (!isMap(resources)) return [];
  return ['limits', 'requests'].flatMap((section) => {
    const amounts = resources[section];
    if (!isMap(amounts)) return [];
    return Object.entries(amounts).flatMap(([name, amount]): LintFinding[] => {
      if (typeof amount === 'number' || typeof amount !== 'string' || QUANTITY.test(amount))
        return [];
      return [
        {
          severity: 'warning',
          path: [...path, section, name],
          target: 'value',
          message: `quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`,
          code: 'invalid-quantity',
          stage: 'kubernetes-api',
          hint: `"${amount}" is not a Kubernetes quantity; write e.g. 500m or 1 for CPU, 512Mi or 2Gi for memory.`,
        },
      ];
    });
  });
}

const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function isValidLabelKey(key: string): boolean {
  const slash = key.lastIndexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (prefix !== undefined && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))) return false;
  return name.length <= 63 && LABEL_NAME.test(name);
}

function isValidLabelValue(value: string): boolean {
  return value === '' || (value.length <= 63 && LABEL_NAME.test(value));
}

/** Label keys and values the API server would reject (Dagster sanitizes only its own labels). */
export function lintLabels(labels: unknown, path: ConfigPath): LintFinding[] {
  if (!isMap(labels)) return [];
  return Object.entries(labels).flatMap(([key, value]): LintFinding[] => {
    const findings: LintFinding[] = [];
    if (!isValidLabelKey(key))
      findings.push({
        severity: 'warning',
        path: [...path, key],
        target: 'key',
        message: `Invalid label key "${key}": a name of at most 63 letters, digits, '-', '_' or '.' (starting and ending with a letter or digit), optionally after a DNS subdomain prefix and '/'`,
        code: 'invalid-label-key',
        stage: 'kubernetes-api',
      });
    if (typeof value === 'string' && !isValidLabelValue(value))
      findings.push({
        severity: 'warning',
        path: [...path, key],
        target: 'value',
        message: `Invalid label value "${value}": at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit`,
        code: 'invalid-label-value',
        stage: 'kubernetes-api',
      });
    return findings;
  });
}

const POD_ONLY_SECURITY = [
  'fs_group',
  'fs_group_change_policy',
  'supplemental_groups',
  'supplemental_groups_policy',
  'sysctls',
];
const CONTAINER_ONLY_SECURITY = [
  'allow_privilege_escalation',
  'capabilities',
  'privileged',
  'proc_mount',
  'read_only_root_filesystem',
];

function misplacedSecurityKeys(
  context: unknown,
  path: ConfigPath,
  keys: readonly string[],
  where: string,
): LintFinding[] {
  if (!isMap(context)) return [];
  return keys.flatMap((snake): LintFinding[] => {
    const field = findK8sField(context, snake);
    if (!field) return [];
    return [
      {
        severity: 'info',
        path: [...path, field[0]],
        target: 'key',
        message: `${field[0]} is not a setting of this securityContext: it belongs in ${where}.`,
        code: 'security-context-level',
      },
    ];
  });
}

/** A container securityContext holding pod-only keys (the `k8s.security_context` trap). */
export function lintContainerSecurityContext(context: unknown, path: ConfigPath): LintFinding[] {
  return misplacedSecurityKeys(
    context,
    path,
    POD_ONLY_SECURITY,
    "the POD's securityContext: run_k8s_config.pod_spec_config.security_context and/or server_k8s_config.pod_spec_config.security_context",
  );
}

/** Rules for one raw fragment (location, defaults or tag). */
export function lintFragment(fragment: FragmentRef): LintFinding[] {
  const { value, path } = fragment;
  if (fragment.name === 'container_config') return lintContainerFragment(fragment);
  if (fragment.name === 'pod_spec_config') {
    const security = findK8sField(value, 'security_context');
    const findings = security
      ? misplacedSecurityKeys(
          security[1],
          [...path, security[0]],
          CONTAINER_ONLY_SECURITY,
          "the CONTAINER's securityContext: container_config.security_context (or k8s.security_context)",
        )
      : [];
    return [...findings, ...lintHardAffinity(fragment)];
  }
  if (fragment.model === 'V1ObjectMeta') {
    const labels = findK8sField(value, 'labels');
    return labels ? lintLabels(labels[1], [...path, labels[0]]) : [];
  }
  return [];
}

function lintContainerFragment({ value, path, target }: FragmentRef): LintFinding[] {
  const findings: LintFinding[] = [];
  const field = (snake: string) => findK8sField(value, snake);
  const pull = field('image_pull_policy');
  if (pull) findings.push(...lintPullPolicy(pull[1], [...path, pull[0]]));
  const resources = field('resources');
  if (resources) findings.push(...lintResources(resources[1], [...path, resources[0]]));
  const security = field('security_context');
  if (security) findings.push(...lintContainerSecurityContext(security[1], [...path, security[0]]));
  const args = field('args');
  if (args)
    findings.push({
      severity: 'warning',
      path: [...path, args[0]],
      target: 'key',
      message:
        target === 'run'
          ? 'Dagster overwrites the args of the run container ([dagster, api, execute_run, …]): this value is ignored.'
          : "Dagster sets the code server's args ([dagster, api, grpc]): this value is ignored.",
      code: 'user-args-ignored',
      stage: 'agent',
    });
  const image = field('image');
  if (image && target === 'server')
    findings.push({
      severity: 'warning',
      path: [...path, image[0]],
      target: 'key',
      message: "The code server always runs the location's image: this value is ignored.",
      code: 'server-image-ignored',
      stage: 'agent',
    });
  const command = field('command');
  if (command && target === 'server')
    findings.push({
      severity: 'warning',
      path: [...path, command[0]],
      target: 'key',
      message:
        "command replaces the image entrypoint of the code server; Dagster's args (dagster api grpc) still follow it.",
      code: 'server-command',
    });
  return findings;
}

const HARD_AFFINITY = 'required_during_scheduling_ignored_during_execution';

/** Hard affinity on code servers: Pending pods that fail to reload (user-needs.md #14). */
function lintHardAffinity({ value, path, target }: FragmentRef): LintFinding[] {
  const affinity = findK8sField(value, 'affinity');
  if (target !== 'server' || !affinity || !isMap(affinity[1])) return [];
  const kinds = affinity[1] as Json;
  return ['node_affinity', 'pod_affinity', 'pod_anti_affinity'].flatMap((kind): LintFinding[] => {
    const block = findK8sField(kinds, kind);
    const hard = block && isMap(block[1]) ? findK8sField(block[1], HARD_AFFINITY) : undefined;
    if (!block || !hard) return [];
    return [
      {
        severity: 'info',
        path: [...path, affinity[0], block[0], hard[0]],
        target: 'key',
        message:
          'A hard scheduling rule on the code server: when no node fits (after a scale-down or eviction) the code server stays Pending and the location fails to reload. Consider preferredDuringSchedulingIgnoredDuringExecution.',
        code: 'server-hard-affinity',
      },
    ];
  });
}
