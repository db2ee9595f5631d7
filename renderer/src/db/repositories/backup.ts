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
export async function exportAllData(d: QuarterdeckDb = db()): Promise<BackupData> {
  return d.transaction('r', d.tables, async () => ({
    teams: await d.teams.toArray(),
    levels: await d.levels.toArray(),
    cycles: await d.cycles.toArray(),
    objectives: await d.objectives.toArray(),
    keyResults: await d.keyResults.toArray(),
    checkIns: await d.checkIns.toArray(),
    keyResultRetros: await d.keyResultRetros.toArray(),
    cycleRetros: await d.cycleRetros.toArray(),
    dependencies: await d.dependencies.toArray(),
    templates: await d.templates.toArray(),
    wizardDrafts: await d.wizardDrafts.toArray(),
    workshops: await d.workshops.toArray(),
    workshopParticipants: await d.workshopParticipants.toArray(),
    workshopClusters: await d.workshopClusters.toArray(),
    workshopCards: await d.workshopCards.toArray(),
    workshopBallots: await d.workshopBallots.toArray(),
    confidenceRounds: await d.confidenceRounds.toArray(),
    confidenceVotes: await d.confidenceVotes.toArray(),
    effortEntries: await d.effortEntries.toArray(),
  }));
}

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
