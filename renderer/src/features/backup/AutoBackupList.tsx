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
        <table className="table table--compact auto-backups">
          <caption className="visually-hidden">Automatic backups, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Why</th>
              <th scope="col" className="auto-backups__size">
                Size
              </th>
              <th scope="col">
                <span className="visually-hidden">Restore</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.data.map((backup) => {
              const when = formatDateTime(new Date(backup.createdAt));
              return (
                <tr key={backup.id}>
                  <th scope="row">{when}</th>
                  <td>{REASON_LABELS[backup.reason]}</td>
                  <td className="auto-backups__size">{formatBytes(backup.bytes)}</td>
                  <td className="auto-backups__action">
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`Restore the backup of ${when}`}
                      onClick={() => load.mutate(backup, { onSuccess: onChoose })}
                      disabled={load.isPending}
                    >
                      Restore…
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {load.error && (
        <p className="form-error" role="alert">
          Could not open the automatic backup: {errorMessage(load.error)}
        </p>
      )}
    </section>
  );
}
