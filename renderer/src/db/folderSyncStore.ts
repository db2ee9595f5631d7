import Dexie, { type EntityTable } from 'dexie';
import type { BackupData } from '@shared/backup/fileFormat';
import type { RowConflict } from '@shared/sync/workspaceMerge';

/*
 * What the workspace folder's sync keeps on this computer, apart from the workspace itself (it is
 * bookkeeping about a replica, never part of a backup): the last state both sides agreed on (the
 * base of the three-way merge), the conflicts waiting for a person, what the last sync did, and
 * in a browser the folder's handle.
 */

/** A conflict from merging a colleague's file, with the file's name. */
export type FileConflict = RowConflict & { fileName: string };

/** What the last sync did, for the Workspace folder dialog and the sidebar. */
export interface SyncReport {
  at: string;
  /** Rows taken from the folder (added or changed there). */
  taken: number;
  /** Rows removed because they were deleted in the folder. */
  removed: number;
  /** Files written and removed in the folder. */
  written: number;
  /** Files that were not read or not written, each with why. */
  problems: { name: string; problem: string }[];
  /** Rows deleted in the folder but changed here since, which were kept. */
  keptHere: number;
}

/** A disconnected folder's base, kept for when the same folder is connected again. */
export interface PausedFolder {
  base: BackupData;
  folderKey: string;
}

type Entry = { key: string; value: unknown };
type FolderSyncDb = Dexie & { state: EntityTable<Entry, 'key'> };

/** The database the folder's sync state lives in, beside the app's data. */
export const FOLDER_SYNC_DB = 'quarterdeck-folder-sync';

export function openFolderSyncDb(name: string = FOLDER_SYNC_DB): FolderSyncDb {
  const db = new Dexie(name) as FolderSyncDb;
  db.version(1).stores({ state: '&key' });
  return db;
}

/** The sync's bookkeeping in the database `name` (tests give each laptop its own). */
export function createFolderSyncStore(name: string = FOLDER_SYNC_DB) {
  let opened: FolderSyncDb | null = null;
  const store = (): FolderSyncDb => (opened ??= openFolderSyncDb(name));

  async function get<T>(key: string): Promise<T | undefined> {
    return (await store().state.get(key))?.value as T | undefined;
  }

  async function set(key: string, value: unknown): Promise<void> {
    if (value === undefined) await store().state.delete(key);
    else await store().state.put({ key, value });
  }

  return {
    name,
    /** What both sides last agreed on; undefined before the first sync. */
    loadBase: (): Promise<BackupData | undefined> => get<BackupData>('base'),
    saveBase: (base: BackupData) => set('base', base),
    /**
     * Which folder the base belongs to: a base is only ever compared with its own folder, never
     * with one chosen since (where everything it holds would look deleted).
     */
    loadFolderKey: (): Promise<string | undefined> => get<string>('folderKey'),
    saveFolderKey: (key: string) => set('folderKey', key),
    loadConflicts: async (): Promise<RowConflict[]> =>
      (await get<RowConflict[]>('conflicts')) ?? [],
    saveConflicts: (conflicts: RowConflict[]) => set('conflicts', conflicts),
    /** Conflicts from merging a colleague's file, apart from the folder's (which each sync renews). */
    loadFileConflicts: async (): Promise<FileConflict[]> =>
      (await get<FileConflict[]>('fileConflicts')) ?? [],
    saveFileConflicts: (conflicts: FileConflict[]) => set('fileConflicts', conflicts),
    loadReport: (): Promise<SyncReport | undefined> => get<SyncReport>('report'),
    saveReport: (report: SyncReport) => set('report', report),
    /** A browser's folder handle; structured-cloned by IndexedDB, kept across restarts. */
    loadHandle: <T>(): Promise<T | undefined> => get<T>('handle'),
    saveHandle: (handle: unknown) => set('handle', handle),
    /** The handle of the folder disconnected last, to know it again (two may share a name). */
    loadPausedHandle: <T>(): Promise<T | undefined> => get<T>('pausedHandle'),
    savePausedHandle: (handle: unknown) => set('pausedHandle', handle),
    /**
     * Disconnecting: the folder's base is put aside with the folder's key, so connecting the same
     * folder again later merges from what both last agreed on (asking only about rows changed on
     * both sides) instead of about every row that differs. Any other folder starts afresh.
     */
    async pauseFolder(): Promise<void> {
      const [base, folderKey] = await Promise.all([
        get<BackupData>('base'),
        get<string>('folderKey'),
      ]);
      await store().transaction('rw', store().state, async () => {
        if (base && folderKey) await set('paused', { base, folderKey } satisfies PausedFolder);
        await store().state.bulkDelete(['base', 'folderKey', 'conflicts', 'report', 'handle']);
      });
    },
    /** The base of the folder disconnected last, if any. */
    loadPaused: (): Promise<PausedFolder | undefined> => get<PausedFolder>('paused'),
    clearPaused: () => set('paused', undefined),
    /** Forgets the folder entirely (another one was chosen in its place): it starts afresh. */
    async forgetFolder(): Promise<void> {
      await store().state.bulkDelete([
        'base',
        'folderKey',
        'conflicts',
        'report',
        'handle',
        'paused',
        'pausedHandle',
      ]);
    },
  };
}
export type FolderSyncStore = ReturnType<typeof createFolderSyncStore>;

/** The app's own. */
export const folderSyncStore: FolderSyncStore = createFolderSyncStore();
