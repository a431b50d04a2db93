import { setOwnValue } from '../../k8s';
import type { JsonObject, JsonValue } from '../merge/types';

function isMap(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function envString(value: JsonValue | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The agent process's environment as far as the Helm values define it: `dagsterCloudAgent.env`,
 * either a map (`KEY: value`) or a list of Kubernetes `EnvVar`s (`{name, value}`). Entries that
 * take their value from elsewhere (`valueFrom`) are unknown and left out, so a bare `KEY` that
 * refers to them still shows the P8 placeholder.
 */
export function agentEnvironmentFromHelm(values: JsonObject): Record<string, string> {
  const agent = values.dagsterCloudAgent;
  const env = isMap(agent) ? agent.env : undefined;
  const out: Record<string, string> = {};
  if (isMap(env)) {
    for (const [key, value] of Object.entries(env)) setOwnValue(out, key, envString(value));
  } else if (Array.isArray(env)) {
    for (const item of env) {
      if (isMap(item) && typeof item.name === 'string' && 'value' in item) {
        setOwnValue(out, item.name, envString(item.value));
      }
    }
  }
  return out;
}
