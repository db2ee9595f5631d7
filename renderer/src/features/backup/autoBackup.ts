import { queryOptions } from '@tanstack/react-query';
import { BACKUP_TABLES, createBackup, serializeBackup, type BackupFile } from '@shared/backup';
import { isScheduledBackupDue, type AutoBackupReason } from '@shared/backup/rotation';
import { readLastBackupChecksum, writeLastBackupChecksum } from '../../db/localSettings';
import { exportAllData } from '../../db/repositories/backup';
import { withinReadLimit } from '@shared/files/textFile';
import { desktopApi, unwrap } from '../../lib/desktopApi';
import { errorMessage } from '../../lib/formErrors';

/** The list of automatic backups the host keeps, newest first. */
export function autoBackupsQuery() {
  return queryOptions({
    queryKey: ['auto-backups'],
    queryFn: () => unwrap(desktopApi().backupListAuto()),
  });
}

/** Takes an automatic backup of all data now; returns its id. */
export async function takeAutomaticBackup(reason: AutoBackupReason): Promise<string> {
  return saveAutomatic(await createBackup(await exportAllData(), __APP_VERSION__), reason);
}

/** Thrown when the safety backup before a restore or import fails, so nothing is written. */
export class SafetyBackupError extends Error {
  override name = 'SafetyBackupError';
}

/**
 * The automatic backup taken right before a restore or an import writes anything. Callers must
 * not go on when it throws: the {@link SafetyBackupError} says so in words a person can read.
 */
export async function takeSafetyBackup(reason: 'before-restore' | 'before-import'): Promise<void> {
  try {
    await takeAutomaticBackup(reason);
  } catch (error) {
    throw new SafetyBackupError(
      `Could not take a safety backup first: ${errorMessage(error)}; nothing was changed.`,
    );
  }
}

/** What a scheduled check did. */
export type ScheduledOutcome = 'taken' | 'not-due' | 'unchanged' | 'empty';

let running: Promise<ScheduledOutcome> | null = null;

/**
 * Takes a backup when one is due (see `isScheduledBackupDue`: the newest automatic backup is a
 * day old, or there is none dated up to now) and the data changed since the last automatic
 * backup. Empty data is never backed up. Overlapping calls (the timer and `pagehide`) share one
 * run.
 */
export function backUpIfDue(
  reason: 'scheduled' | 'on-quit' = 'scheduled',
  now: Date = new Date(),
): Promise<ScheduledOutcome> {
  running ??= checkAndBackUp(reason, now).finally(() => {
    running = null;
  });
  return running;
}

async function checkAndBackUp(
  reason: 'scheduled' | 'on-quit',
  now: Date,
): Promise<ScheduledOutcome> {
  if (!isScheduledBackupDue(await unwrap(desktopApi().backupListAuto()), now)) return 'not-due';
  const file = await createBackup(await exportAllData(), __APP_VERSION__, now);
  if (BACKUP_TABLES.every((table) => file.data[table].length === 0)) return 'empty';
  if (file.checksum === readLastBackupChecksum()) return 'unchanged';
  await saveAutomatic(file, reason);
  return 'taken';
}

async function saveAutomatic(file: BackupFile, reason: AutoBackupReason): Promise<string> {
  const { id } = await unwrap(
    desktopApi().backupSaveAuto({ content: withinReadLimit(serializeBackup(file)), reason }),
  );
  writeLastBackupChecksum(file.checksum);
  return id;
}
