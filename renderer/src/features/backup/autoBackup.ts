import { queryOptions } from '@tanstack/react-query';
import { isScheduledBackupDue, type AutoBackupReason } from '@shared/backup/rotation';
import {
  buildBackupOffThread,
  type BackupOutput,
  type BuildOptions,
  type BuiltBackup,
  stoppedError,
} from '../../db/backupWorker';
import { readLastBackupChecksum, writeLastBackupChecksum } from '../../db/localSettings';
import { desktopApi, unwrap } from '../../lib/desktopApi';
import { errorMessage } from '../../lib/formErrors';

/** The list of automatic backups the host keeps, newest first. */
export function autoBackupsQuery() {
  return queryOptions({
    queryKey: ['auto-backups'],
    queryFn: () => unwrap(desktopApi().backupListAuto()),
  });
}

/** A backup of all data as of now, built off the UI thread, as text or as bytes. */
export function buildBackupNow(now?: Date): Promise<BuiltBackup<'text'>>;
export function buildBackupNow<O extends BackupOutput>(
  now: Date,
  output: O,
  options?: BuildOptions,
): Promise<BuiltBackup<O>>;
export function buildBackupNow(
  now: Date = new Date(),
  output: BackupOutput = 'text',
  options: BuildOptions = {},
): Promise<BuiltBackup<BackupOutput>> {
  return buildBackupOffThread(
    { appVersion: __APP_VERSION__, now: now.toISOString(), output },
    options,
  );
}

/** Whether `error` is a backup (or restore) the person stopped, not a failure. */
export const isStopped = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';

/**
 * The form an automatic backup is built in: in a browser, a Blob made in the backup worker, which
 * the browser's database keeps by reference (storing the bytes there, or making the Blob here,
 * is a long task on the UI thread for a large workspace); in Electron, bytes, since no IPC carries
 * a Blob; without workers (tests in jsdom), bytes, kept as they are.
 */
function autoBackupForm(): 'blob' | 'bytes' {
  return typeof Worker !== 'undefined' && !window.quarterdeck ? 'blob' : 'bytes';
}

/** Takes an automatic backup of all data now; returns its id. */
export async function takeAutomaticBackup(reason: AutoBackupReason): Promise<string> {
  return saveAutomatic(await buildBackupNow(new Date(), autoBackupForm()), reason);
}

/** Thrown when the safety backup before a restore or import fails, so nothing is written. */
export class SafetyBackupError extends Error {
  override name = 'SafetyBackupError';
}

/**
 * The automatic backup taken right before a restore or an import writes anything, returned so
 * that the same read of the data can serve as the undo snapshot. Callers must
 * not go on when it throws: the {@link SafetyBackupError} says so in words a person can read.
 */
export async function takeSafetyBackup(
  reason: 'before-restore' | 'before-import',
  options: BuildOptions = {},
): Promise<BuiltBackup> {
  return asSafetyBackup(async () => {
    const backup = await buildBackupNow(new Date(), 'text', options);
    // Stopped while it was built: nothing is kept, and nothing will be written.
    if (options.signal?.aborted) throw stoppedError();
    await saveAutomatic(backup, reason);
    // The caller may keep it: the data as it was, for undoing what it is about to write.
    return backup;
  });
}

/**
 * Keeps a backup already built of the data as it is now (a restore's `DataSnapshot`) as the
 * safety backup: what {@link takeSafetyBackup} does, without reading the data again.
 */
export function keepSafetyBackup(
  backup: BuiltBackup,
  reason: 'before-restore' | 'before-import',
): Promise<BuiltBackup> {
  return asSafetyBackup(async () => {
    await saveAutomatic(backup, reason);
    // Only what undo needs: the snapshot's digests were for the preview.
    return { file: backup.file, checksum: backup.checksum, empty: backup.empty };
  });
}

/** `keep()`, its failure (but a stop) said as a {@link SafetyBackupError}. */
async function asSafetyBackup(keep: () => Promise<BuiltBackup>): Promise<BuiltBackup> {
  try {
    return await keep();
  } catch (error) {
    if (isStopped(error)) throw error;
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
  // Bytes or a Blob: handed from the worker to the host without decoding or copying here.
  const backup = await buildBackupNow(now, autoBackupForm());
  if (backup.empty) return 'empty';
  if (backup.checksum === readLastBackupChecksum()) return 'unchanged';
  await saveAutomatic(backup, reason);
  return 'taken';
}

async function saveAutomatic(
  backup: BuiltBackup<BackupOutput>,
  reason: AutoBackupReason,
): Promise<string> {
  const { id } = await unwrap(desktopApi().backupSaveAuto({ content: backup.file, reason }));
  writeLastBackupChecksum(backup.checksum);
  return id;
}
