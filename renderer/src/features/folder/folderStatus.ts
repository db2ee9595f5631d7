import type { FolderStatus } from '@shared/ipc/folderChannels';
import { folderSyncStore } from '../../db/folderSyncStore';
import { desktopApi, unwrap } from '../../lib/desktopApi';
import { recoverableImport } from '../../lib/recoverableImport';
import { useFolderStore } from './folderStore';

/**
 * Reads where the folder stands, and what the last sync left (its report, its conflicts), into
 * the folder's UI store. Light on purpose: the start of every window runs it; the sync itself
 * (`folderSync.ts`) loads only when a folder is connected.
 */
export async function refreshFolderStatus(): Promise<FolderStatus> {
  const status = await unwrap(desktopApi().folderStatus());
  const [report, conflicts] = await Promise.all([
    folderSyncStore.loadReport(),
    folderSyncStore.loadConflicts(),
  ]);
  useFolderStore.getState().set({ status, report: report ?? null, conflicts });
  return status;
}

const importFolderSync = recoverableImport(() => import('./folderSync'));

/** Syncs the connected folder now (loading the sync's code the first time). */
export async function syncFolderNow(): Promise<void> {
  if (useFolderStore.getState().status?.state !== 'connected') return;
  const { requestFolderSync } = await importFolderSync();
  await requestFolderSync();
}
