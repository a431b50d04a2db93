import type { ShareState } from '../core/share';

/** The parts of the work a load or an export can cover on its own. */
export type WorkSlot = 'config' | 'helmValues' | 'runTag';

export const ALL_WORK_SLOTS: readonly WorkSlot[] = ['config', 'helmValues', 'runTag'];

function readSlot(state: ShareState, slot: WorkSlot): string | undefined {
  if (slot === 'config') return state.configText;
  if (slot === 'helmValues') return state.helmValuesText;
  return state.runContext?.tagText;
}

/**
 * What the user last loaded (a template, a file, a link, the example) or exported (download,
 * copy, share link), slot by slot. Work that differs from it exists nowhere else, so
 * replacing it asks first. Only texts count: the run's names and the selected tab are views.
 */
export interface WorkBaseline {
  /** Records a load or an export of the given slots of `state` (default: all). */
  mark(state: ShareState, slots?: readonly WorkSlot[]): void;
  /** Forgets the baseline: every slot counts as unsaved (restored work that was modified). */
  clear(): void;
  /** Whether any of the slots of `current` holds work no load or export has captured. */
  isUnsaved(current: ShareState, slots?: readonly WorkSlot[]): boolean;
}

/** Creates a baseline at `initial` (`null`: everything counts as unsaved until marked). */
export function createWorkBaseline(initial: ShareState | null): WorkBaseline {
  const marked = new Map<WorkSlot, string | undefined>();
  const baseline: WorkBaseline = {
    mark(state, slots = ALL_WORK_SLOTS) {
      for (const slot of slots) marked.set(slot, readSlot(state, slot));
    },
    clear() {
      marked.clear();
    },
    isUnsaved(current, slots = ALL_WORK_SLOTS) {
      return slots.some(
        (slot) => !marked.has(slot) || marked.get(slot) !== readSlot(current, slot),
      );
    },
  };
  if (initial) baseline.mark(initial);
  return baseline;
}
