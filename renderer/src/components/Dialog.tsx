import { type ReactNode, useEffect, useId, useRef } from 'react';

type DialogProps = {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Short text under the title, e.g. what the form is for. */
  description?: string;
};

/**
 * A modal dialog on the native `<dialog>` element: focus is trapped, Esc closes it and focus
 * returns to what opened it, all by the platform.
 */
export function Dialog({ title, onClose, children, description }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement as HTMLElement | null;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => opener?.focus?.();
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="dialog__header">
        <h2 id={titleId}>{title}</h2>
        {description && (
          <p id={descriptionId} className="dialog__description">
            {description}
          </p>
        )}
      </header>
      {children}
    </dialog>
  );
}
