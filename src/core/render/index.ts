/**
 * The render engine's public entry (issue 4): `renderLocation` for the preview pane and the
 * CLI, the per-object renderers, Dagster's `construct_dagster_k8s_job`, and the YAML printer.
 * The merge engine (./merge) and the agent layer (./helm) sit underneath.
 */
export { renderLocation } from './manifests/render-location';
// From the leaf module, so that importing a default does not import the renderer.
export {
  DEFAULT_DEPLOYMENT_NAME,
  DEFAULT_JOB_NAME,
  DEFAULT_OP_NAME,
} from './manifests/default-names';
export type {
  PlaceholderValues,
  RenderKind,
  RenderLocationInput,
  RenderLocationResult,
} from './manifests/render-location';
export { renderRunJob, findDeploymentNameLabel } from './manifests/run-job';
export type { RunJobInput } from './manifests/run-job';
export { renderStepJob, NO_STEP_IMAGE_MESSAGE } from './manifests/step-job';
export type { StepJobInput } from './manifests/step-job';
export {
  renderCodeServerDeployment,
  renderCodeServerService,
  NO_IMAGE_MESSAGE,
} from './manifests/code-server';
export type { CodeServerInput } from './manifests/code-server';
export type { CodeServerLocation } from './manifests/grpc-env';
export { constructDagsterK8sJob, DEFAULT_DAGSTER_VERSION } from './manifests/construct-job';
export type {
  ConstructDagsterK8sJobParams,
  ConstructedJob,
  DagsterK8sJobConfig,
} from './manifests/construct-job';
export { renderManifestsYaml, buildPrintedManifest } from './manifests/serialize';
export type { ManifestsYamlOptions } from './manifests/serialize';
export { PLACEHOLDERS, PLACEHOLDER_COMMENTS } from './manifests/placeholders';
export type { PlaceholderId } from './manifests/placeholders';
export {
  sanitizeRunLabelValue,
  humanizeServerLabelValue,
  isValidLabelValue,
} from './manifests/labels';
export {
  buildCodeServerResourceName,
  buildRunJobName,
  buildStepJobName,
  checkJobNameLengths,
} from './manifests/names';
export { DAGSTER_ORIGIN, toJsonPointer } from './manifests/origins';
export type { ManifestMark, ManifestRole, RenderedManifest, RenderResult } from './manifests/types';
export type {
  DagsterConfigError,
  LayerId,
  MergeNote,
  SourceDocument,
  ValueOrigin,
} from './merge/types';
