import { useQuery } from '@tanstack/react-query';
import type { AutoBackupReason } from '@shared/backup/rotation';
import { formatBytes, formatDateTime } from '@shared/domain/format';
import { errorMessage } from '../../lib/formErrors';
import { autoBackupsQuery } from './autoBackup';
import { useLoadAutoBackup } from './backupMutations';

const REASON_LABELS: Readonly<Record<AutoBackupReason, string>> = {
  scheduled: 'Daily',
  'before-restore': 'Before a restore',
  'before-import': 'Before an import',
  'on-quit': 'On quit',
};

type AutoBackupListProps = {
  /** Gets the chosen backup's text, to preview and restore like a file the person picked. */
  onChoose: (picked: { name: string; content: string }) => void;
};

/** The automatic backups the app keeps, each with a way to restore it after a preview. */
export function AutoBackupList({ onChoose }: AutoBackupListProps) {
  const backups = useQuery(autoBackupsQuery());
  const load = useLoadAutoBackup();

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
                onClick={() => load.mutate(backup, { onSuccess: onChoose })}
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
