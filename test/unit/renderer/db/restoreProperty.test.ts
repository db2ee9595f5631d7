import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BACKUP_TABLES,
  createBackup,
  readBackup,
  serializeBackup,
  type BackupData,
  type BackupFile,
} from '@shared/backup';
import { exportAllData, restoreBackup } from '../../../../renderer/src/db/repositories/backup';
import { backupDataArb } from '../../shared/backup/arbitraries';
import { openFreshDb } from './builders';

/*
 * The real restore (Dexie over fake-indexeddb), over generated workspaces: backing up what a
 * restore wrote gives back exactly the backup, in both modes. One database serves every run;
 * each run starts by replacing all of it.
 */

const RUNS = 1000;
const NOW = new Date('2027-02-01T10:00:00.000Z');

type Row = Record<string, unknown>;

/** A backup file of `data`, read back as the app reads a chosen file. */
async function asFile(data: BackupData): Promise<BackupFile> {
  const read = await readBackup(serializeBackup(await createBackup(data, '0.1.0', NOW)));
  if (!read.ok) throw new Error(read.problem);
  return read.file;
}

/** Every table's rows by id, so two copies compare whatever order they were read in. */
function byId(data: BackupData): Record<string, Row[]> {
  return Object.fromEntries(
    BACKUP_TABLES.map((t) => [
      t,
      [...(data[t] as Row[])].sort((a, b) => String(a.id).localeCompare(String(b.id))),
    ]),
  );
}

const LINKS = [
  'id',
  'teamId',
  'cycleId',
  'objectiveId',
  'keyResultId',
  'sessionId',
  'supersedesId',
  'previousCycleId',
  'carriedFromKeyResultId',
  'parentObjectiveId',
];

/** The same workspace under other ids, as a second computer would have made it. */
function withPrefix(data: BackupData, prefix: string): BackupData {
  const move = (value: unknown) => (typeof value === 'string' ? `${prefix}${value}` : value);
  const rows = (table: (typeof BACKUP_TABLES)[number]) =>
    (data[table] as Row[]).map((row) => {
      const next: Row = { ...row };
      for (const key of LINKS) if (key in next) next[key] = move(next[key]);
      if (Array.isArray(next.calibration)) {
        next.calibration = (next.calibration as Row[]).map((c) => ({
          ...c,
          keyResultId: move(c.keyResultId),
        }));
      }
      if (Array.isArray(next.objectivesMatteredLess)) {
        next.objectivesMatteredLess = next.objectivesMatteredLess.map(move);
      }
      return next;
    });
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, rows(t)])) as BackupData;
}

/**
 * What this computer holds before a merge: an older copy of the backup's rows (some gone, some
 * edited since, retros under other ids for the same key results and quarters) and a workspace
 * of its own.
 */
function localCopy(backup: BackupData, own: BackupData, keep: readonly boolean[]): BackupData {
  const older = (table: (typeof BACKUP_TABLES)[number]) =>
    (backup[table] as Row[])
      .filter((_, i) => keep[i % keep.length])
      .map((row) => {
        const edited: Row = { ...row, updatedAt: '2026-12-31T23:59:59.000Z' };
        const isRetro = table === 'keyResultRetros' || table === 'cycleRetros';
        return isRetro ? { ...edited, id: `older-${String(row.id)}` } : edited;
      });
  return Object.fromEntries(
    BACKUP_TABLES.map((t) => [t, [...older(t), ...(own[t] as Row[])]]),
  ) as BackupData;
}

/** The backup's rows win; rows only this computer has stay; older retros give way. */
function merged(backup: BackupData, own: BackupData): Record<string, Row[]> {
  return byId(
    Object.fromEntries(
      BACKUP_TABLES.map((t) => [t, [...(backup[t] as Row[]), ...(own[t] as Row[])]]),
    ) as BackupData,
  );
}

beforeAll(() => {
  openFreshDb();
});

describe('backup → restore → backup, over the real database', () => {
  it(`gives back the same data in both modes, for ${RUNS} generated workspaces`, async () => {
    await fc.assert(
      fc.asyncProperty(
        backupDataArb,
        backupDataArb,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        async (data, ownData, keep) => {
          const file = await asFile(data);

          await restoreBackup(file, 'replace');
          expect(byId(await exportAllData())).toEqual(byId(file.data));

          // The local copy is written as it is: an older copy may lack rows its rows link to.
          const own = withPrefix(ownData, 'local-');
          const local = await createBackup(localCopy(file.data, own, keep), '0.1.0', NOW);
          await restoreBackup(local, 'replace');
          await restoreBackup(file, 'merge');
          expect(byId(await exportAllData())).toEqual(merged(file.data, own));
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);
});
