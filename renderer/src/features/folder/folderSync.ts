import type { TableRow } from '@shared/sync/workspaceMerge';
import { folderSyncStore } from '../../db/folderSyncStore';
import { desktopApi, unwrap } from '../../lib/desktopApi';
import { useToastStore } from '../../state/toastStore';
import { describeRows } from './describeRows';
import { useFolderStore } from './folderStore';
import { isSameConflict } from './resolveConflict';
import { putRowsBack } from '../../db/repositories/folderSync';
import { FolderMovedOnError, syncFolder, type FolderFilesHost } from './syncFolder';

/*
 * Runs the workspace folder's sync for the window: one at a time (a request while one runs asks
 * for one more after it), and one window at a time where the browser can lock across tabs. Says
 * what came in, offers Undo for what was deleted, and points at conflicts.
 */

const host: FolderFilesHost = {
  read: () => unwrap(desktopApi().folderRead()),
  write: async (writes, removes) => {
    await unwrap(desktopApi().folderWrite({ writes, removes }));
  },
};

let running: Promise<void> | null = null;
let isWanted = false;

/** Asks for a sync; returns when the folder has been synced (or the sync failed and said why). */
export function requestFolderSync(): Promise<void> {
  if (useFolderStore.getState().status?.state !== 'connected') return Promise.resolve();
  if (running) {
    isWanted = true;
    return running;
  }
  running = (async () => {
    try {
      let tries = 0;
      do {
        isWanted = false;
        tries += 1;
        await syncOnce(tries < 4);
      } while (isWanted);
    } finally {
      running = null;
    }
  })();
  return running;
}

async function syncOnce(mayRetry: boolean): Promise<void> {
  const ui = useFolderStore.getState();
  ui.set({ isSyncing: true });
  try {
    const status = useFolderStore.getState().status;
    const folderKey = `${status?.location ?? ''}|${status?.name ?? ''}`;
    const outcome = await withSyncLock(() => syncFolder(host, folderSyncStore, folderKey));
    // A conflict is told once, when it first appears; the dialog lists it until it is settled.
    const known = useFolderStore.getState().conflicts;
    const fresh = outcome.conflicts.filter((c) => !known.some((k) => isSameConflict(k, c)));
    ui.set({ error: null, report: outcome.report, conflicts: outcome.conflicts });
    tell(outcome.report.taken, outcome.deleted, fresh.length);
  } catch (error) {
    if (error instanceof FolderMovedOnError && mayRetry) {
      isWanted = true;
      return;
    }
    ui.set({ error: error instanceof Error ? error.message : String(error) });
  } finally {
    useFolderStore.getState().set({ isSyncing: false });
  }
}

/** One toast for what a sync brought in, with Undo when it deleted rows. */
function tell(taken: number, deleted: TableRow[], conflicts: number): void {
  const parts: string[] = [];
  if (taken > 0) parts.push(`took ${taken === 1 ? 'one change' : `${taken} changes`}`);
  if (deleted.length > 0) parts.push(`removed ${describeRows(deleted)} deleted there`);
  if (parts.length === 0 && conflicts === 0) return;
  const message = [
    parts.length > 0 ? `From the workspace folder: ${parts.join(', ')}.` : '',
    conflicts > 0
      ? `${conflicts === 1 ? 'One change disagrees' : `${conflicts} changes disagree`} with yours: open Workspace folder to choose.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  useToastStore.getState().show({
    tone: 'info',
    message,
    ...(deleted.length > 0
      ? {
          undo: async () => {
            await putRowsBack(deleted);
            useToastStore.getState().show({
              tone: 'info',
              message: `${describeRows(deleted, true)} back; the folder gets them again.`,
            });
          },
        }
      : {}),
  });
}

/** Runs `work` holding the folder's lock, so two tabs of the app never sync at once. */
async function withSyncLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) return work();
  return locks.request('quarterdeck-folder-sync', work);
}
