import type { AgentSettings, DagsterConfigError, JsonObject, MergeNote } from '../merge/types';

export interface GateResult {
  readonly error?: DagsterConfigError;
  readonly notes: readonly MergeNote[];
}

function refuse(reason: string): GateResult {
  return {
    notes: [],
    error: {
      kind: 'dagster-config-error',
      errorType: 'Exception',
      message: `This agent would not serve this location: ${reason}`,
      stage: 'code-server-start',
    },
  };
}

/**
 * render-server.md §2 gates 1–2: does an agent with these Helm values serve the location's
 * code server at all? (Gate 3, the missing image, is the renderers' Dagster error.) When the
 * values name no deployment (chart default) the preview assumes the deployment is served.
 */
export function checkAgentServesLocation(
  settings: AgentSettings,
  deploymentName: string,
  location: JsonObject,
): GateResult {
  const notes: MergeNote[] = [];
  if (settings.deployments.length === 0) {
    notes.push({
      severity: 'info',
      message: `The Helm values name no dagsterCloud.deployments; the preview assumes this agent serves "${deploymentName}".`,
    });
  } else if (!settings.deployments.includes(deploymentName)) {
    if (!settings.branchDeployments) {
      return refuse(
        `the deployment "${deploymentName}" is not in dagsterCloud.deployments (${settings.deployments.join(', ')}) and dagsterCloud.branchDeployments is off.`,
      );
    }
    notes.push({
      severity: 'info',
      message: `"${deploymentName}" is not in dagsterCloud.deployments: this agent serves it only if it is a branch deployment.`,
    });
  }
  const queue = location.agent_queue;
  if (typeof queue === 'string' && queue !== '') {
    if (!settings.additionalQueues.includes(queue)) {
      return refuse(
        `its agent_queue "${queue}" is not in dagsterCloud.agentQueues.additionalQueues.`,
      );
    }
  } else if (!settings.includeDefaultQueue) {
    return refuse(
      'it has no agent_queue and dagsterCloud.agentQueues.includeDefaultQueue is false.',
    );
  }
  return { notes };
}
