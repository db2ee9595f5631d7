import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTopDialog } from '../components/dialogStack';
import { Icon } from '../components/Icon';
import {
  DOCKED_FOOTER_SELECTOR,
  footerClearance,
  TOAST_MARGIN,
  toastPlacement,
  type ToastPlacement,
} from '../components/toastPlacement';
import { useToastStore } from '../state/toastStore';

/** What in a docked footer a toast must not hide. */
const CONTROLS = 'button, a[href], input, select, textarea, [tabindex]';

const BOTTOM_CENTRE: ToastPlacement = { edge: 'bottom', align: 'center' };

/**
 * Live region for confirmations, errors and Undo; screen readers announce each message. While a
 * modal dialog is open the toasts live inside it (everything outside a modal is inert, so an Undo
 * there could not be pressed), placed where they do not cover the dialog's buttons.
 */
export function Toaster() {
  const toasts = useToastStore((s) => s.toasts);
  const dismiss = useToastStore((s) => s.dismiss);
  const dialog = useTopDialog();
  const ref = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<ToastPlacement>(BOTTOM_CENTRE);
  const [bottom, setBottom] = useState(TOAST_MARGIN);

  useLayoutEffect(() => {
    // Measuring lays the page out there and then: with nothing to show (every start), no need.
    if (toasts.length === 0) return;
    const place = () => {
      const own = ref.current?.getBoundingClientRect();
      const next = toastPlacement(
        dialog?.getBoundingClientRect() ?? null,
        { width: window.innerWidth, height: window.innerHeight },
        { width: own?.width ?? 0, height: own?.height ?? 0 },
      );
      setPlacement((current) =>
        current.edge === next.edge && current.align === next.align ? current : next,
      );
      // Outside a dialog, above any bar docked to the bottom (a wizard's Back/Next bar).
      const footers = dialog
        ? []
        : [...document.querySelectorAll(DOCKED_FOOTER_SELECTOR)].map((f) => ({
            box: f.getBoundingClientRect(),
            controls: [...f.querySelectorAll(CONTROLS)].map((c) => c.getBoundingClientRect()),
          }));
      const viewport = { width: window.innerWidth, height: window.innerHeight };
      setBottom(footerClearance(footers, viewport, own?.height ?? 0));
    };
    place();
    window.addEventListener('resize', place);
    // Scrolling docks or undocks a sticky bar.
    window.addEventListener('scroll', place, { capture: true, passive: true });
    return () => {
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, { capture: true });
    };
  }, [dialog, toasts]);

  // Escape dismisses the newest toast, unless something else (a dialog, a form) took the key.
  useEffect(() => {
    if (toasts.length === 0) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const isInToasts = ref.current?.contains(event.target as Node) ?? false;
      const target = event.target as HTMLElement | null;
      const isEditing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (!isInToasts && (dialog || isEditing)) return;
      const newest = toasts[toasts.length - 1];
      if (newest) dismiss(newest.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog, dismiss, toasts]);

  const region = (
    <div
      ref={ref}
      className={`toaster toaster--${placement.edge} toaster--${placement.align}`}
      style={placement.edge === 'bottom' && !dialog ? { bottom } : undefined}
      role="status"
      aria-live="polite"
    >
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast--${toast.tone}`}>
          <span className="toast__message">{toast.message}</span>
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
      ))}
    </div>
  );
  return dialog ? createPortal(region, dialog) : region;
}
