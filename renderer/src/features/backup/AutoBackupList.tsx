import { useMutation, useQuery } from '@tanstack/react-query';
import type { AutoBackupReason } from '@shared/backup/rotation';
import { formatBytes, formatDateTime } from '@shared/domain/format';
import type { ResponseOf } from '@shared/ipc/contract';
import { desktopApi, unwrap } from '../../lib/desktopApi';
import { errorMessage } from '../../lib/formErrors';
import { autoBackupsQuery } from './autoBackup';

type AutoBackup = ResponseOf<'backup:list-auto'>[number];

const REASON_LABELS: Readonly<Record<AutoBackupReason, string>> = {
  scheduled: 'Daily',
  'before-restore': 'Before a restore',
  'before-import': 'Before an import',
  'on-quit': 'On quit',
};

/** How a backup is named in the restore preview and its toast. */
function backupName(backup: AutoBackup): string {
  return `Automatic backup of ${formatDateTime(new Date(backup.createdAt))}`;
}

type AutoBackupListProps = {
  /** Gets the chosen backup's text, to preview and restore like a file the person picked. */
  onChoose: (picked: { name: string; content: string }) => void;
};

/** The automatic backups the app keeps, each with a way to restore it after a preview. */
export function AutoBackupList({ onChoose }: AutoBackupListProps) {
  const backups = useQuery(autoBackupsQuery());
  const load = useMutation({
    mutationFn: async (backup: AutoBackup) => ({
      name: backupName(backup),
      content: (await unwrap(desktopApi().backupReadAuto({ id: backup.id }))).content,
    }),
    onSuccess: onChoose,
  });

  return (
    <section className="panel" aria-labelledby="auto-backups-heading">
      <h3 id="auto-backups-heading">Automatic backups</h3>
      {backups.error ? (
        <p className="form-error" role="alert">
          Could not list the automatic backups: {errorMessage(backups.error)}
        </p>
      ) : !backups.data ? (
        <p className="muted">Looking for automatic backups…</p>
      ) : backups.data.length === 0 ? (
        <p className="muted">
          No automatic backups yet. Quarterdeck takes one a day when data changed, and before every
          restore or import.
        </p>
      ) : (
        <ul className="auto-backups" aria-labelledby="auto-backups-heading">
          {backups.data.map((backup) => (
            <li key={backup.id}>
              <span id={`${backup.id}-label`}>
                {formatDateTime(new Date(backup.createdAt))} · {REASON_LABELS[backup.reason]} ·{' '}
                <span className="muted">{formatBytes(backup.bytes)}</span>
              </span>{' '}
              <button
                type="button"
                className="button button--small"
                aria-describedby={`${backup.id}-label`}
                onClick={() => load.mutate(backup)}
                disabled={load.isPending}
              >
                Restore this one
              </button>
            </li>
          ))}
        </ul>
      )}
      {load.error && (
        <p className="form-error" role="alert">
          Could not open the automatic backup: {errorMessage(load.error)}
        </p>
      )}
    </section>
  );
}
