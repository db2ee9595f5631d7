import { type ReactNode, useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';

type DialogProps = {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Short text under the title, e.g. what the form is for. */
  description?: string;
  /** Wide dialogs make room for a side panel, such as the coach. */
  size?: 'normal' | 'wide';
};

/**
 * A modal dialog on the native `<dialog>` element: focus is trapped, Esc closes it and focus
 * returns to what opened it, all by the platform.
 */
export function Dialog({ title, onClose, children, description, size = 'normal' }: DialogProps) {
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

  // Rendered at the end of <body> so the styles of whatever opened it never leak in.
  return createPortal(
    <dialog
      ref={ref}
      className={size === 'wide' ? 'dialog dialog--wide' : 'dialog'}
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
    </dialog>,
    document.body,
  );
}
