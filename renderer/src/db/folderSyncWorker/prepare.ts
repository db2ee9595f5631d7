import { emptyBackupData, type BackupData } from '@shared/backup/fileFormat';
import {
  joinFolder,
  planFolderWrite,
  type FolderEntry,
  type FolderProblem,
} from '@shared/folder/workspaceFolder';
import { baseAfterSync, type RowConflict, type TableRow } from '@shared/sync/workspaceMerge';
import type { FolderSyncStore, SyncReport } from '../folderSyncStore';
import { mergeIntoDatabase } from '../repositories/folderSync';
import type { QuarterdeckDb } from '../schema';
import { quartersOfRows } from './quartersOfRows';

/*
 * The work of one folder sync between reading the folder and writing it: join the files, merge
 * them into the database (one transaction), plan the files to write, and what both sides will
 * agree on once they are written. Runs in the folder worker (`worker.ts`) so a large workspace
 * never blocks the window, or inline where there are no workers.
 */

/** The folder as read: its files' text, and the files that could not be read as text. */
export interface PrepareSyncRequest {
  entries: FolderEntry[];
  readProblems: FolderProblem[];
  /** Which folder (its path, or a browser's folder name): a base belongs to one folder only. */
  folderKey: string;
}

/** What the page needs: the files to write and remove, and what to tell the person. */
export interface PreparedSync {
  writes: FolderEntry[];
  removes: string[];
  report: Omit<SyncReport, 'at'>;
  /** Rows deleted because they were deleted in the folder (for Undo). */
  deleted: TableRow[];
  conflicts: RowConflict[];
}

/** What {@link commitFolderSync} saves once the files are written. */
export interface PendingSync {
  prepared: PreparedSync;
  nextBase: BackupData;
  folderKey: string;
  /** Whether this sync connected a disconnected folder again (its put-aside base is used up). */
  reconnected: boolean;
}

/** Held back while a conflict in its quarter waits for a person. */
const HELD =
  'waits for you: a change made here and one made in the folder disagree. Resolve it in Workspace folder.';

/**
 * Merges the folder into the database and plans the write. The first sync with a folder has no
 * base: it adds and asks, and never deletes. The first sync with a folder connected again after
 * a disconnect merges from the base put aside then, and deletes nothing on either side.
 */
export async function prepareFolderSync(
  d: QuarterdeckDb,
  store: FolderSyncStore,
  { entries, readProblems, folderKey }: PrepareSyncRequest,
): Promise<PendingSync> {
  const joined = joinFolder(entries);
  const problems = [...readProblems, ...joined.problems];
  const { base, reconnected } = await baseFor(store, folderKey);
  const { merge, after } = await mergeIntoDatabase(
    base,
    joined.data,
    {
      // A file that could not be read is missing, not deleted: no deletions until it reads
      // again. A folder with no quarter at all (emptied, or another one mounted in its place)
      // deletes nothing either: losing every quarter at once is never what a sync should do.
      allowDeletions: !reconnected && problems.length === 0 && joined.quarters.length > 0,
      // What was deleted while the two were apart comes back rather than leaving the other side.
      restoreDeletedHere: reconnected,
    },
    d,
  );

  const held = quartersOfRows(
    merge.conflicts.map((c) => c.mine),
    after,
  );
  const hold = new Map([...held].map((id) => [id, HELD]));
  const here = new Set(after.cycles.map((c) => c.id));
  const removeQuarters = new Set(base.cycles.map((c) => c.id).filter((id) => !here.has(id)));
  const plan = planFolderWrite(after, entries, { hold, removeQuarters });

  // What the folder will hold once written: the base of the next sync.
  const written = new Map(entries.map((e) => [e.name, e.text]));
  for (const name of plan.removes) written.delete(name);
  for (const { name, text } of plan.writes) written.set(name, text);
  const folderNow = joinFolder([...written].map(([name, text]) => ({ name, text }))).data;

  const prepared: PreparedSync = {
    writes: plan.writes,
    removes: plan.removes,
    deleted: merge.deletes,
    conflicts: merge.conflicts,
    report: {
      taken: merge.puts.length,
      removed: merge.deletes.length,
      written: plan.writes.length + plan.removes.length,
      keptHere: merge.keptHere.length,
      // A file that could not be read is also one not written: named once.
      problems: [
        ...problems,
        ...plan.blocked.filter(
          (b) => b.problem !== HELD && !problems.some((p) => p.name === b.name),
        ),
      ],
    },
  };
  return {
    prepared,
    nextBase: baseAfterSync(folderNow, base, merge.conflicts),
    folderKey,
    reconnected,
  };
}

/** The base to merge the folder `folderKey` from: its own, the one put aside, or none. */
async function baseFor(
  store: FolderSyncStore,
  folderKey: string,
): Promise<{ base: BackupData; reconnected: boolean }> {
  if ((await store.loadFolderKey()) === folderKey) {
    return { base: (await store.loadBase()) ?? emptyBackupData(), reconnected: false };
  }
  const paused = await store.loadPaused();
  if (paused?.folderKey === folderKey) return { base: paused.base, reconnected: true };
  return { base: emptyBackupData(), reconnected: false };
}

/** Once the files are written: the new base, which folder it belongs to, and the report. */
export async function commitFolderSync(
  store: FolderSyncStore,
  { prepared, nextBase, folderKey, reconnected }: PendingSync,
): Promise<SyncReport> {
  const report: SyncReport = { at: new Date().toISOString(), ...prepared.report };
  await store.saveBase(nextBase);
  await store.saveFolderKey(folderKey);
  await store.saveConflicts(prepared.conflicts);
  await store.saveReport(report);
  if (reconnected) await store.clearPaused();
  return report;
}
