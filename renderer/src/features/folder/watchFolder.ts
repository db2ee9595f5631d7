import { folderSyncStore } from '../../db/folderSyncStore';
import { onWorkspaceWrite } from '../../db/dataWrites';
import { desktopApi } from '../../lib/desktopApi';
import { refreshFolderStatus, syncFolderNow } from './folderStatus';
import { useFolderStore } from './folderStore';

/**
 * How long the app waits after a change before syncing: saves come in bursts, and a sync reads
 * the whole folder.
 */
const SETTLE_MS = 2_000;

/**
 * Keeps the connected workspace folder in step while the window is open: at start, when the
 * folder changes (main watches it; a browser reads it again when its window gets focus), and
 * shortly after any write to the workspace's tables, here or in another window. Returns how to
 * stop.
 */
export function watchFolder(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const pending = (isPending: boolean) => useFolderStore.getState().set({ isPending });
  const soon = () => {
    clearTimeout(timer);
    pending(true);
    timer = setTimeout(() => {
      pending(false);
      void syncFolderNow();
    }, SETTLE_MS);
  };
  const recheck = () => {
    // A browser may have lost or regained permission while the window was away.
    refreshFolderStatus()
      .then(() => (stopped ? undefined : syncFolderNow()))
      .catch((error: unknown) =>
        useFolderStore
          .getState()
          .set({ error: error instanceof Error ? error.message : String(error) }),
      );
  };
  recheck();
  void folderSyncStore
    .loadFileConflicts()
    .then((fileConflicts) => !stopped && useFolderStore.getState().set({ fileConflicts }));

  const stopWatching = desktopApi().onFolderChanged(recheck);
  const stopListening = onWorkspaceWrite(() => {
    if (useFolderStore.getState().status?.state === 'connected') soon();
  });
  return () => {
    stopped = true;
    clearTimeout(timer);
    pending(false);
    stopWatching();
    stopListening();
  };
}
