import { describe, expect, it, vi } from 'vitest';
import { AGENT_HELM_VALUES_SNIPPET } from '../core/templates';
import { createRenderInputsStore, DEFAULT_RUN_CONTEXT } from './render-inputs';
import { createRenderInputsLayers } from './share-state-layers';
import { loadChecker } from './checker';

// The stores check their texts at once: the checker is loaded before any is created.
await loadChecker();

const RUN = {
  jobName: 'nightly',
  runId: 'r-1',
  tagText: 'container_config:\n  tty: true\n',
  opIsolation: true,
  executorConfigText: 'max_concurrent: 2\n',
  opName: 'load',
  opTagText: 'pod_spec_config: {}\n',
};

describe('createRenderInputsLayers', () => {
  it('reads the texts and the run settings of the render inputs', () => {
    const layers = createRenderInputsLayers(createRenderInputsStore());
    expect(layers.getLayers()).toEqual({
      helmValuesText: AGENT_HELM_VALUES_SNIPPET,
      runContext: {
        jobName: DEFAULT_RUN_CONTEXT.jobName,
        runId: '',
        tagText: '',
        opIsolation: false,
        executorConfigText: '',
        opName: DEFAULT_RUN_CONTEXT.opName,
        opTagText: '',
        deploymentName: 'prod',
      },
      tab: 'run',
    });
  });

  it('restores the deployment name and the preview tab, and keeps them when a layer has none', () => {
    const store = createRenderInputsStore();
    const layers = createRenderInputsLayers(store);
    layers.setLayers({ runContext: { ...RUN, deploymentName: 'staging' }, tab: 'deployment' });
    expect(store.getSnapshot().deploymentName).toBe('staging');
    expect(store.getSnapshot().previewTab).toBe('deployment');
    // A link made before the deployment name was carried keeps the app's.
    layers.setLayers({ runContext: RUN });
    expect(layers.getLayers()).toEqual({
      helmValuesText: AGENT_HELM_VALUES_SNIPPET,
      runContext: { ...RUN, deploymentName: 'staging' },
      tab: 'deployment',
    });
  });

  it('writes them back exactly, broken YAML included', () => {
    const store = createRenderInputsStore();
    const layers = createRenderInputsLayers(store);
    const broken = { ...RUN, tagText: 'container_config: [\n' };
    layers.setLayers({ helmValuesText: 'workspace: {}\r\n', runContext: broken });
    expect(layers.getLayers()).toEqual({
      helmValuesText: 'workspace: {}\r\n',
      runContext: { ...broken, deploymentName: 'prod' },
      tab: 'run',
    });
    expect(store.getSnapshot().inputs['run-tag'].stale).toBe(true);
  });

  it('keeps what the layers leave out', () => {
    const store = createRenderInputsStore({ 'run-tag': 'a: 1\n' });
    const layers = createRenderInputsLayers(store);
    layers.setLayers({ helmValuesText: '' });
    expect(layers.getLayers().runContext?.tagText).toBe('a: 1\n');
    layers.setLayers({ runContext: RUN });
    expect(layers.getLayers().helmValuesText).toBe('');
  });

  it('notifies on text and setting changes, not on reveal requests', () => {
    const store = createRenderInputsStore({ 'run-tag': 'a: 1\n' });
    const listener = vi.fn();
    const unsubscribe = createRenderInputsLayers(store).subscribe(listener);
    store.requestReveal('run-tag', ['a']);
    expect(listener).not.toHaveBeenCalled();
    store.setText('run-tag', 'a: 2\n');
    store.setRunContext({ jobName: 'other' });
    store.setRunContext({ deploymentName: 'staging' });
    store.setPreviewTab('all');
    store.setPreviewTab('all');
    expect(listener).toHaveBeenCalledTimes(4);
    unsubscribe();
    store.setText('run-tag', 'a: 3\n');
    expect(listener).toHaveBeenCalledTimes(4);
  });
});
