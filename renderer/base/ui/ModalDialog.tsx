import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  title: string;
  children: ReactNode;
  /** The buttons, primary last. */
  buttons: ReactNode;
  /** Escape or a click on the backdrop. */
  onCancel: () => void;
  testId: string;
}

/** A native modal <dialog>: focus stays inside, Escape cancels, the page behind is inert. */
export function ModalDialog({ title, children, buttons, onCancel, testId }: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="sl-dialog"
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="sl-dialog__title">
        {title}
      </h2>
      <div className="sl-dialog__body">{children}</div>
      <div className="sl-dialog__actions">{buttons}</div>
    </dialog>
  );
}
