/** The agent (Helm) layer: chart 1.8.13 values → agent settings and the agent side of the merge. */
export { agentEnvironmentFromHelm } from './agent-env';
export { buildAgentLayer, chartFullname, readAgentLayer } from './agent-layer';
export type { AgentLayerOptions } from './agent-layer';
export {
  CHART_DAGSTER_HOME,
  CHART_NAME,
  CHART_VERSION,
  chartDefaultValues,
} from './chart-defaults';
export { resolveAgentHelmValues } from './helm-values';
export type { ResolvedHelmValues } from './helm-values';
export { RESERVED_ENV_VAR_NAMES } from './reserved-env';
