import { useMutation, useQueryClient } from '@tanstack/react-query';
import { BACKUP_TABLES, type BackupFile, type RestoreMode } from '@shared/backup';
import type { ResponseOf } from '@shared/ipc/contract';
import { formatDateTime } from '@shared/domain/format';
import {
  stoppedError,
  untilStopped,
  type BuildOptions,
  type BuiltBackup,
} from '../../db/backupWorker';
import { restoreBackup } from '../../db/repositories/backup';
import { desktopApi, unwrap } from '../../lib/desktopApi';
import { CancelledError, runOffThread } from '../../lib/offThread/runOffThread';
import { useToastStore } from '../../state/toastStore';
import { autoBackupsQuery, keepSafetyBackup, takeSafetyBackup } from './autoBackup';
import type { DataSnapshot } from './dataSnapshot';
import { saveBackupFile, type SaveBackupOptions } from './saveBackupFile';

type AutoBackup = ResponseOf<'backup:list-auto'>[number];

/** Backs up every table to one file the person saves; `options` follow and stop the reading. */
export function useBackUpAll() {
  const show = useToastStore((s) => s.show);
  return useMutation({
    mutationFn: (options: SaveBackupOptions) => saveBackupFile(options),
    onSuccess: (result) => {
      if (result.saved)
        show({
          tone: 'info',
          message: `Backed up all data${result.path ? ` to ${result.path}` : ''}.`,
        });
    },
  });
}

/** What to open: an automatic backup already read, or (without one) a file the person picks. */
export type OpenBackupRequest = {
  automatic?: { name: string; content: string } | undefined;
  /** Stops reading the file; the mutation then resolves to null, as a cancelled picker does. */
  signal: AbortSignal;
  /** Called once the file is chosen and its reading (off the UI thread) begins. */
  onReading?: () => void;
};

/**
 * Reads a backup for its preview, checked off the UI thread so a large one never freezes the
 * window. Null when the person cancels the picker or stops the reading.
 */
export function useOpenBackup() {
  return useMutation({
    mutationFn: async ({ automatic, signal, onReading }: OpenBackupRequest) => {
      const picked =
        automatic ??
        (await unwrap(
          desktopApi().fileOpenText({
            filters: [{ name: 'Quarterdeck backup', extensions: ['json'] }],
          }),
        ));
      if (!picked) return null;
      onReading?.();
      const result = await runOffThread(
        // Digested beside the reading, for the preview's comparison with the data.
        { kind: 'read-backup', text: picked.content, digests: true },
        { signal },
      ).catch((error: unknown) => {
        if (error instanceof CancelledError) return null;
        throw error;
      });
      return result && { name: picked.name, result };
    },
  });
}

/** What to restore, how, and how the caller follows (and may stop) the safety backup first. */
export type RestoreRequest = BuildOptions & {
  file: BackupFile;
  mode: RestoreMode;
  /** Called as the write begins: from then on the restore cannot be stopped. */
  onWriting?: () => void;
  /** The data as read when the file was chosen: kept as the safety backup while still current. */
  snapshot?: DataSnapshot | null;
};

/**
 * The safety backup before a restore: the snapshot read when the file was chosen if nothing has
 * written since, else a fresh read of the data.
 */
async function safetyBackupBeforeRestore(
  snapshot: DataSnapshot | null | undefined,
  options: BuildOptions,
): Promise<BuiltBackup> {
  const taken = snapshot ? await snapshot.backup : null;
  if (taken && snapshot?.isCurrent()) {
    const rows = BACKUP_TABLES.reduce((sum, table) => sum + taken.digests[table].length, 0);
    options.onProgress?.({ rows, total: rows });
    return keepSafetyBackup(taken, 'before-restore');
  }
  return takeSafetyBackup('before-restore', options);
}

/**
 * Keeps a safety backup, then restores a backup (replace or merge); returns the safety backup,
 * what was here before, so the restore can be undone in one step ({@link undoRestore}). The
 * data is read once, off the UI thread, for the preview, the safety backup and the undo.
 */
export function useRestoreBackup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, mode, snapshot, ...options }: RestoreRequest) => {
      const before = await untilStopped(
        safetyBackupBeforeRestore(snapshot, options),
        options.signal,
      );
      // The last moment a stop is honoured: after this the write transaction begins.
      if (options.signal?.aborted) throw stoppedError();
      options.onWriting?.();
      await restoreBackup(file, mode);
      return before;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: autoBackupsQuery().queryKey }),
  });
}

/**
 * Puts back the data from before a restore: its safety backup, read and checked off the UI
 * thread like any backup, then written in one transaction.
 */
export async function undoRestore(before: BuiltBackup): Promise<void> {
  const read = await runOffThread({ kind: 'read-backup', text: before.file });
  if (!read.ok)
    throw new Error(`The data from before the restore could not be read: ${read.problem}`);
  await restoreBackup(read.file, 'replace');
}

/** How an automatic backup is named in the restore preview and its toast. */
function autoBackupName(backup: AutoBackup): string {
  return `Automatic backup of ${formatDateTime(new Date(backup.createdAt))}`;
}

/** Reads one automatic backup's text from the host, to preview like a chosen file. */
export function useLoadAutoBackup() {
  return useMutation({
    mutationFn: async (backup: AutoBackup) => ({
      name: autoBackupName(backup),
      content: (await unwrap(desktopApi().backupReadAuto({ id: backup.id }))).content,
    }),
  });
}
