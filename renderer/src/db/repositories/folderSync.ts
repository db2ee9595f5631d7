import { emptyBackupData, type BackupData, type BackupTable } from '@shared/backup/fileFormat';
import { FOLDER_TABLES } from '@shared/folder/teamQuarterFile';
import type { Fields } from '@shared/sync/merge';
import {
  mergeWorkspace,
  stampOver,
  type Row,
  type RowConflict,
  type TableRow,
  type WorkspaceMerge,
  type WorkspaceMergeOptions,
} from '@shared/sync/workspaceMerge';
import type { QuarterdeckDb } from '../schema';
import { exportAllData } from './backup';
import { db } from './common';

/*
 * The database side of the workspace folder and of merging a colleague's file: each merge is
 * computed and written in one read-write transaction, so what it compared is what it wrote over.
 */

/**
 * Merges `theirs` into the database from `base` (shared/sync/workspaceMerge.ts) and writes the
 * result. Returns the merge and the database's data after it, read no second time.
 */
export async function mergeIntoDatabase(
  base: BackupData,
  theirs: BackupData,
  options: WorkspaceMergeOptions,
  d: QuarterdeckDb = db(),
): Promise<{ merge: WorkspaceMerge; after: BackupData }> {
  return d.transaction('rw', d.tables, async () => {
    const mine = await exportAllData(d);
    const merge = mergeWorkspace(base, mine, theirs, options);
    for (const table of [...FOLDER_TABLES].reverse()) {
      const ids = merge.deletes.filter((c) => c.table === table).map((c) => c.row.id);
      if (ids.length > 0) await d.table(table).bulkDelete(ids);
    }
    for (const table of FOLDER_TABLES) {
      const rows = merge.puts.filter((c) => c.table === table).map((c) => c.row);
      if (rows.length > 0) await d.table(table).bulkPut(rows);
    }
    return { merge, after: applied(mine, merge) };
  });
}

/** What merging `theirs` with no common base would do, without writing anything. */
export async function previewMerge(theirs: BackupData): Promise<WorkspaceMerge> {
  return mergeWorkspace(emptyBackupData(), await exportAllData(), theirs, {
    allowDeletions: false,
  });
}

/** Puts rows back as they were (Undo of rows a merge deleted), in one transaction. */
export async function putRowsBack(rows: readonly TableRow[]): Promise<void> {
  const d = db();
  await d.transaction('rw', d.tables, async () => {
    for (const table of FOLDER_TABLES) {
      const back = rows.filter((r) => r.table === table).map((r) => r.row);
      if (back.length > 0) await d.table(table).bulkPut(back);
    }
  });
}

/** Removes rows a merge added (Undo of a merged file), in one transaction. */
export async function removeRows(rows: readonly TableRow[]): Promise<void> {
  const d = db();
  await d.transaction('rw', d.tables, async () => {
    for (const { table, row } of [...rows].reverse()) await d.table(table).delete(row.id);
  });
}

/** Thrown when the row changed here again since the conflict was found. */
export class ConflictMovedOnError extends Error {
  constructor() {
    super('This record changed again since; look at it once more.');
  }
}

/**
 * Writes a conflict's resolution over the row it was found on (refused if that row changed
 * since): `content` for one row, or `'their-row'` where theirs is another row holding what may
 * exist once (the same retro answered on both laptops), which then replaces this one.
 */
export async function writeResolution(
  conflict: RowConflict,
  content: Fields | 'their-row',
): Promise<void> {
  const d = db();
  const table = d.table(conflict.table);
  await d.transaction('rw', d.tables, async () => {
    const current = (await table.get(conflict.mine.id)) as Row | undefined;
    if (
      !current ||
      current.revision !== conflict.mine.revision ||
      current.updatedAt !== conflict.mine.updatedAt
    ) {
      throw new ConflictMovedOnError();
    }
    if (content === 'their-row') {
      await table.delete(conflict.mine.id);
      await table.put(conflict.theirs);
    } else {
      await table.put(stampOver(content, current, conflict.theirs));
    }
  });
}

/** The database's data once a merge is applied. */
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
