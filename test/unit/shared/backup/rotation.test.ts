import { describe, expect, it } from 'vitest';
import {
  AUTO_BACKUP_INTERVAL_MS,
  autoBackupId,
  autoBackupIdSchema,
  isScheduledBackupDue,
  newestFirst,
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
    expect(parseAutoBackupId('auto-2027-02-30T09-00-00Z-scheduled.json')).toBeNull();
  });

  it('numbers a second backup of the same second instead of reusing the name', () => {
    const second = autoBackupId('2027-01-04T09:00:00.900Z', 'scheduled', 2);
    expect(second).toBe('auto-2027-01-04T09-00-00Z-scheduled-2.json');
    expect(parseAutoBackupId(second)).toMatchObject({ createdAt: '2027-01-04T09:00:00.000Z' });
    expect(parseAutoBackupId('auto-2027-01-04T09-00-00Z-scheduled-1.json')).toBeNull();
    expect(parseAutoBackupId('auto-2027-01-04T09-00-00Z-scheduled-x.json')).toBeNull();
    const first = backup('2027-01-04T09:00:00.000Z');
    const ref = { ...first, id: second };
    expect([first, ref].sort(newestFirst).map((b) => b.id)).toEqual([second, first.id]);
  });
});

describe('isScheduledBackupDue', () => {
  const now = new Date('2027-01-15T12:00:00Z');

  it('is due with no backup, or when the newest is a day old', () => {
    expect(isScheduledBackupDue([], now)).toBe(true);
    const dayOld = new Date(now.getTime() - AUTO_BACKUP_INTERVAL_MS).toISOString();
    expect(isScheduledBackupDue([backup(dayOld)], now)).toBe(true);
    expect(isScheduledBackupDue([backup('2027-01-15T09:00:00.000Z')], now)).toBe(false);
  });

  it('is not stopped by backups a clock that ran ahead dated in the future', () => {
    const future = backup('2028-06-01T09:00:00.000Z');
    expect(isScheduledBackupDue([future], now)).toBe(true);
    expect(isScheduledBackupDue([future, backup('2027-01-14T09:00:00.000Z')], now)).toBe(true);
    // A few seconds of drift is no jump.
    expect(isScheduledBackupDue([backup('2027-01-15T12:00:30.000Z')], now)).toBe(false);
  });
});

describe('selectBackupsToKeep when the clock jumps', () => {
  it('lets a backup really taken today replace ones a clock that ran ahead dated in the future', () => {
    const future = dailyFrom('2028-03-01', 5);
    const today = backup('2027-01-15T09:00:00.000Z');
    const yesterday = backup('2027-01-14T09:00:00.000Z');
    const now = new Date('2027-01-15T12:00:00Z');
    expect(selectBackupsToKeep([...future, today, yesterday], now)).toEqual(
      new Set([today.id, yesterday.id]),
    );
    // Until a backup is taken today, the newest future-dated one stands for today.
    expect(selectBackupsToKeep([...future, yesterday], now)).toEqual(
      new Set([future[4]!.id, yesterday.id]),
    );
  });

  it('keeps the newest safety backup of each kind after the clock jumped ahead', () => {
    const beforeRestore = backup('2027-01-15T08:00:00.000Z', 'before-restore');
    const beforeImport = backup('2027-01-15T08:30:00.000Z', 'before-import');
    const older = backup('2027-01-14T08:00:00.000Z', 'before-import');
    const afterJump = backup('2030-01-01T09:00:00.000Z');
    const kept = selectBackupsToKeep(
      [beforeRestore, beforeImport, older, afterJump],
      new Date('2030-01-01T12:00:00Z'),
    );
    expect(kept).toContain(beforeRestore.id);
    expect(kept).toContain(beforeImport.id);
    expect(kept).toContain(afterJump.id);
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
