import type { z } from 'zod';
import type { ConfigPath } from '../source-range';
import { dagsterCloudConfigSchema } from './dagster-cloud-config';
import { agentHelmValuesSchema } from './helm-values';
import { formatSchemaIssues, type IssueFormatOptions, type IssueVoice } from './issue-format';
import { k8sConfigTagSchema } from './k8s-config-tag';
import type { KeyContext } from './key-hints';
import {
  checkAgentHelmK8sModels,
  checkDagsterCloudK8sModels,
  checkK8sConfigTagModels,
} from './k8s-model-checks';
import type { SchemaProblem } from './problems';

/** Index of `container_context` in a path under a location (`locations.N.…`) or `defaults`. */
function containerContextIndex(path: ConfigPath): number | undefined {
  if (path[0] === 'locations' && typeof path[1] === 'number') return 2;
  if (path[0] === 'defaults') return 1;
  return undefined;
}

/**
 * Who reports a problem at `path` of dagster_cloud.yaml: the CLI's pydantic model for everything
 * it models, the agent's Dagster config system inside `container_context` (which the CLI takes
 * as an opaque dict).
 */
function dagsterCloudVoiceAt(path: ConfigPath): IssueVoice {
  const cc = containerContextIndex(path);
  if (cc === undefined || path[cc] !== 'container_context' || path.length <= cc + 1)
    return { kind: 'pydantic' };
  if (path[cc + 1] === 'k8s')
    return { kind: 'dagster-config', root: path.slice(0, cc + 2), stage: 'agent' };
  return { kind: 'dagster-config', root: path.slice(0, cc + 1), stage: 'agent' };
}

function dagsterCloudKeyContextAt(path: ConfigPath): KeyContext {
  if (path.length === 0) return 'root';
  if (path.length === 2 && path[0] === 'locations') return 'location';
  if (path.length === 1 && path[0] === 'defaults') return 'defaults';
  const last = path.at(-1);
  if (last === 'code_source') return 'code_source';
  if (last === 'k8s' && path.at(-2) === 'container_context') return 'k8s';
  return 'other';
}

function dagsterCloudModelAt(path: ConfigPath): string | undefined {
  if (path.length === 0) return 'DagsterCloudYaml';
  if (path.length === 2 && path[0] === 'locations') return 'Location';
  if (path.length === 1 && path[0] === 'defaults') return 'LocationDefaults';
  const last = path.at(-1);
  if (last === 'build') return 'Build';
  if (last === 'code_source') return 'CodeSource';
  return undefined;
}

function validateWith(schema: z.ZodType, value: unknown, options: IssueFormatOptions) {
  const result = schema.safeParse(value, { reportInput: true });
  return result.success ? [] : formatSchemaIssues(result.error.issues, options);
}

/**
 * Checks a parsed dagster_cloud.yaml and returns every problem with the message the real system
 * prints (`dagster-cloud ci check` for the file structure, the agent for `container_context`).
 */
export function validateDagsterCloudConfig(value: unknown): SchemaProblem[] {
  return [...validateDagsterCloudSchema(value), ...checkDagsterCloudK8sModels(value)];
}

/** The zod-schema part of {@link validateDagsterCloudConfig}, without the Kubernetes model pass. */
export function validateDagsterCloudSchema(value: unknown): SchemaProblem[] {
  return validateWith(dagsterCloudConfigSchema, value, {
    schema: dagsterCloudConfigSchema,
    voiceAt: dagsterCloudVoiceAt,
    keyContextAt: dagsterCloudKeyContextAt,
    pydanticModelAt: dagsterCloudModelAt,
  });
}

/** Checks a parsed `dagster-k8s/config` tag value as the run launcher does. */
export function validateK8sConfigTag(value: unknown): SchemaProblem[] {
  const problems = validateWith(k8sConfigTagSchema, value, {
    schema: k8sConfigTagSchema,
    voiceAt: () => ({ kind: 'dagster-config', root: [], stage: 'run-launch' }),
    keyContextAt: () => 'other',
  });
  return [...problems, ...checkK8sConfigTagModels(value)];
}

/** Checks parsed agent Helm values as the chart's values.schema.json (and the agent) would. */
export function validateAgentHelmValues(value: unknown): SchemaProblem[] {
  const problems = validateWith(agentHelmValuesSchema, value, {
    schema: agentHelmValuesSchema,
    voiceAt: () => ({ kind: 'helm' }),
    keyContextAt: () => 'other',
  });
  return [...problems, ...checkAgentHelmK8sModels(value)];
}
