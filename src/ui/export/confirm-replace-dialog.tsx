import { ModalDialog } from './modal-dialog';

export interface ReplaceRequest {
  /** What would be replaced, e.g. `dagster_cloud.yaml` or `the Helm values`. */
  readonly what: string;
  /** Where the new content comes from, e.g. `the file "prod.yaml"` or `the share link`. */
  readonly from: string;
  readonly confirmLabel: string;
  /** Whether the editor's Undo also brings the old text back (true for dagster_cloud.yaml). */
  readonly undoable: boolean;
  readonly apply: () => void;
}

/** Asks before a load replaces work that exists nowhere else, and says how to get it back. */
export function ConfirmReplaceDialog({
  request,
  onCancel,
  onConfirm,
}: {
  request: ReplaceRequest;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  return (
    <ModalDialog
      title="Replace your unsaved changes?"
      role="alertdialog"
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel} data-autofocus>
            Keep my work
          </button>
          <button type="button" className="button export-button-primary" onClick={onConfirm}>
            {request.confirmLabel}
          </button>
        </>
      }
    >
      <p className="export-dialog-text">
        Opening {request.from} replaces {request.what}, which has changes you have not downloaded,
        copied or shared.
      </p>
      <p className="export-dialog-text export-muted">
        If you go ahead, your current work is kept: “Restore previous” brings it back
        {request.undoable ? ', and so does Undo in the editor' : ''}.
      </p>
    </ModalDialog>
  );
}
