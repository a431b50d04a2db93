import type { ShareRunContext, ShareState } from '../core/share';
import type { DocumentStore } from './document-store';

/**
 * The layers of a session besides the config text: the agent's Helm values, the run being
 * previewed and the preview tab. They live in the render-inputs store; this port lets share
 * links and the autosave read and restore them without depending on that store's shape.
 */
export interface SessionLayers {
  readonly helmValuesText?: string;
  readonly runContext?: ShareRunContext;
  readonly tab?: string;
}

export interface SessionLayersPort {
  getLayers(): SessionLayers;
  /** Replaces the layers given; a layer left out keeps its current value. */
  setLayers(layers: SessionLayers): void;
  subscribe(listener: () => void): () => void;
}

/** The `location_name` of the location at `index` of a config value, if it has one. */
export function findLocationName(config: unknown, index: number): string | undefined {
  const locations = readLocations(config);
  const name = (locations[index] as { location_name?: unknown } | undefined)?.location_name;
  return typeof name === 'string' ? name : undefined;
}

/** The index of the first location named `name`, or -1. */
export function findLocationIndex(config: unknown, name: string): number {
  return readLocations(config).findIndex(
    (location) =>
      location !== null &&
      typeof location === 'object' &&
      (location as { location_name?: unknown }).location_name === name,
  );
}

function readLocations(config: unknown): readonly unknown[] {
  if (config === null || typeof config !== 'object') return [];
  const locations = (config as { locations?: unknown }).locations;
  return Array.isArray(locations) ? locations : [];
}

/**
 * The whole session as a share link or the autosave carries it: the config text, the layers,
 * and the selected location by name (an index would point elsewhere once locations move).
 */
export function collectShareState(document: DocumentStore, layers?: SessionLayersPort): ShareState {
  const snapshot = document.getSnapshot();
  const selectedLocation = findLocationName(snapshot.config, snapshot.selectedLocation);
  return {
    configText: snapshot.text,
    ...withoutUndefined(layers?.getLayers() ?? {}),
    ...(selectedLocation === undefined ? {} : { selectedLocation }),
  };
}

/**
 * Puts a state into the stores: the text as one load (which the editor can undo), the layers
 * it carries, and the named location when the new config has it.
 */
export function applyShareState(
  state: ShareState,
  document: DocumentStore,
  layers?: SessionLayersPort,
): void {
  document.setText(state.configText, 'load');
  const { helmValuesText, runContext, tab } = state;
  const carried = withoutUndefined({ helmValuesText, runContext, tab });
  if (layers && Object.keys(carried).length > 0) layers.setLayers(carried);
  if (state.selectedLocation !== undefined) {
    const index = findLocationIndex(document.getSnapshot().config, state.selectedLocation);
    if (index >= 0) document.selectLocation(index);
  }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}
