/**
 * The merge engine (spec merge.md): layers → one merged container context per target.
 *
 * Typical use (the renderer's `renderLocation`):
 * 1. `resolveAgentHelmValues(text)` then `buildAgentLayer(resolved)` (src/core/render/helm), or
 *    `buildRunLauncherLayer(config)` for an OSS launcher;
 * 2. `applyLocationDefaults(parsedConfig)` and `locationLayerFromDefaults(location)`;
 * 3. `mergeRunContainerContext` / `mergeCodeServerContainerContext` / `mergeStepContainerContext`.
 * Every step returns `MergeResult`: a value, or the `DagsterConfigError` Dagster would raise.
 */
export * from './types';
export {
  mergeCodeServerContainerContext,
  mergeRunContainerContext,
  mergeStepContainerContext,
} from './chains';
export {
  applyLocationDefaults,
  locationLayerFromDefaults,
  NOTE_DEFAULTS_DEPLOY_PATHS,
} from './defaults';
export type { DefaultsMergeOutput, LocationWithDefaults } from './defaults';
export { agentEnvPlaceholder, missingEnvVarMessage, parseEnvVar } from './env-vars';
export type { ParsedEnvVar } from './env-vars';
export { buildRunLauncherLayer } from './run-launcher';
export { findOrigin } from './origins';
export {
  contextFromContainerContext,
  contextFromK8sConfig,
  contextToMerged,
  mergeContexts,
  withRunMergeBehavior,
} from './unit';
export type { ContainerContextHandle } from './unit';
export { dagsterOrigin } from './origins';
export * from './notes';
export { createDagsterConfigError } from './errors';
