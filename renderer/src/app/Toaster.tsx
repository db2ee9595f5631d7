import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTopDialog } from '../components/dialogStack';
import { Icon } from '../components/Icon';
import { toastPlacement, type ToastPlacement } from '../components/toastPlacement';
import { useToastStore } from '../state/toastStore';

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
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [dialog, toasts]);

  const region = (
    <div
      ref={ref}
      className={`toaster toaster--${placement.edge} toaster--${placement.align}`}
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
          >
            <Icon name="close" size={16} />
          </button>
        </div>
      ))}
    </div>
  );
  return dialog ? createPortal(region, dialog) : region;
}
