import { useQuery } from '@tanstack/react-query';
import {
  ROW_LABELS,
  BACKUP_TABLES,
  diffDigests,
  type BackupDigests,
  type BackupFile,
  type BackupSummary,
  type RestoreMode,
  type RestorePlan,
} from '@shared/backup';
import { isolateBidi } from '@shared/documents/sanitize';
import { planRestore } from '../../db/repositories/backup';
import { errorMessage } from '../../lib/formErrors';
import { FormError } from '../../components/FormError';
import type { DataSnapshot } from './dataSnapshot';

type RestorePreviewProps = {
  name: string;
  file: BackupFile;
  summary: BackupSummary;
  /** The file's rows' digests, taken as it was read. */
  digests: BackupDigests | undefined;
  /** The data as read when the file was chosen (see `dataSnapshot.ts`). */
  snapshot: DataSnapshot | null;
  mode: RestoreMode;
  onModeChange: (mode: RestoreMode) => void;
  onRestore: () => void;
  isRestoring: boolean;
  error: string | null;
};

const TEAM_CHANGE_LABELS = {
  added: 'added',
  updated: 'updated',
  unchanged: 'unchanged',
  removed: 'removed',
  kept: 'kept (only on this computer)',
} as const;

/**
 * What restoring `file` would change: compared on digests with the snapshot taken as it was
 * chosen while that is current, else on a fresh read of the data.
 */
async function planFromSnapshot(
  file: BackupFile,
  mode: RestoreMode,
  incoming: BackupDigests | undefined,
  snapshot: DataSnapshot | null,
): Promise<RestorePlan> {
  const taken = snapshot && incoming ? await snapshot.backup : null;
  if (taken && incoming && snapshot?.isCurrent()) return diffDigests(taken.digests, incoming, mode);
  return planRestore(file, mode);
}

/** What a backup holds and what restoring it would change, before anything is written. */
export function RestorePreview({
  name,
  file,
  summary,
  digests,
  snapshot,
  mode,
  onModeChange,
  onRestore,
  isRestoring,
  error,
}: RestorePreviewProps) {
  const plan = useQuery({
    queryKey: ['restore-plan', file.checksum, mode, snapshot?.id ?? null],
    queryFn: () => planFromSnapshot(file, mode, digests, snapshot),
  });
  return (
    <div className="restore-preview">
      <p>
        <strong>{name}</strong>: made {summary.createdAt.slice(0, 10)} by Quarterdeck{' '}
        {summary.appVersion}
        {summary.formatVersion !== file.formatVersion &&
          ` (format ${summary.formatVersion}, upgraded)`}
        .
      </p>
      <ul className="restore-preview__teams" aria-label="Teams in the backup">
        {summary.teams.map((t) => (
          <li key={t.id}>
            {isolateBidi(t.name)}
            {t.quarters.length > 0 && <span className="muted"> · {t.quarters.join(', ')}</span>}
          </li>
        ))}
      </ul>
      <fieldset className="radio-group field">
        <legend>How to restore</legend>
        <label className="radio">
          <input
            type="radio"
            name="restore-mode"
            checked={mode === 'replace'}
            onChange={() => onModeChange('replace')}
          />
          Replace all data with the backup
        </label>
        <label className="radio">
          <input
            type="radio"
            name="restore-mode"
            checked={mode === 'merge'}
            onChange={() => onModeChange('merge')}
          />
          Merge by id: the backup’s records win, records only on this computer stay
        </label>
      </fieldset>
      <FormError message={plan.error ? errorMessage(plan.error) : null} />
      {plan.data && (
        <table className="table table--compact">
          <caption>What would change</caption>
          <thead>
            <tr>
              <th scope="col">Records</th>
              <th scope="col">Added</th>
              <th scope="col">Updated</th>
              <th scope="col">Removed</th>
              <th scope="col">Unchanged</th>
            </tr>
          </thead>
          <tbody>
            {BACKUP_TABLES.map((table) => {
              const change = plan.data.tables[table];
              return (
                <tr key={table}>
                  <th scope="row">{ROW_LABELS[table]}</th>
                  <td>{change.added}</td>
                  <td>{change.updated}</td>
                  <td>{change.removed}</td>
                  <td>{change.unchanged}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {plan.data && (
        <p className="muted">
          Teams:{' '}
          {plan.data.teams
            .map((t) => `${isolateBidi(t.name)} (${TEAM_CHANGE_LABELS[t.change]})`)
            .join(', ') || 'none'}
          .
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          Could not restore: {error}. Nothing was changed.
        </p>
      )}
      <button
        type="button"
        className="button button--primary"
        onClick={onRestore}
        disabled={isRestoring || !plan.data}
      >
        {plan.data && !plan.data.hasChanges ? 'Restore (nothing would change)' : 'Restore'}
      </button>
    </div>
  );
}
