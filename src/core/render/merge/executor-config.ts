/**
 * The `k8s_job_executor` layers of the step chain (merge.md §2.3, `dagster_k8s/executor.py`):
 * the executor's own fields (with `step_k8s_config` as their run config) and the per-op
 * override `per_step_k8s_config[<op name>]`.
 */
import type { ConfigPath } from '../../source-range';
import type { ConfigSpec } from './config-check';
import {
  buildContainerContext,
  TOP_LEVEL_FIELDS,
  type TracedContainerContext,
} from './container-context';
import { parseYamlInput } from './parse-text';
import { USER_DEFINED_K8S_JOB_CONFIG_SPEC } from './k8s-config-schema';
import { checkAndTrace } from './location-context';
import { emptyRawConfig, rawConfigFromTraced, type TracedRawConfig } from './raw-config';
import type { TracedMap, TracedNode } from './traced';
import type { MergeNote, OriginResolver, StepMergeInput } from './types';

export interface ExecutorLayers {
  readonly context: TracedContainerContext;
  readonly perStep: TracedRawConfig;
  readonly jobImage: string | null;
}

/** The executor config schema, permissive except for the raw-config keys Dagster types. */
const EXECUTOR_CONFIG_SPEC: ConfigSpec = {
  type: 'shape',
  permissive: true,
  fields: {
    step_k8s_config: USER_DEFINED_K8S_JOB_CONFIG_SPEC,
    per_step_k8s_config: { type: 'dict' },
    job_namespace: { type: 'noneable', inner: { type: 'string-source' } },
    job_image: { type: 'noneable', inner: { type: 'string-source' } },
  },
};

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Accepts the executor `config` itself or a run config with `execution: {config: …}`. */
function unwrapExecutorConfig(value: unknown): { config: unknown; prefix: ConfigPath } {
  if (!isMap(value) || !isMap(value.execution)) return { config: value ?? {}, prefix: [] };
  const execution = value.execution;
  if ('config' in execution)
    return { config: execution.config ?? {}, prefix: ['execution', 'config'] };
  const [name, inner] = Object.entries(execution)[0] ?? [];
  if (name !== undefined && isMap(inner) && 'config' in inner) {
    return { config: inner.config ?? {}, prefix: ['execution', name, 'config'] };
  }
  return { config: {}, prefix: [] };
}

function parseExecutorText(value: StepMergeInput['executorConfig']): unknown {
  if (typeof value !== 'string') return value ?? {};
  return parseYamlInput(value, 'The executor config is not valid YAML') ?? {};
}

/** Builds the executor layers; bare `KEY` env vars resolve from the run worker's environment. */
export function rawConfigFromExecutor(input: StepMergeInput, notes: MergeNote[]): ExecutorLayers {
  const { config, prefix } = unwrapExecutorConfig(parseExecutorText(input.executorConfig));
  const origin: OriginResolver = (path) => ({
    layer: 'executor',
    document: 'executor-config',
    path: [...prefix, ...path],
  });
  const environment = input.agentEnvironment ?? {};
  const checked = checkAndTrace(
    EXECUTOR_CONFIG_SPEC,
    config,
    'Error in config for job',
    origin,
    environment,
    notes,
  );
  const get = (key: string): TracedNode | undefined => checked.entries.get(key);
  const fields = new Map<string, TracedNode>();
  for (const key of TOP_LEVEL_FIELDS) {
    const node = key === 'namespace' ? get('job_namespace') : get(key);
    if (node && key !== 'env') fields.set(key, node);
  }
  const stepConfig = get('step_k8s_config');
  const context = buildContainerContext(
    {
      fields: { kind: 'map', entries: fields, origin: checked.origin },
      run: rawConfigFromTraced(stepConfig?.kind === 'map' ? stepConfig : undefined),
    },
    environment,
  );
  const jobImage = get('job_image');
  return {
    context,
    perStep: perStepConfig(get('per_step_k8s_config'), input.opName, origin, notes),
    jobImage: jobImage?.kind === 'scalar' && jobImage.value ? String(jobImage.value) : null,
  };
}

function perStepConfig(
  node: TracedNode | undefined,
  opName: string,
  origin: OriginResolver,
  notes: MergeNote[],
): TracedRawConfig {
  if (!node || node.kind !== 'map') return emptyRawConfig();
  const entry = node.entries.get(opName);
  if (!entry) return emptyRawConfig();
  const checked: TracedMap = checkAndTrace(
    USER_DEFINED_K8S_JOB_CONFIG_SPEC,
    untraceForCheck(entry),
    'Error in config for job',
    (path) => origin(['per_step_k8s_config', opName, ...path]),
    {},
    notes,
  );
  return rawConfigFromTraced(checked);
}

function untraceForCheck(node: TracedNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'list') return node.items.map(untraceForCheck);
  return Object.fromEntries([...node.entries].map(([k, v]) => [k, untraceForCheck(v)]));
}
