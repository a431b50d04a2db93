import { Component, Suspense, lazy } from 'react';
import type { ReactNode } from 'react';
import { useDocumentSelector, useDocumentStore } from '../shared/document-store-context';
import { useColorScheme } from '../shared/use-media-query';

// Monaco is most of the app's weight: it loads in its own chunk while the shell paints.
const YamlEditor = lazy(() =>
  import('../editor/yaml-editor').then((module) => ({ default: module.YamlEditor })),
);

/** The YAML pane: Monaco once loaded; the plain text before that; a textarea if it fails. */
export function EditorPane() {
  const store = useDocumentStore();
  const colorScheme = useColorScheme();
  return (
    <EditorErrorBoundary fallback={(error) => <PlainTextEditor error={error} />}>
      <Suspense fallback={<TextPreview />}>
        <YamlEditor store={store} colorScheme={colorScheme} />
      </Suspense>
    </EditorErrorBoundary>
  );
}

function TextPreview() {
  const text = useDocumentSelector((snapshot) => snapshot.text);
  return (
    <div className="editor-loading" aria-busy="true">
      <p className="editor-loading-note">Loading the editor…</p>
      <pre className="editor-loading-text">{text}</pre>
    </div>
  );
}

/** Keeps the file editable when Monaco cannot start (an old browser, a failed chunk load). */
function PlainTextEditor({ error }: { error: Error }) {
  const store = useDocumentStore();
  const text = useDocumentSelector((snapshot) => snapshot.text);
  return (
    <div className="editor-fallback">
      <p className="editor-fallback-note" role="alert">
        The code editor could not start ({error.message}); editing as plain text.
      </p>
      <textarea
        className="editor-fallback-text"
        aria-label="dagster_cloud.yaml"
        spellCheck={false}
        value={text}
        onChange={(event) => store.setText(event.target.value, 'editor')}
      />
    </div>
  );
}

class EditorErrorBoundary extends Component<
  { fallback: (error: Error) => ReactNode; children: ReactNode },
  { error: Error | null }
> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
