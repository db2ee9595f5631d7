import { create } from 'zustand';
import type { FolderStatus } from '@shared/ipc/folderChannels';
import type { RowConflict } from '@shared/sync/workspaceMerge';
import type { FileConflict, SyncReport } from '../../db/folderSyncStore';

/** Where the workspace folder stands, for the dialog and the sidebar (the data is in the stores). */
type FolderState = {
  status: FolderStatus | null;
  isSyncing: boolean;
  /** Changes saved here are waiting for the sync a moment after the last save (saves come in bursts). */
  isPending: boolean;
  /** Why the last sync failed, if it did. */
  error: string | null;
  report: SyncReport | null;
  /** Rows changed on both sides, waiting for a person. */
  conflicts: RowConflict[];
  /** Rows a merged file (a colleague's) disagrees with, waiting for a person. */
  fileConflicts: FileConflict[];
  set: (patch: Partial<Omit<FolderState, 'set'>>) => void;
};

export const useFolderStore = create<FolderState>()((set) => ({
  status: null,
  isSyncing: false,
  isPending: false,
  error: null,
  report: null,
  conflicts: [],
  fileConflicts: [],
  set: (patch) => set(patch),
}));
