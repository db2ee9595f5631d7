import { backupFileName } from '@shared/backup/fileFormat';
import { desktopApi, unwrap } from '../../lib/desktopApi';
import { stoppedError, type BuildOptions } from '../../db/backupWorker';
import { buildBackupNow } from './autoBackup';
import type { PreparedBackup } from './preparedBackup';

/** What a backup to a file did: where it went on the desktop, or only its name in a browser. */
export type SavedBackup = { saved: boolean; path: string | null; fileName: string };

/** How a backup to a file is followed and stopped, and the backup prepared for it if any. */
export type SaveBackupOptions = BuildOptions & { prepared?: PreparedBackup | null | undefined };

/**
 * Backs up every team and quarter to one file the person chooses (desktop) or downloads
 * (browser). Used by the Back up dialog (which prepares the file as it opens: used when it
 * still holds the data as it is) and by the "could not be shown" screen's Back up now.
 */
export async function saveBackupFile(options: SaveBackupOptions = {}): Promise<SavedBackup> {
  const { prepared, ...build } = options;
  const ready = (await prepared?.take(build)) ?? null;
  const now = ready && prepared ? prepared.now : new Date();
  const backup = ready ?? (await buildBackupNow(now, 'bytes', build));
  // Stopped as the reading ended: no save dialog, no file.
  if (options.signal?.aborted) throw stoppedError();
  const fileName = backupFileName(now);
  const result = await unwrap(
    desktopApi().exportSaveDocument({
      suggestedName: fileName,
      filters: [{ name: 'Quarterdeck backup', extensions: ['json'] }],
      document: { kind: 'bytes', bytes: backup.file },
    }),
  );
  return { ...result, fileName };
}
