import type { FolderEntry, FolderProblem } from '@shared/folder/workspaceFolder';
import type { RowConflict, TableRow } from '@shared/sync/workspaceMerge';
import type { FolderSyncStore, SyncReport } from '../../db/folderSyncStore';
import { startFolderSync } from '../../db/folderSyncWorker';

/*
 * One sync of the database with the workspace folder: read the folder, merge it into the
 * database row by row (shared/sync/workspaceMerge.ts, off the UI thread), then write the
 * database back to the folder (only files that changed; never a file whose quarter has a
 * conflict waiting, nor one that could not be read). The folder is a replica: the database stays
 * the source of truth.
 */

/** The host's folder, as the sync needs it (`desktopApi()` in the app; a real folder in tests). */
export interface FolderFilesHost {
  read(): Promise<{ entries: FolderEntry[]; problems: FolderProblem[] }>;
  write(writes: FolderEntry[], removes: string[]): Promise<void>;
}

/** What a sync did, with the rows it deleted (for Undo). */
export interface SyncOutcome {
  report: SyncReport;
  deleted: TableRow[];
  conflicts: RowConflict[];
}

/** Why the sync could not write: the folder changed while it ran. The caller runs it again. */
export class FolderMovedOnError extends Error {
  constructor() {
    super('The folder changed while Quarterdeck was writing to it; it will read it again.');
  }
}

/** Syncs the database with the folder `folderKey` names (its path, or its name in a browser). */
export async function syncFolder(
  host: FolderFilesHost,
  store: FolderSyncStore,
  folderKey: string,
): Promise<SyncOutcome> {
  const read = await host.read();
  const session = await startFolderSync(store, {
    entries: read.entries,
    readProblems: read.problems,
    folderKey,
  });
  const { writes, removes, deleted, conflicts } = session.prepared;
  try {
    if (writes.length + removes.length > 0) {
      // Never write over a file someone changed since it was read.
      const again = await host.read();
      if (!sameFiles(read.entries, again.entries)) throw new FolderMovedOnError();
      await host.write(writes, removes);
    }
  } catch (error) {
    session.cancel();
    throw error;
  }
  const report = await session.commit();
  return { report, deleted, conflicts };
}

function sameFiles(a: readonly FolderEntry[], b: readonly FolderEntry[]): boolean {
  if (a.length !== b.length) return false;
  const texts = new Map(a.map((e) => [e.name, e.text]));
  return b.every((e) => texts.get(e.name) === e.text);
}
