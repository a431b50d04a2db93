import type { ShareRunContext } from '../core/share';
import type { RenderInputsSnapshot, RenderInputsStore } from './render-inputs';
import type { SessionLayers, SessionLayersPort } from './share-state';

/** The layers as the render-inputs store holds them: its texts as typed, not its last good values. */
export function readRenderInputsLayers(snapshot: RenderInputsSnapshot): SessionLayers {
  const { inputs } = snapshot;
  const runContext: ShareRunContext = {
    jobName: snapshot.jobName,
    runId: snapshot.runId,
    tagText: inputs['run-tag'].text,
    opIsolation: snapshot.opIsolation,
    executorConfigText: inputs['executor-config'].text,
    opName: snapshot.opName,
    opTagText: inputs['op-tag'].text,
    deploymentName: snapshot.deploymentName,
  };
  return { helmValuesText: inputs['helm-values'].text, runContext, tab: snapshot.previewTab };
}

function sameLayers(a: SessionLayers, b: SessionLayers): boolean {
  if (a.helmValuesText !== b.helmValuesText || a.tab !== b.tab) return false;
  const runA = a.runContext;
  const runB = b.runContext;
  if (!runA || !runB) return runA === runB;
  return (Object.keys(runA) as (keyof ShareRunContext)[]).every((key) => runA[key] === runB[key]);
}

/**
 * Lets share links and the autosave read and restore the render-inputs store (Helm values, run
 * context with the deployment name, and the preview tab). Listeners hear only changes of
 * those: the store's reveal requests are views.
 */
export function createRenderInputsLayers(store: RenderInputsStore): SessionLayersPort {
  return {
    getLayers: () => readRenderInputsLayers(store.getSnapshot()),
    setLayers({ helmValuesText, runContext, tab }) {
      if (helmValuesText !== undefined) store.setText('helm-values', helmValuesText);
      if (tab !== undefined) store.setPreviewTab(tab);
      if (runContext === undefined) return;
      store.setText('run-tag', runContext.tagText);
      store.setText('executor-config', runContext.executorConfigText);
      store.setText('op-tag', runContext.opTagText);
      store.setRunContext({
        jobName: runContext.jobName,
        runId: runContext.runId,
        opIsolation: runContext.opIsolation,
        opName: runContext.opName,
        // An older link or record has no deployment name: the app keeps its own.
        ...(runContext.deploymentName === undefined
          ? {}
          : { deploymentName: runContext.deploymentName }),
      });
    },
    subscribe(listener) {
      let seen = readRenderInputsLayers(store.getSnapshot());
      return store.subscribe(() => {
        const next = readRenderInputsLayers(store.getSnapshot());
        if (sameLayers(seen, next)) return;
        seen = next;
        listener();
      });
    },
  };
}
