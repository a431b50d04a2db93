import { useDocumentStore, useDocumentSelector } from '../shared/document-store-context';

/**
 * The id of the banner's message: the form's disabled fieldset is described by it, so the one
 * message says both what is wrong and why the form does not respond (no second banner).
 */
export const SYNTAX_BANNER_MESSAGE_ID = 'syntax-banner-message';

/**
 * Says what is wrong while the YAML does not parse, and that the form shows the last good values
 * meanwhile: the app's only message for it. Polite, not an alert: it comes and goes as the user
 * types.
 */
export function SyntaxBanner() {
  const store = useDocumentStore();
  const errors = useDocumentSelector((snapshot) => snapshot.syntaxErrors);
  const first = errors[0];
  if (!first) return null;
  const { line, column } = first.range.start;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return (
    <div className="syntax-banner" role="status">
      <p id={SYNTAX_BANNER_MESSAGE_ID}>
        <strong>
          YAML error on line {line}, column {column}
          {more}:
        </strong>{' '}
        {endSentence(first.message)} The form shows the last good values, read-only, until the text
        parses again.
      </p>
      <button
        type="button"
        className="button button-small"
        onClick={() => store.requestReveal({ path: [], range: first.range })}
      >
        Show in editor
      </button>
    </div>
  );
}

/** Messages come from several sources, some without a final full stop. */
function endSentence(message: string): string {
  return /[.!?]$/.test(message.trimEnd()) ? message.trimEnd() : `${message.trimEnd()}.`;
}
