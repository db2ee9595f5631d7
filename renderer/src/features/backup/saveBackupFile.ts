import { backupFileName } from '@shared/backup/fileFormat';
import { desktopApi, unwrap } from '../../lib/desktopApi';
import { stoppedError, type BuildOptions } from '../../db/backupWorker';
import { buildBackupNow } from './autoBackup';

/** What a backup to a file did: where it went on the desktop, or only its name in a browser. */
export type SavedBackup = { saved: boolean; path: string | null; fileName: string };

/**
 * Backs up every team and quarter to one file the person chooses (desktop) or downloads
 * (browser). Used by the Back up dialog and by the "could not be shown" screen's Back up now.
 */
export async function saveBackupFile(options: BuildOptions = {}): Promise<SavedBackup> {
  const now = new Date();
  const backup = await buildBackupNow(now, 'bytes', options);
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
