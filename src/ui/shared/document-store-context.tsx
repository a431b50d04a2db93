import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import type { DocumentSnapshot, DocumentStore } from '../../store';

const DocumentStoreContext = createContext<DocumentStore | null>(null);

/** Makes one document store available to every pane below it. */
export function DocumentStoreProvider(props: { store: DocumentStore; children: ReactNode }) {
  return (
    <DocumentStoreContext.Provider value={props.store}>
      {props.children}
    </DocumentStoreContext.Provider>
  );
}

/** The document store of the nearest `DocumentStoreProvider`. */
export function useDocumentStore(): DocumentStore {
  const store = useContext(DocumentStoreContext);
  if (!store) throw new Error('useDocumentStore needs a <DocumentStoreProvider> above it');
  return store;
}

/**
 * A part of the current snapshot; the component re-renders only when that part changes.
 * The selector must return a value taken from the snapshot (or a primitive), never a new object,
 * or React would see a change on every call.
 */
export function useDocumentSelector<T>(selector: (snapshot: DocumentSnapshot) => T): T {
  const store = useDocumentStore();
  return useSyncExternalStore(store.subscribe, () => selector(store.getSnapshot()));
}
