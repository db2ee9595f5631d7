import { type FocusEvent, useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTopDialog } from '../components/dialogStack';
import { Icon } from '../components/Icon';
import { useWindowKeydown } from '../lib/useWindowKeydown';
import { type Toast, useToastStore } from '../state/toastStore';
import { useUiStore, viewKey } from '../state/uiStore';
import { useWorkshopUi } from '../state/workshopUiStore';
import { useToastLayout } from './useToastLayout';

/**
 * Live regions for confirmations, errors and Undo; screen readers announce each message. Outside a
 * dialog the toasts stay inside the main column (never over the sidebar), clear of a docked
 * footer's buttons and of the control being used. While a modal dialog is open the toasts that
 * come meanwhile live inside it (everything outside a modal is inert, so an Undo there could not
 * be pressed), placed where they do not cover the dialog's buttons; those from before stay
 * outside, behind it, rather than cover the dialog the person has just opened.
 */
export function Toaster() {
  useLeaveScreenWithToasts();
  const toasts = useToastStore((s) => s.toasts);
  const dismiss = useToastStore((s) => s.dismiss);
  const dialog = useTopDialog();
  const ref = useRef<HTMLDivElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const { placement, column, isCompact } = useToastLayout(toasts, dialog, ref, dialogRef);
  // The newest toast when each open dialog opened: later ones are the dialog's, also once a
  // question shown over it has closed again.
  const [openedAt] = useState(() => new WeakMap<HTMLElement, number>());
  if (dialog && !openedAt.has(dialog))
    openedAt.set(dialog, Math.max(0, ...toasts.map((t) => t.id)));
  const after = dialog ? (openedAt.get(dialog) ?? 0) : null;
  const inDialog = after === null ? [] : toasts.filter((t) => t.id > after);
  const outside = after === null ? toasts : toasts.filter((t) => t.id <= after);

  // While the pointer or the keyboard is on the toasts, their clocks stop: no toast goes while
  // someone reads it or reaches for its Undo.
  const isPointerIn = useRef(false);
  const hold = useToastStore((s) => s.hold);
  const release = useToastStore((s) => s.release);
  const syncHold = useCallback(() => {
    const regions = [ref.current, dialogRef.current].filter((r) => r !== null);
    const isFocusIn = regions.some((r) => r.contains(document.activeElement));
    const isShowing = regions.some((r) => r.childElementCount > 0);
    if (isShowing && (isPointerIn.current || isFocusIn)) hold();
    else release();
  }, [hold, release]);
  // A toast dismissed from under the pointer or the focus leaves nothing to hold for.
  useEffect(() => {
    if (toasts.length === 0) isPointerIn.current = false;
    syncHold();
  }, [toasts, syncHold]);
  useEffect(() => release, [release]);

  // Escape dismisses the newest toast, unless something else (a dialog, a form) took the key.
  useWindowKeydown((event) => {
    if (toasts.length === 0 || event.key !== 'Escape' || event.defaultPrevented) return;
    const target = event.target as Node | null;
    const isInToasts = [ref.current, dialogRef.current].some((r) => r?.contains(target));
    const isEditing = (target as HTMLElement | null)?.closest?.(
      'input, textarea, select, [contenteditable="true"]',
    );
    if (!isInToasts && (dialog || isEditing)) return;
    // With a dialog open, only its own toasts can be reached.
    const newest = (after === null ? toasts : toasts.filter((t) => t.id > after)).at(-1);
    if (newest) dismiss(newest.id);
  });

  const holdHandlers = {
    onPointerEnter: () => {
      isPointerIn.current = true;
      syncHold();
    },
    onPointerLeave: () => {
      isPointerIn.current = false;
      syncHold();
    },
    onFocus: syncHold,
    onBlur: (event: FocusEvent<HTMLDivElement>) => {
      // The focus moving between a toast's buttons keeps the hold.
      const next = event.relatedTarget as Node | null;
      if (![ref.current, dialogRef.current].some((r) => r?.contains(next))) release();
    },
  };

  const list = (shown: readonly Toast[]) =>
    shown.map((toast) => (
      <div key={toast.id} className={`toast toast--${toast.tone}`}>
        <span className="toast__message" title={toast.message}>
          {toast.message}
        </span>
        {toast.actions?.map((action) => (
          <button
            key={action.label}
            type="button"
            className="button button--inverse"
            onClick={() => {
              dismiss(toast.id);
              action.run();
            }}
          >
            {action.label}
          </button>
        ))}
        {toast.undo && (
          <button
            type="button"
            className="button button--inverse"
            // The newest Undo is also Ctrl+Z from anywhere outside a text field.
            aria-keyshortcuts="Control+Z"
            title="Undo (Ctrl+Z)"
            onClick={() => {
              dismiss(toast.id);
              void toast.undo?.();
            }}
          >
            Undo
          </button>
        )}
        <button
          type="button"
          className="icon-button icon-button--inverse"
          onClick={() => dismiss(toast.id)}
          aria-label="Dismiss"
          title="Dismiss (Esc)"
        >
          <Icon name="close" size={16} />
        </button>
      </div>
    ));

  return (
    <>
      <div
        ref={ref}
        className={`${column ? 'toaster toaster--column' : 'toaster toaster--bottom toaster--center'}${isCompact ? ' toaster--compact' : ''}`}
        style={column ?? undefined}
        role="status"
        aria-live="polite"
        {...holdHandlers}
      >
        {list(outside)}
      </div>
      {dialog &&
        createPortal(
          <div
            ref={dialogRef}
            className={`toaster toaster--${placement.edge} toaster--${placement.align}`}
            role="status"
            aria-live="polite"
            {...holdHandlers}
          >
            {list(inDialog)}
          </div>,
          dialog,
        )}
    </>
  );
}

/**
 * Tells the toasts when the person goes to another screen (team, quarter, phase, check-in view,
 * organisation screen, workshop), so those about the screen left behind get out of the way of
 * the new one (see `leaveScreen`).
 */
function useLeaveScreenWithToasts(): void {
  const screen = useUiStore((s) => viewKey(s));
  const isWorkshopScreen = useWorkshopUi((s) => s.isScreenOpen);
  const leaveScreen = useToastStore((s) => s.leaveScreen);
  const shown = `${screen}|${isWorkshopScreen}`;
  const previous = useRef(shown);
  useEffect(() => {
    if (previous.current === shown) return;
    previous.current = shown;
    leaveScreen();
  }, [shown, leaveScreen]);
}
