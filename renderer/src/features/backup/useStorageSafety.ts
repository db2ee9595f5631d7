import { useEffect } from 'react';
import { useToastStore } from '../../state/toastStore';
import { requestPersistentStorage } from '../../db/persistentStorage';
import { storageErrorMessage } from '../../lib/storageErrors';

/**
 * Keeps the data store safe while the app is open: asks once for persistent storage (so the
 * browser does not clear Quarterdeck's data when the disk runs low), and turns a storage failure
 * that no screen caught (a background save, a draft flushed on the way out) into a message in
 * plain words instead of an uncaught error.
 */
export function useStorageSafety(): void {
  const show = useToastStore((s) => s.show);
  useEffect(() => {
    void requestPersistentStorage();
    let lastShown = 0;
    const onRejection = (event: PromiseRejectionEvent) => {
      const message = storageErrorMessage(event.reason);
      if (!message) return;
      event.preventDefault();
      // One message per burst: a full disk fails every write that follows.
      if (Date.now() - lastShown < 10_000) return;
      lastShown = Date.now();
      show({ tone: 'error', message });
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [show]);
}
