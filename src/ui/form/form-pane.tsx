import {
  memo,
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { DocumentSnapshot, DocumentStore } from '../../store';
import { createValueStore } from '../shared/value-store';
import {
  FormSessionProvider,
  isSameFormData,
  type FormData,
  type FormSession,
} from './form-session';
import { LocationEditor } from './location-editor';
import { LocationsList, type FormSelection } from './locations-list';
import { FileMessages } from './unplaced-messages';
import { useRevealField } from './use-reveal-field';
import { useWarmParse } from './use-warm-parse';
import type { FormEdit } from './model/form-edit';
import { planFormEdits } from './model/plan-form-edits';
import { describeConfigPath } from './model/schema-help';
import './form.css';

function useCommit(store: DocumentStore, onError: (message: string | undefined) => void) {
  return useCallback(
    (edits: readonly FormEdit[]) => {
      const snapshot = store.getSnapshot();
      // The text is the source of truth: never write from the form while it does not parse.
      if (snapshot.syntaxErrors.length > 0) return;
      try {
        store.applyEdits(planFormEdits(snapshot.text, snapshot.parsed, edits), 'form');
        onError(undefined);
      } catch (error) {
        onError(error instanceof Error ? error.message : String(error));
      }
    },
    [store, onError],
  );
}

/**
 * One part of the store's snapshot; re-renders only when that part changes (cursor moves, for
 * one, do not re-render the form). The selector must return a value held by the snapshot.
 */
function useStoreValue<T>(store: DocumentStore, select: (snapshot: DocumentSnapshot) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.getSnapshot()));
}

/**
 * Like {@link useStoreValue}, but the form follows the change in a transition: while someone
 * types in the editor, the frame that shows the keystroke (and its preview) is painted first and
 * the form re-renders in React's idle time. `select` must be a stable function.
 */
function useIdleStoreValue<T>(store: DocumentStore, select: (snapshot: DocumentSnapshot) => T): T {
  const [value, setValue] = useState(() => select(store.getSnapshot()));
  useEffect(() => {
    const follow = () => {
      const next = select(store.getSnapshot());
      startTransition(() => setValue(() => next));
    };
    follow();
    return store.subscribe(follow);
  }, [store, select]);
  return value;
}

const selectConfig = (snapshot: DocumentSnapshot) => snapshot.config;
const NO_DIAGNOSTICS: DocumentSnapshot['diagnostics'] = [];
const selectDiagnostics = (snapshot: DocumentSnapshot) => snapshot.diagnostics;
const selectSyntaxErrors = (snapshot: DocumentSnapshot) => snapshot.syntaxErrors;

function useFormSelection(store: DocumentStore) {
  const selectedLocation = useStoreValue(store, (s) => s.selectedLocation);
  const [defaults, setDefaults] = useState(false);
  // One object per selection, so the memoized list and editor below skip re-rendering.
  const selection = useMemo<FormSelection>(
    () => (defaults ? { kind: 'defaults' } : { kind: 'location', index: selectedLocation }),
    [defaults, selectedLocation],
  );
  const select = useCallback(
    (next: FormSelection) => {
      setDefaults(next.kind === 'defaults');
      // The new index may not exist until the store has the edited text; it clamps either way.
      if (next.kind === 'location') store.selectLocation(next.index);
    },
    [store],
  );
  return { selection, select };
}

/**
 * The structured form over the document store: it shows the store's config (the last good one
 * while the YAML has syntax errors, read-only under a banner) and writes every edit as a minimal
 * text edit with origin `form`.
 */
export const FormPane = memo(function FormPane({ store }: { readonly store: DocumentStore }) {
  const config = useIdleStoreValue(store, selectConfig);
  const diagnostics = useIdleStoreValue(store, selectDiagnostics);
  const syntaxErrors = useIdleStoreValue(store, selectSyntaxErrors);
  const locationCount = useStoreValue(store, (s) => s.locationCount);
  const [commitError, setCommitError] = useState<string>();
  const commit = useCommit(store, setCommitError);
  const { selection, select } = useFormSelection(store);
  const root = useRef<HTMLDivElement>(null);
  useWarmParse(store, root);
  useRevealField(
    root,
    useStoreValue(store, (s) => s.reveal),
    select,
  );
  const readOnly = syntaxErrors.length > 0;
  // While the text is broken, its diagnostics point into text the form does not show.
  const shownDiagnostics = readOnly ? NO_DIAGNOSTICS : diagnostics;
  const [data] = useState(() =>
    createValueStore<FormData>({ config, diagnostics: shownDiagnostics }, isSameFormData),
  );
  // Held during this (idle-time) render, so controls mounting in it read it; repeating it is
  // harmless (the same values). Once the render commits, the subscribed controls whose value
  // or messages changed follow, and only those.
  data.update({ config, diagnostics: shownDiagnostics });
  useLayoutEffect(() => data.flush(), [data, config, shownDiagnostics]);

  const session = useMemo<FormSession>(
    () => ({ data, commit, describe: describeConfigPath }),
    [data, commit],
  );

  const path = useMemo(
    () => (selection.kind === 'defaults' ? ['defaults'] : ['locations', selection.index]),
    [selection],
  );
  return (
    <div className="form-pane" ref={root}>
      {commitError ? (
        <p className="form-banner form-banner-error" role="alert">
          The form could not make that change: {commitError}
        </p>
      ) : null}
      <FormSessionProvider value={session}>
        <fieldset
          className="form-body"
          disabled={readOnly}
          aria-label="dagster_cloud.yaml form"
          // The app's syntax banner (ui/app/syntax-banner.tsx) is the one message for it.
          aria-describedby={readOnly ? 'syntax-banner-message' : undefined}
        >
          <div className="form-layout">
            <FileMessages />
            <LocationsList selection={selection} onSelect={select} />
            {selection.kind === 'location' && locationCount === 0 ? (
              <p className="form-note">
                No code locations yet: add one above (or edit the <code>defaults</code> block).
              </p>
            ) : (
              <LocationEditor
                key={path.join('.')}
                path={path}
                isDefaults={selection.kind === 'defaults'}
              />
            )}
          </div>
        </fieldset>
      </FormSessionProvider>
    </div>
  );
});
