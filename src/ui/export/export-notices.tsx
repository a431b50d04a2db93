import { CheckIcon, CloseIcon, WarningIcon } from '../shared/icons';

export type ExportNotice =
  | { readonly tone: 'error'; readonly message: string }
  | { readonly tone: 'done'; readonly message: string; readonly restorable?: boolean };

/**
 * The outcome of the last action, at the bottom of the window until dismissed or replaced:
 * errors are announced at once (alert), the rest politely. After a load, "Restore previous"
 * brings back the work it replaced.
 */
export function ExportNotices({
  notice,
  canRestore,
  onRestore,
  onDismiss,
}: {
  notice: ExportNotice | null;
  canRestore: boolean;
  onRestore: () => void;
  onDismiss: () => void;
}) {
  return (
    <div className="export-notices" aria-live="polite">
      {notice && (
        <div
          className={`export-notice export-notice-${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          {notice.tone === 'error' ? <WarningIcon /> : <CheckIcon />}
          <p className="export-notice-message">{notice.message}</p>
          {notice.tone === 'done' && notice.restorable && canRestore && (
            <button type="button" className="button button-small" onClick={onRestore}>
              Restore previous
            </button>
          )}
          <button
            type="button"
            className="export-icon-button"
            aria-label="Dismiss"
            title="Dismiss"
            onClick={onDismiss}
          >
            <CloseIcon />
          </button>
        </div>
      )}
    </div>
  );
}
