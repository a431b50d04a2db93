/**
 * Kubernetes checks on rendered manifests (issue 5): what the API server would reject when the
 * agent creates the objects, with its own messages, for the preview and the problems list.
 */
export { checkRenderedManifest, checkRenderedManifests } from './check-manifests';
export type { ManifestCheckCode, ManifestProblem } from './problem';
export { toManifestDiagnostics } from './to-diagnostics';
export type { ManifestDiagnosticsOptions } from './to-diagnostics';
export { describeValueOrigin, LAYER_LABELS } from './describe-origin';
export { parseK8sQuantity, QUANTITY_FORMAT_ERROR, QUANTITY_SUFFIX_ERROR } from './quantity';
export type { QuantityResult } from './quantity';
export {
  validateDns1035Label,
  validateDns1123Label,
  validateDns1123Subdomain,
  validateLabelValue,
  validatePortName,
  validateQualifiedName,
} from './k8s-names';
export { containsPlaceholderToken } from './placeholder-tokens';
