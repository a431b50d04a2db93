import { describe, expect, it, vi } from 'vitest';
import { collectHelmValuesDiagnostics, collectTagDiagnostics } from '../core/diagnostics';
import { AGENT_HELM_VALUES_SNIPPET } from '../core/templates';
import { parseYamlText, rangeFromOffsets } from '../core/yaml';
import { buildRenderInputs, createRenderInputsStore } from './render-inputs';
import { loadChecker } from './checker';

// The stores check their texts at once: the checker is loaded before any is created.
await loadChecker();

const TAG = 'container_config:\n  resources:\n    limits: {cpu: "2"}\n';

describe('createRenderInputsStore', () => {
  it('starts with the agent snippet as Helm values and the default run context', () => {
    const snapshot = createRenderInputsStore().getSnapshot();
    expect(snapshot.inputs['helm-values']).toEqual({
      text: AGENT_HELM_VALUES_SNIPPET,
      problems: collectHelmValuesDiagnostics(AGENT_HELM_VALUES_SNIPPET),
      goodText: AGENT_HELM_VALUES_SNIPPET,
      value: parseYamlText(AGENT_HELM_VALUES_SNIPPET).value,
      stale: false,
    });
    expect(snapshot.inputs['run-tag']).toEqual({
      text: '',
      problems: [],
      goodText: '',
      value: null,
      stale: false,
    });
    expect({ ...snapshot, inputs: undefined }).toEqual({
      deploymentName: 'prod',
      jobName: 'my_job',
      runId: '',
      opIsolation: false,
      opName: 'my_op',
      inputs: undefined,
      reveal: null,
      previewTab: 'run',
    });
  });

  it('keeps the chosen preview tab and notifies only when it changes', () => {
    const store = createRenderInputsStore({ previewTab: 'deployment' });
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.getSnapshot().previewTab).toBe('deployment');
    store.setPreviewTab('deployment');
    expect(listener).not.toHaveBeenCalled();
    store.setPreviewTab('all');
    expect(store.getSnapshot().previewTab).toBe('all');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('reads each text with its own diagnostics and notifies once per change', () => {
    const store = createRenderInputsStore();
    const listener = vi.fn();
    store.subscribe(listener);
    const badTag = 'container_config:\n  resoucres: {}\n';
    store.setText('run-tag', badTag);
    store.setText('run-tag', badTag);
    expect(listener).toHaveBeenCalledTimes(1);
    const tag = store.getSnapshot().inputs['run-tag'];
    expect(tag.problems).toEqual(collectTagDiagnostics(badTag));
    expect(tag.problems.length).toBeGreaterThan(0);
    expect(tag.value).toEqual({ container_config: { resoucres: {} } });
  });

  it('keeps the last good text and value while a text has YAML errors', () => {
    const store = createRenderInputsStore();
    store.setText('run-tag', TAG);
    store.setText('run-tag', `${TAG}  env: [\n`);
    const tag = store.getSnapshot().inputs['run-tag'];
    expect(tag.stale).toBe(true);
    expect(tag.text).toBe(`${TAG}  env: [\n`);
    expect(tag.goodText).toBe(TAG);
    expect(tag.value).toEqual({ container_config: { resources: { limits: { cpu: '2' } } } });
    expect(tag.problems.some((problem) => problem.severity === 'error')).toBe(true);
  });

  it('updates run-context settings and ignores patches that change nothing', () => {
    const store = createRenderInputsStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.setRunContext({ jobName: 'my_job' });
    expect(listener).not.toHaveBeenCalled();
    store.setRunContext({ jobName: 'nightly_etl', opIsolation: true });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().jobName).toBe('nightly_etl');
    expect(store.getSnapshot().opIsolation).toBe(true);
  });

  it('numbers reveal requests and selects the key and value of the path', () => {
    const store = createRenderInputsStore({ 'run-tag': TAG });
    store.requestReveal('run-tag', ['container_config', 'resources', 'limits', 'cpu']);
    store.requestReveal('run-tag', ['container_config', 'resources', 'limits', 'cpu']);
    const lineIndex = parseYamlText(TAG).lineIndex;
    const start = TAG.indexOf('cpu');
    expect(store.getSnapshot().reveal).toEqual({
      document: 'run-tag',
      path: ['container_config', 'resources', 'limits', 'cpu'],
      range: rangeFromOffsets(lineIndex, start, start + 'cpu: "2"'.length),
      sequence: 2,
    });
  });

  it('falls back to the nearest existing ancestor for a reveal', () => {
    const store = createRenderInputsStore({ 'run-tag': TAG });
    store.requestReveal('run-tag', ['container_config', 'env', 0]);
    const reveal = store.getSnapshot().reveal!;
    expect(reveal.path).toEqual(['container_config']);
    expect(reveal.range.start.offset).toBe(0);
  });
});

describe('buildRenderInputs', () => {
  it('passes the Helm text, the tag value and the run settings; no step inputs by default', () => {
    const store = createRenderInputsStore({ 'run-tag': TAG, runId: ' abc ' });
    expect(buildRenderInputs(store.getSnapshot())).toEqual({
      helmValues: AGENT_HELM_VALUES_SNIPPET,
      deploymentName: 'prod',
      jobName: 'my_job',
      runId: 'abc',
      runTag: { container_config: { resources: { limits: { cpu: '2' } } } },
    });
  });

  it('adds the executor config, op name and op tag with op isolation on', () => {
    const store = createRenderInputsStore({
      'helm-values': '',
      'op-tag': 'pod_spec_config: {node_selector: {gpu: "true"}}\n',
      opIsolation: true,
      opName: ' ',
      jobName: '',
    });
    expect(buildRenderInputs(store.getSnapshot())).toEqual({
      helmValues: '',
      deploymentName: 'prod',
      jobName: 'my_job',
      runId: undefined,
      runTag: undefined,
      executorConfig: {},
      opName: 'my_op',
      opTags: { pod_spec_config: { node_selector: { gpu: 'true' } } },
    });
  });
});
