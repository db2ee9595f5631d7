import { Icon } from '../components/Icon';
import { useToastStore } from '../state/toastStore';

/** Live region for confirmations, errors and Undo; screen readers announce each message. */
export function Toaster() {
  const toasts = useToastStore((s) => s.toasts);
  const dismiss = useToastStore((s) => s.dismiss);
  return (
    <div className="toaster" role="status" aria-live="polite">
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
}
