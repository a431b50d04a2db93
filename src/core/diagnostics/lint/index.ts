import type { FragmentName } from '../../schema';
import type { ConfigPath } from '../../source-range';
import type { LintFinding } from '../diagnostic';
import {
  isMap,
  listK8sBlocks,
  listK8sFragments,
  listTagFragments,
  type FragmentRef,
} from './config-walk';
import { lintDuplicateEnvNames, lintEnvVarEntries, lintVolumeMounts } from './env-volume-rules';
import {
  lintContainerSecurityContext,
  lintFragment,
  lintLabels,
  lintPullPolicy,
  lintResources,
} from './k8s-value-rules';
import {
  lintContainerContextKeys,
  lintLegacyLocations,
  lintLocationNames,
  lintMissingCodeSource,
  lintMissingImage,
  lintScope,
} from './location-rules';

/** Options of {@link lintDagsterCloudConfig}. */
export interface ConfigLintOptions {
  /**
   * Judge the config as part of a file that has a `container_context.k8s` block elsewhere
   * (the incremental pipeline checks one location on its own): only the missing-image rule
   * depends on whether the file uses Kubernetes.
   */
  readonly fileUsesK8s?: boolean;
}

/** Editor checks beyond what Dagster rejects: silent behaviour, later failures, likely mistakes. */
export function lintDagsterCloudConfig(
  config: unknown,
  options: ConfigLintOptions = {},
): LintFinding[] {
  const k8sFindings = listK8sBlocks(config).flatMap(({ k8s, path }) => [
    ...lintPullPolicy(k8s.image_pull_policy, [...path, 'image_pull_policy']),
    ...lintResources(k8s.resources, [...path, 'resources']),
    ...lintLabels(k8s.labels, [...path, 'labels']),
    ...lintContainerSecurityContext(k8s.security_context, [...path, 'security_context']),
    ...listK8sFragments(k8s, path).flatMap(lintFragment),
  ]);
  return [
    ...lintLegacyLocations(config),
    ...lintMissingImage(config, options.fileUsesK8s),
    ...lintMissingCodeSource(config),
    ...lintLocationNames(config),
    ...lintContainerContextKeys(config),
    ...lintScope(config),
    ...lintEnvVarEntries(config),
    ...lintDuplicateEnvNames(config),
    ...lintVolumeMounts(config),
    ...k8sFindings,
  ];
}

/** Editor checks for a `dagster-k8s/config` tag value. */
export function lintK8sConfigTag(tag: unknown): LintFinding[] {
  return listTagFragments(tag).flatMap(lintFragment);
}

const HELM_FRAGMENTS: Record<string, [FragmentName, string]> = {
  containerConfig: ['container_config', 'V1Container'],
  podSpecConfig: ['pod_spec_config', 'V1PodSpec'],
  podTemplateSpecMetadata: ['pod_template_spec_metadata', 'V1ObjectMeta'],
  jobSpecConfig: ['job_spec_config', 'V1JobSpec'],
  jobMetadata: ['job_metadata', 'V1ObjectMeta'],
  deploymentMetadata: ['deployment_metadata', 'V1ObjectMeta'],
  serviceMetadata: ['service_metadata', 'V1ObjectMeta'],
};

function helmFragments(block: unknown, path: ConfigPath, target: 'run' | 'server'): FragmentRef[] {
  if (!isMap(block)) return [];
  return Object.entries(block).flatMap(([key, value]): FragmentRef[] => {
    const known = HELM_FRAGMENTS[key];
    return known && isMap(value)
      ? [{ name: known[0], model: known[1], value, path: [...path, key], target }]
      : [];
  });
}

/** Editor checks for the agent's Helm values (helm-values.md §2, §8). */
export function lintAgentHelmValues(values: unknown): LintFinding[] {
  if (!isMap(values)) return [];
  const findings: LintFinding[] = [];
  if (isMap(values.dagsterCloud) && Object.hasOwn(values.dagsterCloud, 'workspace'))
    findings.push({
      severity: 'warning',
      path: ['dagsterCloud', 'workspace'],
      target: 'key',
      message:
        'The chart reads workspace at the top level of the values, not under dagsterCloud: these settings have no effect.',
      code: 'helm-nested-workspace',
    });
  const ws = values.workspace;
  if (!isMap(ws)) return findings;
  for (const key of ['envSecrets', 'envConfigMaps'])
    if (Array.isArray(ws[key]))
      (ws[key] as unknown[]).forEach((item, i) => {
        if (isMap(item) && Object.hasOwn(item, 'optional'))
          findings.push({
            severity: 'warning',
            path: ['workspace', key, i, 'optional'],
            target: 'key',
            message: `The chart drops "optional": this ${key === 'envSecrets' ? 'Secret' : 'ConfigMap'} is required, and runs fail to start without it (#27379).`,
            code: 'helm-optional-dropped',
          });
      });
  return [
    ...findings,
    ...lintResources(ws.resources, ['workspace', 'resources']),
    ...lintLabels(ws.labels, ['workspace', 'labels']),
    ...lintContainerSecurityContext(ws.securityContext, ['workspace', 'securityContext']),
    ...helmFragments(ws.runK8sConfig, ['workspace', 'runK8sConfig'], 'run').flatMap(lintFragment),
    ...helmFragments(ws.serverK8sConfig, ['workspace', 'serverK8sConfig'], 'server').flatMap(
      lintFragment,
    ),
  ];
}
