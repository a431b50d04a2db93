import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { CloseIcon } from '../shared/icons';

export interface ModalDialogProps {
  readonly title: string;
  /** Buttons at the bottom, safest first; the dialog closes itself only on Esc and ×. */
  readonly actions: ReactNode;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly wide?: boolean;
  /** `alertdialog` for a question that interrupts (replacing work), `dialog` otherwise. */
  readonly role?: 'dialog' | 'alertdialog';
}

/**
 * A native modal `<dialog>`: the browser traps focus, makes the page inert, closes on Esc and
 * returns focus to where it was. Mounted means open; the owner unmounts it to close it. The
 * control marked `data-autofocus` gets focus first.
 */
export function ModalDialog({
  title,
  actions,
  onClose,
  children,
  wide,
  role = 'dialog',
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const onCloseRef = useRef(onClose);

  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // React's autoFocus runs while the dialog is still closed (nothing in it can take focus), and
    // showModal() then focuses the first control, the × button: start on the marked control.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    // Esc fires `cancel`; the owner decides (it unmounts the dialog), so the browser must not close it.
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      // React removes the dialog before this runs, so the browser cannot give focus back itself;
      // unless an action already put it somewhere, it goes back to the control that opened us.
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost && opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={wide ? 'export-dialog export-dialog-wide' : 'export-dialog'}
      role={role}
      aria-labelledby={titleId}
      // A question is read out whole; a gallery or a form is explored, not read in one go.
      aria-describedby={role === 'alertdialog' ? bodyId : undefined}
    >
      <header className="export-dialog-header">
        <h2 id={titleId} className="export-dialog-title">
          {title}
        </h2>
        <button
          type="button"
          className="export-icon-button"
          aria-label="Close dialog"
          title="Close (Esc)"
          onClick={onClose}
        >
          <CloseIcon />
        </button>
      </header>
      <div id={bodyId} className="export-dialog-body">
        {children}
      </div>
      <footer className="export-dialog-actions">{actions}</footer>
    </dialog>
  );
}
