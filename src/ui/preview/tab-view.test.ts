import { describe, expect, it } from 'vitest';
import { renderLocation, renderManifestsYaml } from '../../core/render';
import { renderPreview } from './render-preview';
import { buildTabView, listTabs } from './tab-view';

const CONFIG = `locations:
  - location_name: data etl
    image: repo/etl:1
    code_source:
      package_name: etl
    container_context:
      k8s:
        resources:
          limits: {cpu: lots}
`;

describe('tab views', () => {
  it('offers the step tab only when a step Job is rendered', () => {
    expect(listTabs(renderPreview({ configText: CONFIG }))).toEqual([
      'run',
      'deployment',
      'service',
      'all',
    ]);
    expect(listTabs(renderPreview({ configText: CONFIG, opName: 'a' }))).toEqual([
      'run',
      'step',
      'deployment',
      'service',
      'all',
    ]);
  });

  it('gives each tab its objects, YAML, checks and file name', () => {
    const preview = renderPreview({ configText: CONFIG });
    const manifests = renderLocation({ configText: CONFIG }).manifests;
    const all = buildTabView(preview, 'all');
    expect(all.yaml).toBe(renderManifestsYaml(manifests));
    expect(all.fileName).toBe('data-etl-manifests.yaml');
    expect(all.problems.map((p) => `${p.role} ${p.field}`)).toEqual([
      'deployment spec.template.spec.containers[0].resources.limits[cpu]',
      'run spec.template.spec.containers[0].resources.limits[cpu]',
    ]);
    const run = buildTabView(preview, 'run');
    expect(run.manifests).toEqual([manifests[2]]);
    expect(run.yaml).toBe(renderManifestsYaml([manifests[2]!]));
    expect(run.fileName).toBe('data-etl-run-job.yaml');
    expect(run.errors).toEqual([]);
    expect(buildTabView(preview, 'service').problems).toEqual([]);
  });

  it('lists the errors of the objects that fail', () => {
    const preview = renderPreview({ configText: CONFIG, runTag: { container_config: 3 } });
    const run = buildTabView(preview, 'run');
    expect(run.manifests).toEqual([]);
    expect(run.yaml).toBe('');
    expect(run.errors.map((e) => [e.role, e.error.stage])).toEqual([['run', 'run-launch']]);
    expect(buildTabView(preview, 'all').errors.map((e) => e.role)).toEqual(['run']);
    expect(buildTabView(preview, 'all').manifests.map((m) => m.role)).toEqual([
      'deployment',
      'service',
    ]);
  });
});
