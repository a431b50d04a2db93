import { useCallback, useDeferredValue, useMemo, useSyncExternalStore } from 'react';
import { planAnalyzedRender, type ConfigAnalysis } from '../../core/pipeline';
import {
  buildRenderInputs,
  type RenderInputsSnapshot,
  type RenderInputsStore,
} from '../../store/render-inputs';
import type { DocumentSnapshot } from '../../store';
import { useDocumentStore } from '../shared/document-store-context';
import { renderAnalyzedPreview, type PreviewRender } from './render-preview';

/** The render-inputs store's current snapshot. */
export function useRenderInputs(store: RenderInputsStore): RenderInputsSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** The snapshot's analysis: the app mounts the preview only once the store's checker has loaded. */
function analysisOf(snapshot: DocumentSnapshot): ConfigAnalysis {
  if (!snapshot.analysis) throw new Error('usePreviewRender: the document is not analysed yet');
  return snapshot.analysis;
}

/**
 * The preview of the selected location for the current text and render inputs.
 *
 * It renders from the store's per-location analysis (`snapshot.analysis`): only the selected
 * location's own chunk, memoized on that chunk's parse and the inputs, so a keystroke in the
 * selected location costs one location's render (no parse of the whole text, no delay) and a
 * keystroke anywhere else costs a lookup and re-renders nothing. The store subscription
 * selects the preview itself, so the pane re-renders only when the preview changes.
 *
 * An analysis of the whole text (anchors, Jinja and other layouts the chunking leaves alone)
 * renders from the whole parse; that render waits for React's idle time (`pending` is true while
 * the shown preview is behind the text), so typing stays ahead of it.
 */
export function usePreviewRender(inputs: RenderInputsSnapshot): {
  preview: PreviewRender;
  pending: boolean;
} {
  const store = useDocumentStore();
  const extra = useMemo(() => buildRenderInputs(inputs), [inputs]);
  // Reveal requests also make a new inputs snapshot: key on what the render reads.
  const extraKey = useMemo(() => JSON.stringify(extra), [extra]);
  const render = useCallback(
    (analysis: ConfigAnalysis, selected: number) =>
      renderAnalyzedPreview(planAnalyzedRender(analysis, selected), extra, extraKey),
    [extra, extraKey],
  );

  const { subscribe, getSnapshot } = store;
  const chunked = useSyncExternalStore(
    subscribe,
    () => analysisOf(getSnapshot()).mode === 'chunked',
  );
  // Selecting the (memoized) preview, not the analysis: an unchanged preview is the same object.
  const current = useSyncExternalStore(subscribe, () => {
    const snapshot = getSnapshot();
    return chunked ? render(analysisOf(snapshot), snapshot.selectedLocation) : null;
  });
  const whole = useSyncExternalStore(subscribe, () => (chunked ? null : getSnapshot()));
  const deferred = useDeferredValue(whole);
  // Just after a switch from chunked, nothing older is at hand: render at once.
  const late = useMemo(() => {
    const snapshot = whole && (deferred ?? whole);
    return snapshot ? render(analysisOf(snapshot), snapshot.selectedLocation) : null;
  }, [deferred, whole, render]);
  const preview = current ?? late;
  if (!preview) throw new Error('usePreviewRender: no analysis to render');
  return { preview, pending: whole !== null && deferred !== whole };
}
