import type { JsonObject } from '../merge/types';
import { computeSha1Hex } from './hash';
import { formatPythonFloat, humanizeServerLabelValue } from './labels';
import { buildCodeServerResourceName } from './names';
import { PLACEHOLDERS } from './placeholders';

/** The per-spin-up values of a code server (placeholders P3–P5 by default). */
export interface CodeServerIdentityInput {
  readonly deploymentName: string;
  readonly locationName: string;
  /** P3: 6 hex characters; default `xxxxxx`. */
  readonly nameSuffix?: string;
  /** P4: the agent's UUID; default `<agent-id>`. */
  readonly agentId?: string;
  /** P5: a number is printed as Python `str(float)`; default `<server-timestamp>`. */
  readonly serverTimestamp?: number | string;
}

/** The shared name of the Deployment and the Service, and the agent's labels. */
export interface CodeServerIdentity {
  readonly resourceName: string;
  readonly agentLabels: JsonObject;
}

/**
 * The agent's resource name (render-server.md §4) and `_get_dagster_k8s_labels` (§6.1), in
 * order: `managed_by`, `location_hash` (SHA-1 of `<deployment>-<location>`, raw names),
 * `location_name`, `deployment_name` (both through the deleting `human()` function),
 * `agent_id`, `server_timestamp`.
 */
export function buildCodeServerIdentity(input: CodeServerIdentityInput): CodeServerIdentity {
  const timestamp = input.serverTimestamp ?? PLACEHOLDERS.serverTimestamp;
  return {
    resourceName: buildCodeServerResourceName(
      input.deploymentName,
      input.locationName,
      input.nameSuffix ?? PLACEHOLDERS.nameSuffix,
    ),
    agentLabels: {
      managed_by: 'K8sUserCodeLauncher',
      location_hash: computeSha1Hex(`${input.deploymentName}-${input.locationName}`),
      location_name: humanizeServerLabelValue(input.locationName),
      deployment_name: humanizeServerLabelValue(input.deploymentName),
      agent_id: input.agentId ?? PLACEHOLDERS.agentId,
      server_timestamp: typeof timestamp === 'number' ? formatPythonFloat(timestamp) : timestamp,
    },
  };
}
