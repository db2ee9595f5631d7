import {
  BACKUP_TABLES,
  diffBackup,
  mergeCollisions,
  type BackupData,
  type BackupFile,
  type RestoreMode,
  type RestorePlan,
} from '@shared/backup';
import type { QuarterdeckDb } from '../schema';
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
    // Counted first, in the same transaction, so the progress has a total that holds.
    const total = onProgress
      ? (await Promise.all(d.tables.map((t) => t.count()))).reduce((a, b) => a + b, 0)
      : 0;
    let rows = 0;
    onProgress?.({ rows, total });
    const read = async <T>(table: { toArray: () => Promise<T[]> }): Promise<T[]> => {
      const list = await table.toArray();
      rows += list.length;
      onProgress?.({ rows, total });
      return list;
    };
    return {
      teams: await read(d.teams),
      levels: await read(d.levels),
      cycles: await read(d.cycles),
      objectives: await read(d.objectives),
      keyResults: await read(d.keyResults),
      checkIns: await read(d.checkIns),
      keyResultRetros: await read(d.keyResultRetros),
      cycleRetros: await read(d.cycleRetros),
      dependencies: await read(d.dependencies),
      templates: await read(d.templates),
      wizardDrafts: await read(d.wizardDrafts),
      workshops: await read(d.workshops),
      workshopParticipants: await read(d.workshopParticipants),
      workshopClusters: await read(d.workshopClusters),
      workshopCards: await read(d.workshopCards),
      workshopBallots: await read(d.workshopBallots),
      confidenceRounds: await read(d.confidenceRounds),
      confidenceVotes: await read(d.confidenceVotes),
      effortEntries: await read(d.effortEntries),
    };
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
 * `replace` clears them all and adds the backup's rows; `merge` overwrites rows with the
 * backup's ids and keeps the rest. If anything fails, Dexie aborts the transaction and the
 * database is exactly as it was. Pass a file from `readBackup`, which has checked it.
 */
export async function restoreBackup(file: BackupFile, mode: RestoreMode): Promise<void> {
  const d = db();
  await d.transaction('rw', d.tables, async () => {
    if (mode === 'replace') {
      for (const table of BACKUP_TABLES) await d.table(table).clear();
      for (const table of BACKUP_TABLES) await d.table(table).bulkAdd(file.data[table]);
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
