import Dexie from 'dexie';
import { useEffect } from 'react';
import { FOLDER_TABLES } from '@shared/folder/teamQuarterFile';
import { folderSyncStore } from '../../db/folderSyncStore';
import { db } from '../../db/repositories/common';
import { desktopApi } from '../../lib/desktopApi';
import { refreshFolderStatus, syncFolderNow } from './folderStatus';
import { useFolderStore } from './folderStore';

/** How long the app waits after a change (typing, a pull) before syncing: changes come in bursts. */
const SETTLE_MS = 800;

/**
 * Keeps the connected workspace folder in step while the window is open: at start, when the
 * folder changes (main watches it; a browser reads it again when its window gets focus), and
 * shortly after any write to the workspace's tables, here or in another window.
 */
export function useFolderSync(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void syncFolderNow(), SETTLE_MS);
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
    const prefixes = FOLDER_TABLES.map((table) => `idb://${db().name}/${table}/`);
    const onMutated = (parts: Record<string, unknown>) => {
      if (useFolderStore.getState().status?.state !== 'connected') return;
      if (Object.keys(parts).some((part) => prefixes.some((p) => part.startsWith(p)))) soon();
    };
    Dexie.on('storagemutated', onMutated);
    return () => {
      stopped = true;
      clearTimeout(timer);
      stopWatching();
      Dexie.on('storagemutated').unsubscribe(onMutated);
    };
  }, []);
}
