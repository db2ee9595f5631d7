import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  backupFileName,
  createBackup,
  readBackup,
  serializeBackup,
  type BackupFile,
  type RestoreMode,
} from '@shared/backup';
import type { ResponseOf } from '@shared/ipc/contract';
import { formatDateTime } from '@shared/domain/format';
import { exportAllData, restoreBackup } from '../../db/repositories/backup';
import { desktopApi, unwrap } from '../../lib/desktopApi';
import { useToastStore } from '../../state/toastStore';
import { autoBackupsQuery, takeSafetyBackup } from './autoBackup';

type AutoBackup = ResponseOf<'backup:list-auto'>[number];

/** Backs up every table to one file the person saves. */
export function useBackUpAll() {
  const show = useToastStore((s) => s.show);
  return useMutation({
    mutationFn: async () => {
      const file = await createBackup(await exportAllData(), __APP_VERSION__);
      return unwrap(
        desktopApi().exportSaveDocument({
          suggestedName: backupFileName(),
          filters: [{ name: 'Quarterdeck backup', extensions: ['json'] }],
          document: { kind: 'text', text: serializeBackup(file) },
        }),
      );
    },
    onSuccess: (result) => {
      if (result.saved)
        show({
          tone: 'info',
          message: `Backed up all data${result.path ? ` to ${result.path}` : ''}.`,
        });
    },
  });
}

/**
 * Reads a backup for its preview: without an argument the person picks a file; an automatic
 * backup arrives already read. Null when the person cancels the picker.
 */
export function useOpenBackup() {
  return useMutation({
    mutationFn: async (automatic?: { name: string; content: string }) => {
      const picked =
        automatic ??
        (await unwrap(
          desktopApi().fileOpenText({
            filters: [{ name: 'Quarterdeck backup', extensions: ['json'] }],
          }),
        ));
      if (!picked) return null;
      return { name: picked.name, result: await readBackup(picked.content) };
    },
  });
}

/**
 * Takes a safety backup, then restores a backup (replace or merge); returns what was here
 * before, so the restore can be undone in one step.
 */
export function useRestoreBackup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, mode }: { file: BackupFile; mode: RestoreMode }) => {
      await takeSafetyBackup('before-restore');
      const before = await createBackup(await exportAllData(), __APP_VERSION__);
      await restoreBackup(file, mode);
      return before;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: autoBackupsQuery().queryKey }),
  });
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
