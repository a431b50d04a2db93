import { useEffect, useState } from 'react';
import type { DocumentSnapshot } from '../../store';
import { findLocationName } from '../../store/share-state';
import { useDocumentStore } from '../shared/document-store-context';
import './location-removal-undo.css';

interface Removal {
  readonly name: string | undefined;
  /** The whole text before the removal: Undo puts it back byte for byte. */
  readonly before: string;
}

/**
 * "Removed the location … Undo" after the form removes a whole location: a location can be
 * hundreds of lines, and Monaco's own undo is only reachable from the editor. The offer lasts
 * until the next change of the text, after which putting the old text back would undo that too.
 */
export function LocationRemovalUndo() {
  const store = useDocumentStore();
  const [removal, setRemoval] = useState<Removal | null>(null);

  useEffect(() => {
    let previous = store.getSnapshot();
    return store.subscribe(() => {
      const next = store.getSnapshot();
      if (next.text === previous.text) return; // a cursor move or selection: nothing to undo
      const removed = next.origin === 'form' && next.locationCount < previous.locationCount;
      setRemoval(removed ? { name: findRemovedName(previous, next), before: previous.text } : null);
      previous = next;
    });
  }, [store]);

  if (!removal) return null;
  return (
    <div className="location-removal-undo" role="status">
      <p>
        {removal.name === undefined
          ? 'Removed a location.'
          : `Removed the location “${removal.name}”.`}
      </p>
      <button
        type="button"
        className="button button-small"
        onClick={() => {
          setRemoval(null);
          // Through the store like any form edit: the editor records it as one undo step.
          store.setText(removal.before, 'form');
        }}
      >
        Undo
      </button>
      <button
        type="button"
        className="button button-small"
        aria-label="Dismiss"
        onClick={() => setRemoval(null)}
      >
        ×
      </button>
    </div>
  );
}

/** The name of the first location of `before` that `after` no longer has at its index. */
function findRemovedName(before: DocumentSnapshot, after: DocumentSnapshot): string | undefined {
  for (let index = 0; index < before.locationCount; index += 1) {
    const name = findLocationName(before.config, index);
    if (name !== findLocationName(after.config, index)) return name;
  }
  return undefined;
}
