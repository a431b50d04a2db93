import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { RenderLocationInput } from '../../core/render';
import {
  buildRenderInputs,
  type RenderInputsSnapshot,
  type RenderInputsStore,
} from '../../store/render-inputs';
import { useDocumentSelector } from '../shared/document-store-context';
import { renderPreview, type PreviewRender } from './render-preview';

/** Rendering takes ~100 ms: wait for a pause in typing rather than render every keystroke. */
const RENDER_DELAY_MS = 150;

/** The render-inputs store's current snapshot. */
export function useRenderInputs(store: RenderInputsStore): RenderInputsSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** The name of the location at `index` in a parsed config, when it has one. */
function readLocationName(config: unknown, index: number): string | undefined {
  if (config === null || typeof config !== 'object') return undefined;
  const locations = (config as { locations?: unknown }).locations;
  if (!Array.isArray(locations)) return undefined;
  const name = (locations[index] as { location_name?: unknown } | undefined)?.location_name;
  return typeof name === 'string' ? name : undefined;
}

interface Rendered {
  readonly key: string;
  readonly preview: PreviewRender;
}

/**
 * The preview of the selected location for the current text and render inputs. The first
 * result is computed at once; later ones after {@link RENDER_DELAY_MS} without changes, so
 * `pending` is true while the shown result is behind the inputs.
 */
export function usePreviewRender(inputs: RenderInputsSnapshot): {
  preview: PreviewRender;
  pending: boolean;
} {
  const text = useDocumentSelector((snapshot) => snapshot.text);
  const locationName = useDocumentSelector((snapshot) =>
    readLocationName(snapshot.config, snapshot.selectedLocation),
  );
  const extra = useMemo(() => buildRenderInputs(inputs), [inputs]);
  const input: RenderLocationInput = useMemo(
    () => ({ configText: text, locationName, ...extra }),
    [text, locationName, extra],
  );
  // Reveal requests also make a new inputs snapshot: key on what the render reads.
  const key = useMemo(() => JSON.stringify(input), [input]);
  const [rendered, setRendered] = useState<Rendered>(() => ({
    key,
    preview: renderPreview(input),
  }));

  useEffect(() => {
    if (rendered.key === key) return;
    const timer = window.setTimeout(() => {
      setRendered({ key, preview: renderPreview(input) });
    }, RENDER_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [key, input, rendered.key]);

  return { preview: rendered.preview, pending: rendered.key !== key };
}
