import { type ReactNode, Suspense } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { isScreenLoadError } from '../lib/retryableLazy';
import { Dialog, DialogFooter } from './Dialog';

type LazyDialogProps = {
  /** What opens, in the person's words ("New team"): said while it loads or if it cannot. */
  what: string;
  /** Closes the dialog asked for; also while it is still loading, or after it failed to. */
  onClose: () => void;
  /** The lazily loaded dialog. */
  children: ReactNode;
};

/**
 * A dialog whose code loads on demand. Until it has arrived a stand-in dialog is open at once, so
 * the click is answered, the page behind is out of reach (no second click opens a second one),
 * and Esc or Cancel close it as they would the real one; once loaded, the real one takes its
 * place. If the code cannot be loaded, the stand-in says so and offers to try again.
 */
export function LazyDialog({ what, onClose, children }: LazyDialogProps) {
  return (
    <ErrorBoundary
      fallback={(caught) => (
        <Dialog title={`Could not open “${what}”`} onClose={onClose} hasCloseButton={false}>
          <p className="dialog__loading" role="alert">
            {isScreenLoadError(caught.error)
              ? 'Its code could not be loaded. Try again; if it keeps failing, restart Quarterdeck.'
              : 'Something went wrong while opening it. Try again, or restart Quarterdeck.'}
          </p>
          <DialogFooter>
            <button type="button" className="button" onClick={onClose}>
              Close
            </button>
            <button type="button" className="button button--primary" onClick={caught.reset}>
              Try again
            </button>
          </DialogFooter>
        </Dialog>
      )}
    >
      <Suspense fallback={<DialogOpening what={what} onClose={onClose} />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

/**
 * The stand-in while the code loads. Its name is not the real dialog's, so nothing (a screen
 * reader, a test) takes it for the dialog whose fields are still on their way.
 */
function DialogOpening({ what, onClose }: { what: string; onClose: () => void }) {
  return (
    <Dialog title="Opening…" onClose={onClose} hasCloseButton={false}>
      <p className="dialog__loading" aria-busy="true">
        <span className="spinner" aria-hidden="true" /> Getting “{what}” ready…
      </p>
      <DialogFooter>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </DialogFooter>
    </Dialog>
  );
}
