import {
  BACKUP_TABLES,
  diffBackup,
  mergeCollisions,
  type BackupData,
  type BackupFile,
  type RestoreMode,
  type RestorePlan,
} from '@shared/backup';
import type { IndexableType, Table } from 'dexie';
import type { QuarterdeckDb } from '../schema';
import { sameRow } from '../sameRow';
import { db } from './common';

/**
 * Every row of every table, read in one transaction so the copy is consistent. `d` is the
 * backup worker's own connection when it runs there.
 */
export async function exportAllData(
  d: QuarterdeckDb = db(),
  onProgress?: (progress: RowsRead) => void,
): Promise<BackupData> {
  return d.transaction('r', d.tables, async () => {
    // Counted first, in the same transaction, so the progress has a total that holds; the reads
    // are asked for at once behind the counts, and answered after them.
    let total = 0;
    let rows = 0;
    const counted = onProgress
      ? Promise.all(d.tables.map((t) => t.count())).then((counts) => {
          total = counts.reduce((a, b) => a + b, 0);
          onProgress({ rows, total });
        })
      : Promise.resolve();
    // Every table asked for at once: the database reads the next while this one is handled,
    // and the answers come back in this order.
    const lists = await Promise.all(
      BACKUP_TABLES.map(async (table) => {
        const list: unknown[] = await d.table(table).toArray();
        await counted;
        rows += list.length;
        onProgress?.({ rows, total });
        return [table, list] as const;
      }),
    );
    return Object.fromEntries(lists) as unknown as BackupData;
  });
}

/** How far reading every table has got: rows read so far, of all the database holds. */
export type RowsRead = { rows: number; total: number };

/** What restoring `file` in `mode` would add, overwrite and delete, per table and per team. */
export async function planRestore(file: BackupFile, mode: RestoreMode): Promise<RestorePlan> {
  return diffBackup(await exportAllData(), file.data, mode);
}

/**
 * Writes a backup into the database in one read-write transaction over every table:
 * `replace` makes every table hold exactly the backup's rows (see {@link replaceRows});
 * `merge` overwrites rows with the backup's ids and keeps the rest. If anything fails, Dexie
 * aborts the transaction and the database is exactly as it was. Pass a file from `readBackup`,
 * which has checked it.
 */
export async function restoreBackup(file: BackupFile, mode: RestoreMode): Promise<void> {
  const d = db();
  await d.transaction('rw', d.tables, async () => {
    if (mode === 'replace') {
      for (const table of BACKUP_TABLES) await replaceRows(d.table(table), file.data[table]);
      return;
    }
    const collisions = mergeCollisions(await exportAllData(), file.data);
    for (const table of BACKUP_TABLES) {
      const ids = collisions[table];
      if (ids) await d.table(table).bulkDelete(ids);
    }
    for (const table of BACKUP_TABLES) await d.table(table).bulkPut(file.data[table]);
  });
}

type Row = { id: IndexableType } & Record<string, unknown>;

/**
 * Makes `table` hold exactly `rows`, as clearing it and adding them would, but writing only what
 * differs: rows it holds that `rows` lacks or holds otherwise are deleted, then the rows it
 * lacks (or held otherwise) are added. Restoring a backup over the workspace it was taken of,
 * or of a day before, rewrites a few rows instead of all of them. What is kept is compared
 * with the backup's row exactly ({@link sameRow}), as read inside the write's own transaction,
 * so nothing written since the preview can be missed. Deleting changed rows before adding
 * keeps a unique index (a KR's one retro) from seeing two rows at once.
 */
async function replaceRows(table: Table<Row, IndexableType>, rows: readonly Row[]): Promise<void> {
  const stored = await table.toArray();
  if (stored.length === 0) {
    await table.bulkAdd(rows as Row[]);
    return;
  }
  const byId = new Map(stored.map((row) => [row.id, row]));
  const incomingIds = new Set<IndexableType>();
  const remove: IndexableType[] = [];
  const add: Row[] = [];
  for (const row of rows) {
    incomingIds.add(row.id);
    const before = byId.get(row.id);
    if (before !== undefined && sameRow(before, row)) continue;
    if (before !== undefined) remove.push(row.id);
    add.push(row);
  }
  for (const row of stored) if (!incomingIds.has(row.id)) remove.push(row.id);
  if (remove.length > 0) await table.bulkDelete(remove);
  if (add.length > 0) await table.bulkAdd(add);
}
