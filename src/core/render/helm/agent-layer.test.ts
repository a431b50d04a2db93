import { describe, expect, it } from 'vitest';
import { generateConfigText } from '../../pipeline/fixtures/generate-config';
import { AGENT_HELM_VALUES_SNIPPET } from '../../templates';
import { renderLocation } from '../manifests/render-location';
import type { MergeResult } from '../merge/types';
import { buildAgentLayer, readAgentLayer, resolveAgentHelmValues } from './index';

function unwrap<T>(result: MergeResult<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('readAgentLayer', () => {
  it('builds the layer once per resolved values and release, equal to buildAgentLayer', () => {
    const resolved = unwrap(resolveAgentHelmValues(AGENT_HELM_VALUES_SNIPPET));
    const layer = readAgentLayer(resolved);
    expect(readAgentLayer(resolved, {})).toBe(layer);
    const built = unwrap(buildAgentLayer(resolved));
    // The launcher's origin resolver is a closure per build: compare what it resolves.
    expect(unwrap(layer).settings).toEqual(built.settings);
    expect(unwrap(layer).launcher.fields).toEqual(built.launcher.fields);
    expect(unwrap(layer).launcher.origin(['env_vars'])).toEqual(
      built.launcher.origin(['env_vars']),
    );
    expect(unwrap(layer).notes).toEqual(built.notes);
    const named = readAgentLayer(resolved, { releaseName: 'prod' });
    expect(named).not.toBe(layer);
    expect(unwrap(named).settings.fullname).toBe('prod-dagster-cloud-agent');
    expect(readAgentLayer(resolved, { releaseName: 'prod' })).toBe(named);
    expect(unwrap(readAgentLayer(resolved, { releaseNamespace: 'agents' })).settings).toEqual(
      unwrap(buildAgentLayer(resolved, { releaseNamespace: 'agents' })).settings,
    );
  });

  it('keeps renders with the same Helm values equal however often they run', () => {
    const configText = generateConfigText(4);
    const render = (locationName: string, helmValues: string | null) =>
      renderLocation({ configText, locationName, helmValues });
    const first = render('loc-1', AGENT_HELM_VALUES_SNIPPET);
    const firstYaml = first.yaml;
    // Other locations, other values and a step Job in between share the memoized agent side.
    render('loc-3', AGENT_HELM_VALUES_SNIPPET);
    renderLocation({
      configText,
      locationName: 'loc-1',
      helmValues: AGENT_HELM_VALUES_SNIPPET,
      opName: 'op',
    });
    render('loc-1', null);
    const again = render('loc-1', AGENT_HELM_VALUES_SNIPPET);
    expect(again).toEqual(first);
    expect(again.yaml).toBe(firstYaml);
    expect(firstYaml).toContain('DAGSTER_CLOUD_DEPLOYMENT_NAME');
  });
});
