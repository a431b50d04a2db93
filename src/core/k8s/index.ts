/**
 * Kubernetes model tables and Dagster's model rules (merge.md §12–§13): checking user maps
 * against the models, normalizing keys and values as the agent does, and field-name helpers.
 */
export { K8S_API_VERSION, K8S_MODELS_PACKAGE } from './models.generated';
export { checkK8sModelValue } from './check';
export type { CheckK8sModelOptions } from './check';
export { normalizeK8sModelKeys, normalizeK8sModelValue } from './normalize';
export type { NormalizeK8sModelOptions } from './normalize';
export { K8sModelError } from './messages';
export type { K8sPythonErrorType } from './messages';
export type { K8sModelIssue, K8sModelIssueCode } from './types';
export { k8sFieldNames, k8sModelOfField, toCamelCase, toSnakeCase } from './field-names';
export type { K8sNaming } from './field-names';
export {
  findK8sField,
  findK8sModel,
  formatK8sFieldType,
  getK8sModel,
  listK8sModelNames,
} from './model-table';
export type { K8sField, K8sFieldType, K8sModel, K8sScalarKind } from './model-table';
export { PythonFloat, formatPythonRepr, formatPythonStr, setOwnValue } from './python-scalars';
