import { emptyBackupData, type BackupData, type BackupTable } from '@shared/backup/fileFormat';
import { FOLDER_TABLES } from '@shared/folder/teamQuarterFile';
import {
  joinFolder,
  planFolderWrite,
  type FolderEntry,
  type FolderProblem,
} from '@shared/folder/workspaceFolder';
import {
  baseAfterSync,
  mergeWorkspace,
  type Row,
  type RowConflict,
  type TableRow,
  type WorkspaceMerge,
} from '@shared/sync/workspaceMerge';
import { exportAllData } from '../../db/repositories/backup';
import { db, nowIso } from '../../db/repositories/common';
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

export async function syncFolder(
  host: FolderFilesHost,
  store: FolderSyncStore,
): Promise<SyncOutcome> {
  const read = await host.read();
  const joined = joinFolder(read.entries);
  const problems = [...read.problems, ...joined.problems];
  const base = await store.loadBase();
  const d = db();

  const { merge, after } = await d.transaction('rw', d.tables, async () => {
    const mine = await exportAllData(d);
    // A file that could not be read is missing, not deleted: no deletions until it reads again.
    const result = mergeWorkspace(base, mine, joined.data, {
      allowDeletions: problems.length === 0,
    });
    await applyMerge(result);
    return { merge: result, after: applied(mine, result) };
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
  await store.saveConflicts(merge.conflicts);
  const report: SyncReport = {
    at: nowIso(),
    taken: merge.puts.length,
    removed: merge.deletes.length,
    written: plan.writes.length + plan.removes.length,
    keptHere: merge.keptHere.length,
    problems: [...problems, ...plan.blocked.filter((b) => b.problem !== HELD)],
  };
  await store.saveReport(report);
  return { report, deleted: merge.deletes, conflicts: merge.conflicts };
}

/** Writes a merge's puts and deletes; runs inside the caller's read-write transaction. */
async function applyMerge(merge: WorkspaceMerge): Promise<void> {
  const d = db();
  for (const table of [...FOLDER_TABLES].reverse()) {
    const ids = merge.deletes.filter((c) => c.table === table).map((c) => c.row.id);
    if (ids.length > 0) await d.table(table).bulkDelete(ids);
  }
  for (const table of FOLDER_TABLES) {
    const rows = merge.puts.filter((c) => c.table === table).map((c) => c.row);
    if (rows.length > 0) await d.table(table).bulkPut(rows);
  }
}

/** The database's data once a merge is applied, without reading it again. */
function applied(mine: BackupData, merge: WorkspaceMerge): BackupData {
  const result = emptyBackupData() as unknown as Record<BackupTable, Row[]>;
  for (const table of Object.keys(result) as BackupTable[]) {
    const rows = new Map((mine[table] as readonly Row[]).map((r) => [r.id, r]));
    for (const c of merge.deletes) if (c.table === table) rows.delete(c.row.id);
    for (const c of merge.puts) if (c.table === table) rows.set(c.row.id, c.row);
    result[table] = [...rows.values()];
  }
  return result as unknown as BackupData;
}

function sameFiles(a: readonly FolderEntry[], b: readonly FolderEntry[]): boolean {
  if (a.length !== b.length) return false;
  const texts = new Map(a.map((e) => [e.name, e.text]));
  return b.every((e) => texts.get(e.name) === e.text);
}

/** Puts rows back (Undo of a deletion that came from the folder): the next sync writes them out. */
export async function putBack(rows: readonly TableRow[]): Promise<void> {
  const d = db();
  await d.transaction('rw', d.tables, async () => {
    for (const table of FOLDER_TABLES) {
      const back = rows.filter((r) => r.table === table).map((r) => r.row);
      if (back.length > 0) await d.table(table).bulkPut(back);
    }
  });
}
