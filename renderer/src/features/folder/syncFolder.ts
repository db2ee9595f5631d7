import { emptyBackupData } from '@shared/backup/fileFormat';
import {
  joinFolder,
  planFolderWrite,
  type FolderEntry,
  type FolderProblem,
} from '@shared/folder/workspaceFolder';
import { baseAfterSync, type RowConflict, type TableRow } from '@shared/sync/workspaceMerge';
import { mergeIntoDatabase } from '../../db/repositories/folderSync';
import type { FolderSyncStore, SyncReport } from '../../db/folderSyncStore';
import { quartersOfRows } from './quartersOfRows';

/*
 * One sync of the database with the workspace folder: read the folder, merge it into the
 * database row by row (shared/sync/workspaceMerge.ts), then write the database back to the folder
 * (only files that changed; never a file whose quarter has a conflict waiting, nor one that could
 * not be read). The folder is a replica: the database stays the source of truth.
 */

/** The host's folder, as the sync needs it (`desktopApi()` in the app; an in-memory one in tests). */
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

/** Hold a quarter's file while a conflict in it waits for a person. */
const HELD =
  'waits for you: a change made here and one made in the folder disagree. Resolve it in Workspace folder.';

/**
 * Syncs the database with the folder `folderKey` names (its path, or its name in a browser). The
 * first sync with a folder has no base: it adds and asks, and never deletes.
 */
export async function syncFolder(
  host: FolderFilesHost,
  store: FolderSyncStore,
  folderKey: string,
): Promise<SyncOutcome> {
  const read = await host.read();
  const joined = joinFolder(read.entries);
  const problems = [...read.problems, ...joined.problems];
  const isSameFolder = (await store.loadFolderKey()) === folderKey;
  const base = isSameFolder ? await store.loadBase() : emptyBackupData();
  const { merge, after } = await mergeIntoDatabase(base, joined.data, {
    // A file that could not be read is missing, not deleted: no deletions until it reads again.
    // A folder with no quarter at all (emptied, or another one mounted in its place) deletes
    // nothing either: losing every quarter at once is never what a sync should do.
    allowDeletions: problems.length === 0 && joined.quarters.length > 0,
  });

  const hold = new Map(
    [
      ...quartersOfRows(
        merge.conflicts.map((c) => c.mine),
        after,
      ),
    ].map((id) => [id, HELD]),
  );
  const here = new Set(after.cycles.map((c) => c.id));
  const removeQuarters = new Set(base.cycles.map((c) => c.id).filter((id) => !here.has(id)));
  const plan = planFolderWrite(after, read.entries, { hold, removeQuarters });

  if (plan.writes.length + plan.removes.length > 0) {
    // Never write over a file someone changed since it was read.
    const again = await host.read();
    if (!sameFiles(read.entries, again.entries)) throw new FolderMovedOnError();
    await host.write(plan.writes, plan.removes);
  }

  const written = new Map(read.entries.map((e) => [e.name, e.text]));
  for (const name of plan.removes) written.delete(name);
  for (const { name, text } of plan.writes) written.set(name, text);
  const folderNow = joinFolder([...written].map(([name, text]) => ({ name, text }))).data;
  await store.saveBase(baseAfterSync(folderNow, base, merge.conflicts));
  await store.saveFolderKey(folderKey);
  await store.saveConflicts(merge.conflicts);
  const report: SyncReport = {
    at: new Date().toISOString(),
    taken: merge.puts.length,
    removed: merge.deletes.length,
    written: plan.writes.length + plan.removes.length,
    keptHere: merge.keptHere.length,
    // A file that could not be read is also one not written: named once.
    problems: [
      ...problems,
      ...plan.blocked.filter((b) => b.problem !== HELD && !problems.some((p) => p.name === b.name)),
    ],
  };
  await store.saveReport(report);
  return { report, deleted: merge.deletes, conflicts: merge.conflicts };
}

function sameFiles(a: readonly FolderEntry[], b: readonly FolderEntry[]): boolean {
  if (a.length !== b.length) return false;
  const texts = new Map(a.map((e) => [e.name, e.text]));
  return b.every((e) => texts.get(e.name) === e.text);
}
