import { Suspense, lazy, useState } from 'react';
import type { Diagnostic } from '../../core/diagnostics';
import { loadDocumentChecker, type DocumentStore } from '../../store';
import { createRenderInputsStore } from '../../store/render-inputs';
import { FormPane } from '../form/form-pane';
import {
  DocumentStoreProvider,
  useDocumentSelector,
  useDocumentStore,
} from '../shared/document-store-context';
import '../shared/theme.css';
import './app.css';
import { AppHeader } from './app-header';
import { EditorPane } from './editor-pane';
import { ErrorBoundary, PaneBoundary } from './error-boundary';
import { LocationRemovalUndo } from './location-removal-undo';
import { PaneLoading } from './pane-loading';
import { PaneLayout } from './pane-layout';
import { ProblemsPanel } from './problems-panel';
import { StatusBar } from './status-bar';
import { SyntaxBanner } from './syntax-banner';

const PROBLEMS_ID = 'problems';

// The preview brings the renderer and the Kubernetes model tables (a third of the app's own code):
// it loads in its own chunk after the form has painted, so the form is usable first. It renders
// from the store's analysis, so it also waits for the store's checker (which the store has been
// loading since it was created, and which publishes the analysis before this promise settles).
const PreviewPane = lazy(() =>
  Promise.all([import('../preview/preview-pane'), loadDocumentChecker()]).then(([module]) => ({
    default: module.PreviewPane,
  })),
);

/** The whole app over one document store. */
export function App({ store }: { store: DocumentStore }) {
  return (
    <DocumentStoreProvider store={store}>
      <ErrorBoundary
        name="K8s Config Studio"
        crashTestId="app"
        readText={() => store.getSnapshot().text}
      >
        <AppShell />
      </ErrorBoundary>
    </DocumentStoreProvider>
  );
}

function AppShell() {
  const store = useDocumentStore();
  const [problemsOpen, setProblemsOpen] = useState(true);
  const revealSequence = useDocumentSelector((snapshot) => snapshot.reveal?.sequence ?? 0);
  // One store for the Helm values and the run: the preview edits it, share links and autosave carry it.
  const [renderInputs] = useState(() => createRenderInputsStore());
  // What the API server would reject in the rendered manifests, listed with the file's problems.
  const [manifestProblems, setManifestProblems] = useState<Diagnostic[]>([]);
  return (
    <div className="app">
      <AppHeader renderInputs={renderInputs} />
      <SyntaxBanner />
      <main className="workspace">
        <PaneLayout
          // A reveal request (a problem, a provenance jump) shows the editor on narrow screens.
          showRequest={{ pane: 'yaml', sequence: revealSequence }}
          panes={[
            {
              id: 'form',
              title: 'Form',
              content: (
                <PaneBoundary id="form" name="The form">
                  <FormPane store={store} />
                </PaneBoundary>
              ),
            },
            {
              id: 'yaml',
              title: 'YAML',
              detail: <code>dagster_cloud.yaml</code>,
              content: (
                <PaneBoundary id="yaml" name="The YAML editor">
                  <EditorPane />
                </PaneBoundary>
              ),
            },
            {
              id: 'preview',
              title: 'Preview',
              content: (
                <PaneBoundary id="preview" name="The preview">
                  <Suspense fallback={<PaneLoading label="Loading the preview…" />}>
                    <PreviewPane renderInputs={renderInputs} onDiagnostics={setManifestProblems} />
                  </Suspense>
                </PaneBoundary>
              ),
            },
          ]}
        />
        <ProblemsPanel id={PROBLEMS_ID} hidden={!problemsOpen} extra={manifestProblems} />
      </main>
      <StatusBar
        problemsOpen={problemsOpen}
        extra={manifestProblems}
        problemsId={PROBLEMS_ID}
        onToggleProblems={() => setProblemsOpen((open) => !open)}
      />
      <LocationRemovalUndo />
    </div>
  );
}
