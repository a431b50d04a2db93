/**
 * Unit-level access to Dagster's `K8sContainerContext` (examples R3–R5 build contexts and merge
 * them directly, without a launcher): build a context from a `container_context` or from
 * `k8s`-shaped fields, merge two, switch a run config's merge behavior, and read the result.
 */
import { mergeContainerContexts, type TracedContainerContext } from './container-context';
import { runDagsterStage } from './errors';
import { finalizeContext } from './finalize';
import { K8S_CONTAINER_CONTEXT_SPEC } from './k8s-config-schema';
import {
  buildContextFromK8sFields,
  checkAndTrace,
  createContextFromLocation,
} from './location-context';
import type {
  AgentEnvironment,
  MergeBehavior,
  MergedContainerContext,
  MergeResult,
  MergeTarget,
  OriginResolver,
} from './types';

/** An opaque built context. */
export interface ContainerContextHandle {
  readonly kind: 'container-context';
  readonly context: TracedContainerContext;
}

const wrap = (context: TracedContainerContext): ContainerContextHandle => ({
  kind: 'container-context',
  context,
});

/** `K8sContainerContext.create_from_config(containerContext)` (merge.md §3.4). */
export function contextFromContainerContext(
  containerContext: unknown,
  origin: OriginResolver,
  environment: AgentEnvironment = {},
): MergeResult<ContainerContextHandle> {
  return runDagsterStage('run-launch', () =>
    wrap(createContextFromLocation({ containerContext, origin }, environment, [])),
  );
}

/** `K8sContainerContext(**fields)` from `k8s`-shaped fields (`env_vars`, `run_k8s_config`, …). */
export function contextFromK8sConfig(
  fields: unknown,
  origin: OriginResolver,
  environment: AgentEnvironment = {},
): MergeResult<ContainerContextHandle> {
  return runDagsterStage('run-launch', () => {
    const checked = checkAndTrace(
      K8S_CONTAINER_CONTEXT_SPEC,
      fields ?? {},
      'Errors while parsing k8s container context',
      origin,
      environment,
      [],
    );
    return wrap(buildContextFromK8sFields(checked, environment));
  });
}

/** `a.merge(b)` (merge.md §5). */
export function mergeContexts(
  a: ContainerContextHandle,
  b: ContainerContextHandle,
): MergeResult<ContainerContextHandle> {
  return runDagsterStage('run-launch', () => wrap(mergeContainerContexts(a.context, b.context)));
}

/** Replaces the merge behavior of a built context's run config (what the R4 test does). */
export function withRunMergeBehavior(
  handle: ContainerContextHandle,
  mergeBehavior: MergeBehavior,
): ContainerContextHandle {
  return wrap({
    ...handle.context,
    run: { ...handle.context.run, mergeBehavior, mergeBehaviorOrigin: null },
  });
}

/** The renderer's view of a built context for `target`. */
export function contextToMerged(
  handle: ContainerContextHandle,
  target: MergeTarget,
): MergedContainerContext {
  return finalizeContext({ target, context: handle.context, droppedEnvVars: [], notes: [] });
}
