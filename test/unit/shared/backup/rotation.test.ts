import { describe, expect, it } from 'vitest';
import {
  autoBackupId,
  autoBackupIdSchema,
  parseAutoBackupId,
  selectBackupsToKeep,
  type AutoBackupReason,
  type AutoBackupRef,
} from '../../../../shared/backup/rotation';

function backup(createdAt: string, reason: AutoBackupReason = 'scheduled'): AutoBackupRef {
  return { id: autoBackupId(createdAt, reason), createdAt, reason };
}

/** One scheduled backup at 09:00 UTC on each day from `first` for `days` days. */
function dailyFrom(first: string, days: number): AutoBackupRef[] {
  const start = Date.parse(`${first}T09:00:00.000Z`);
  return Array.from({ length: days }, (_, i) =>
    backup(new Date(start + i * 24 * 60 * 60 * 1000).toISOString()),
  );
}

const days = (kept: Set<string>) =>
  [...kept].map((id) => parseAutoBackupId(id)?.createdAt.slice(0, 10)).sort();

describe('automatic backup ids', () => {
  it('names a backup by its UTC time to the second and its reason', () => {
    expect(autoBackupId('2027-01-04T09:00:00.123Z', 'scheduled')).toBe(
      'auto-2027-01-04T09-00-00Z-scheduled.json',
    );
    expect(autoBackupId('2027-01-04T10:30:05+01:00', 'before-import')).toBe(
      'auto-2027-01-04T09-30-05Z-before-import.json',
    );
  });

  it('reads the time and reason back', () => {
    expect(parseAutoBackupId('auto-2027-01-04T09-00-00Z-before-restore.json')).toEqual({
      id: 'auto-2027-01-04T09-00-00Z-before-restore.json',
      createdAt: '2027-01-04T09:00:00.000Z',
      reason: 'before-restore',
    });
  });

  it.each([
    '../auto-2027-01-04T09-00-00Z-scheduled.json',
    'auto-2027-01-04T09-00-00Z-scheduled.json/..',
    'auto-2027-01-04T09-00-00Z-hourly.json',
    'auto-2027-01-04T09:00:00Z-scheduled.json',
    '.auto-2027-01-04T09-00-00Z-scheduled.json.123-abc.tmp',
    'notes.txt',
  ])('refuses %s', (id) => {
    expect(parseAutoBackupId(id)).toBeNull();
    expect(autoBackupIdSchema.safeParse(id).success).toBe(false);
  });

  it('refuses a name whose date does not exist', () => {
    expect(parseAutoBackupId('auto-2027-13-45T09-00-00Z-scheduled.json')).toBeNull();
  });
});

describe('selectBackupsToKeep', () => {
  it('keeps everything while there are fewer than seven days of backups', () => {
    const backups = dailyFrom('2027-01-01', 5);
    expect(selectBackupsToKeep(backups, new Date('2027-01-05T12:00:00Z'))).toEqual(
      new Set(backups.map((b) => b.id)),
    );
  });

  it('keeps only the newest backup of a day', () => {
    const morning = backup('2027-01-04T08:00:00.000Z');
    const noon = backup('2027-01-04T12:00:00.000Z', 'on-quit');
    const evening = backup('2027-01-04T18:00:00.000Z');
    expect(selectBackupsToKeep([noon, evening, morning], new Date('2027-01-04T20:00:00Z'))).toEqual(
      new Set([evening.id]),
    );
  });

  it('keeps the last seven days, then one backup for each of the four weeks before them', () => {
    // Every day from Monday 2026-11-16 to Friday 2027-01-15.
    const backups = dailyFrom('2026-11-16', 61);
    const kept = selectBackupsToKeep(backups, new Date('2027-01-15T12:00:00Z'));
    expect(days(kept)).toEqual([
      // The newest of ISO weeks 2026-W50 to 2026-W53 (Sundays).
      '2026-12-13',
      '2026-12-20',
      '2026-12-27',
      '2027-01-03',
      // 2027-W01 (from Monday 4 January) holds the oldest daily backup, so it counts as covered.
      '2027-01-09',
      '2027-01-10',
      '2027-01-11',
      '2027-01-12',
      '2027-01-13',
      '2027-01-14',
      '2027-01-15',
    ]);
  });

  it('counts the seven most recent days that have a backup, however long ago they were', () => {
    // Two weeks of work in March, then nothing until today.
    const backups = dailyFrom('2027-03-01', 14);
    const kept = selectBackupsToKeep(backups, new Date('2027-06-01T12:00:00Z'));
    expect(days(kept)).toEqual([
      '2027-03-07', // newest of 2027-W09
      '2027-03-08',
      '2027-03-09',
      '2027-03-10',
      '2027-03-11',
      '2027-03-12',
      '2027-03-13',
      '2027-03-14',
    ]);
  });

  it('keeps every safety backup of the last seven days, and lets older ones rotate away', () => {
    const now = new Date('2027-01-15T12:00:00Z');
    const scheduled = backup('2027-01-15T09:00:00.000Z');
    const beforeRestore = backup('2027-01-15T08:00:00.000Z', 'before-restore');
    const beforeImport = backup('2027-01-09T07:00:00.000Z', 'before-import');
    const sameDayScheduled = backup('2027-01-09T08:00:00.000Z');
    const oldRestore = backup('2027-01-07T08:00:00.000Z', 'before-restore');
    const oldScheduled = backup('2027-01-07T09:00:00.000Z');
    const kept = selectBackupsToKeep(
      [scheduled, beforeRestore, beforeImport, sameDayScheduled, oldRestore, oldScheduled],
      now,
    );
    expect(kept).toEqual(
      new Set([
        scheduled.id,
        beforeRestore.id,
        beforeImport.id,
        sameDayScheduled.id,
        oldScheduled.id,
      ]),
    );
  });

  it('keeps nothing of nothing', () => {
    expect(selectBackupsToKeep([], new Date('2027-01-15T12:00:00Z'))).toEqual(new Set());
  });
});
