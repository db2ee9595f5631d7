import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { recoverableImport } from '../../lib/recoverableImport';

// Loaded when first due (the backup reader and writer stay out of the first screen's script).
const importAutoBackup = recoverableImport(() => import('./autoBackup'));

/** How often the app checks whether a scheduled backup is due. */
const CHECK_EVERY_MS = 30 * 60 * 1000;

/**
 * Runs the automatic backup schedule while the app is open: a check on start, every 30 minutes,
 * and on `pagehide`. The last is the "on quit" backup, best effort only: IndexedDB lives in the
 * renderer, so main cannot take it, and a closing window may not finish the write.
 */
export function useAutomaticBackups(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const check = (reason: 'scheduled' | 'on-quit') => {
      importAutoBackup()
        .then(async ({ autoBackupsQuery, backUpIfDue }) => {
          const outcome = await backUpIfDue(reason);
          if (outcome === 'taken')
            return queryClient.invalidateQueries({ queryKey: autoBackupsQuery().queryKey });
        })
        .catch((error: unknown) => console.warn('Automatic backup failed', error));
    };
    check('scheduled');
    const timer = setInterval(() => check('scheduled'), CHECK_EVERY_MS);
    const onPageHide = () => check('on-quit');
    window.addEventListener('pagehide', onPageHide);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [queryClient]);
}
