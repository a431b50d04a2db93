import { Component, type ErrorInfo, type ReactNode } from 'react';
import { CrashTestProbe } from './crash-test-probe';
import { CrashFallback } from './crash-fallback';
import { useDocumentStore } from '../shared/document-store-context';

interface ErrorBoundaryProps {
  /** What stopped working, in the message: "K8s Config Studio", "The preview"... */
  readonly name: string;
  /** The crash-test target that makes this boundary's content throw (see crash-test-probe). */
  readonly crashTestId: string;
  /** The user's text at the moment of the crash; read then, never cached. */
  readonly readText: () => string;
  /** Whether "Try again" is offered: a pane can re-mount, the whole app reloads instead. */
  readonly canRetry?: boolean;
  readonly children: ReactNode;
}

interface ErrorBoundaryState {
  readonly error: Error | null;
  /** Bumped by "Try again", so the content mounts afresh. */
  readonly attempt: number;
}

/**
 * Catches a render error below it and shows, instead of a blank page, the user's text with
 * Download, Copy and Reload. One wraps the whole app and one each pane, so a crash in the
 * preview leaves the editor and the form working.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for whoever opens the console to report the bug; the user sees the fallback.
    console.error(`${this.props.name} stopped working`, error, info.componentStack);
  }

  private readonly retry = () =>
    this.setState((state) => ({ error: null, attempt: state.attempt + 1 }));

  override render() {
    const { error, attempt } = this.state;
    const { name, crashTestId, readText, canRetry, children } = this.props;
    if (error) {
      return (
        <CrashFallback
          name={name}
          error={error}
          text={readTextSafely(readText)}
          onRetry={canRetry ? this.retry : undefined}
        />
      );
    }
    return (
      <ContentKey key={attempt}>
        {children}
        <CrashTestProbe id={crashTestId} />
      </ContentKey>
    );
  }
}

function ContentKey({ children }: { children: ReactNode }) {
  return <>{children}</>;
}

/** The text, or `null` when even reading it fails (the fallback then points to the autosave). */
function readTextSafely(readText: () => string): string | null {
  try {
    return readText();
  } catch {
    return null;
  }
}

/** The error boundary of one pane, over the document store's text. */
export function PaneBoundary({
  id,
  name,
  children,
}: {
  id: string;
  name: string;
  children: ReactNode;
}) {
  const store = useDocumentStore();
  return (
    <ErrorBoundary name={name} crashTestId={id} readText={() => store.getSnapshot().text} canRetry>
      {children}
    </ErrorBoundary>
  );
}
