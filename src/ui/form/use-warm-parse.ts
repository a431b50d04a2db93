import { useEffect, type RefObject } from 'react';
import type { DocumentStore } from '../../store';

/** Runs `task` when the browser is idle (soon after, where requestIdleCallback is missing). */
function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: 1000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 50);
  return () => window.clearTimeout(handle);
}

/**
 * While focus is in the form (`root`), makes the whole text's parse in idle time, so that a
 * commit (Enter, blur) finds it ready: planning a form edit needs it, and the store makes it only
 * on request, because typing in the editor never needs it. A keystroke in the form's own input
 * changes nothing in the store, so the parse is made once per text, while the user types there.
 */
export function useWarmParse(store: DocumentStore, root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const node = root.current;
    if (!node) return;
    let cancel: (() => void) | undefined;
    const warm = () => {
      if (!node.contains(document.activeElement)) return;
      cancel?.();
      cancel = whenIdle(() => {
        cancel = undefined;
        void store.getSnapshot().parsed.document;
      });
    };
    node.addEventListener('focusin', warm);
    const unsubscribe = store.subscribe(warm);
    return () => {
      cancel?.();
      node.removeEventListener('focusin', warm);
      unsubscribe();
    };
  }, [store, root]);
}
