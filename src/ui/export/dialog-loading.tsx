import { ModalDialog } from './modal-dialog';

/**
 * The dialog frame shown while a dialog's chunk loads (the first time it opens): same title
 * and width as the dialog, so the only change when it arrives is the body.
 */
export function DialogLoading(props: { title: string; wide?: boolean; onClose: () => void }) {
  const { title, wide, onClose } = props;
  return (
    <ModalDialog
      title={title}
      wide={wide}
      onClose={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      }
    >
      <p aria-busy="true">Loading…</p>
    </ModalDialog>
  );
}
