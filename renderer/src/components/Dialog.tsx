import {
  type KeyboardEvent,
  type ReactNode,
  createContext,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { createPortal } from 'react-dom';
import { registerOpenDialog } from './dialogStack';
import { rememberFocus, rescueFocus } from './focusRescue';
import { Icon } from './Icon';

/** Where a dialog starts: the first control a person can Tab to. */
const FIRST_CONTROL =
  'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/** Where a dialog's footer goes: its own band under the scrolling body (see {@link DialogFooter}). */
const FooterSlot = createContext<HTMLElement | null>(null);

/**
 * A dialog's buttons, in a band of their own under the body: never scrolled away, whatever the
 * text size or the window, and never held inside a box of the body that has scrolled out of view
 * (a footer made sticky inside a form cannot rise above the form's top, so a long description
 * above the form hid it). A submit button in it names its form with `form`, as it sits outside
 * the `<form>` element. Outside a dialog, it stays where it is written.
 */
export function DialogFooter({ children }: { children: ReactNode }) {
  const slot = useContext(FooterSlot);
  const footer = <footer className="dialog__footer">{children}</footer>;
  return slot ? createPortal(footer, slot) : footer;
}

type DialogProps = {
  title: string;
  /** Asked to close: by Esc, by the close button, or by the dialog's own Cancel or Close. */
  onClose: () => void;
  children: ReactNode;
  /** Short text under the title, e.g. what the form is for. */
  description?: string | undefined;
  /** Wide dialogs make room for a side panel, such as the coach. */
  size?: 'normal' | 'wide';
  /** An × in the header; off where the footer already has a Close button. */
  hasCloseButton?: boolean;
  /** A question that interrupts (e.g. "Discard changes?"): announced as an alert dialog. */
  isAlert?: boolean;
};

/**
 * A modal dialog on the native `<dialog>` element: focus is trapped and returns to what opened it,
 * by the platform. Esc asks `onClose` rather than closing outright, so a form can ask first.
 */
export function Dialog({
  title,
  onClose,
  children,
  description,
  size = 'normal',
  hasCloseButton = true,
  isAlert = false,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  // Made at once, not on mount, so the footer is drawn into it in the same commit as the body
  // and is in place when the dialog opens and picks the control to start on.
  const [footerSlot] = useState(() => {
    const slot = document.createElement('div');
    slot.className = 'dialog__footer-slot';
    return slot;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // After the body, before the close button: the keyboard reaches the buttons before the ×.
    const body = dialog.querySelector(':scope > .dialog__body');
    dialog.insertBefore(footerSlot, body?.nextSibling ?? null);
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const openedFrom = opener && opener !== document.body ? rememberFocus(opener) : null;
    // Chromium counts a scrolling body as a place to focus, and would open the dialog on it: the
    // first control is marked as the one to start on, as it was before the body scrolled. Marked
    // for showModal's own focusing, which does not pull the window to the front as focus() can.
    const first = dialog.querySelector('[autofocus]') ? null : dialog.querySelector(FIRST_CONTROL);
    first?.setAttribute('autofocus', '');
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    first?.removeAttribute('autofocus');
    const unregister = registerOpenDialog(dialog);
    return () => {
      unregister();
      // A dialog that took this one's place (a lazily loaded one after its stand-in) has the
      // focus already: it keeps it.
      const active = document.activeElement;
      if (active?.closest('dialog') && active.isConnected) return;
      // What opened it may be gone (the empty state's button, once something was added).
      if (opener?.isConnected || !openedFrom) opener?.focus();
      else rescueFocus(openedFrom);
      footerSlot.remove();
    };
    // The slot is made once, with the dialog: this runs once, as the dialog opens.
  }, [footerSlot]);

  // Esc is taken at keydown: the browser then sends no close request, which it may refuse to
  // let a page cancel, so the dialog never closes behind the form's back.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };

  // Rendered at the end of <body> so the styles of whatever opened it never leak in.
  return createPortal(
    <dialog
      ref={ref}
      className={`dialog${size === 'wide' ? ' dialog--wide' : ''}${isAlert ? ' dialog--alert' : ''}`}
      role={isAlert ? 'alertdialog' : undefined}
      aria-modal={isAlert ? true : undefined}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="dialog__header">
        <h2 id={titleId}>{title}</h2>
      </header>
      {/* The body scrolls between the title and the buttons; the description scrolls with it, so
          a short window or large text leaves room for what is being asked. */}
      <div className="dialog__body">
        {description && (
          <p id={descriptionId} className="dialog__description">
            {description}
          </p>
        )}
        <FooterSlot.Provider value={footerSlot}>{children}</FooterSlot.Provider>
      </div>
      {/* Last in the dialog, so opening it focuses the first field, not this button. */}
      {hasCloseButton && (
        <button
          type="button"
          className="icon-button dialog__close"
          onClick={onClose}
          aria-label="Close"
          title="Close (Esc)"
        >
          <Icon name="close" size={18} />
        </button>
      )}
    </dialog>,
    document.body,
  );
}
