import { useId, useState } from 'react';
import { copyText, downloadTextFile } from '../export/browser-files';
import './crash-fallback.css';

const FILE_NAME = 'dagster_cloud.yaml';

/**
 * What an error boundary shows instead of the part that crashed: the user's text, literally and
 * selectable, with Download, Copy and Reload (the autosave brings the text back after a reload).
 */
export function CrashFallback({
  name,
  error,
  text,
  onRetry,
}: {
  name: string;
  error: Error;
  text: string | null;
  onRetry?: (() => void) | undefined;
}) {
  const headingId = useId();
  const textId = useId();
  const [copyStatus, setCopyStatus] = useState('');
  async function copy() {
    if (text === null) return;
    setCopyStatus((await copyText(text)) ?? 'Copied.');
  }
  return (
    <section className="crash-fallback" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId}>{name} stopped working</h2>
      <p>
        {text === null
          ? 'Your last autosave is in this browser: Reload to get it back.'
          : `Your ${FILE_NAME} is safe: it is below, and autosaved in this browser, so Reload brings it back.`}
      </p>
      <p className="crash-fallback-error">
        <span>Error: </span>
        <code>{error.message}</code>
      </p>
      <div className="toolbar">
        <button
          type="button"
          className="button"
          disabled={text === null}
          onClick={() => downloadTextFile(FILE_NAME, text ?? '', 'application/yaml')}
        >
          Download {FILE_NAME}
        </button>
        <button
          type="button"
          className="button"
          disabled={text === null}
          onClick={() => void copy()}
        >
          Copy
        </button>
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        )}
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
        <span role="status">{copyStatus}</span>
      </div>
      {text !== null && (
        <>
          <label htmlFor={textId}>Your {FILE_NAME}</label>
          <textarea id={textId} readOnly value={text} spellCheck={false} rows={12} />
        </>
      )}
    </section>
  );
}
