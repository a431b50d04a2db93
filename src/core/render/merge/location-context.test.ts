import { describe, expect, it } from 'vitest';
import { applyLocationDefaults, locationLayerFromDefaults } from './defaults';
import { createContextFromLocation } from './location-context';
import type { MergeNote } from './types';

function firstLocation(value: unknown) {
  const result = applyLocationDefaults(value);
  if (!result.ok) throw new Error(result.error.message);
  const location = result.value.locations[0];
  if (!location) throw new Error('no location');
  return location;
}

describe('createContextFromLocation', () => {
  const value = {
    locations: [
      {
        location_name: 'a',
        container_context: {
          env_vars: ['SHARED=1'],
          k8s: { env_vars: ['TOKEN'], namespace: { env: 'TEAM_NS' } },
        },
      },
    ],
  };

  it('builds once per layer and environment, adding its notes for every caller', () => {
    const location = firstLocation(value);
    const layer = locationLayerFromDefaults(location);
    expect(locationLayerFromDefaults(location)).toBe(layer);
    const environment = { TOKEN: 'secret', TEAM_NS: 'team' };
    const first: MergeNote[] = [];
    const second: MergeNote[] = [{ severity: 'info', message: 'earlier' }];
    const context = createContextFromLocation(layer, environment, first);
    expect(createContextFromLocation(layer, environment, second)).toBe(context);
    expect(first).toEqual([
      {
        severity: 'info',
        message:
          "TEAM_NS is read from the agent's environment (value taken from the simulated agent env).",
        origin: {
          layer: 'location',
          document: 'dagster-cloud-yaml',
          path: ['locations', 0, 'container_context', 'k8s', 'namespace'],
          agentEnv: { key: 'TEAM_NS', resolved: true },
        },
      },
    ]);
    expect(second).toEqual([{ severity: 'info', message: 'earlier' }, ...first]);
    // Another environment, or a fresh layer of the same location value, builds its own.
    const other = createContextFromLocation(layer, {}, []);
    expect(other).not.toBe(context);
    const fresh = createContextFromLocation(
      { containerContext: layer.containerContext, origin: layer.origin },
      environment,
      [],
    );
    expect(fresh).not.toBe(context);
    expect(fresh).toEqual(context);
    expect(context.namespace?.value).toBe('team');
  });
});
