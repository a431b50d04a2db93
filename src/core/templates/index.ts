export { AGENT_HELM_VALUES_SNIPPET } from './agent-helm-values';
export type { ConfigTemplate } from './config-template';
export { CONFIG_TEMPLATES, findConfigTemplate } from './config-templates';
export { EXAMPLE_CONFIG_TEXT } from './example-config';
export { formatRunTagAsPythonSnippet } from './format-run-tag';
