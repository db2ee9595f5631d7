import { formatCount, formatNumber } from '@shared/domain/format';
import type { RowsRead } from '../../db/backupWorker';

/**
 * Where a backup or restore is: reading every row (with counts; then the file is written) or,
 * for a restore, writing the backup into the app.
 */
export type BackupStage = { kind: 'reading'; progress: RowsRead | null } | { kind: 'restoring' };

/**
 * A backup or restore under way: a bar with the rows read so far and the total, and a Stop
 * button while nothing has been written. Restoring cannot be stopped once its write begins.
 */
export function BackupProgress({
  label,
  stage,
  onStop,
}: {
  /** What is under way, e.g. "Backing up" or "Safety backup before restoring". */
  label: string;
  stage: BackupStage;
  /** Stops the work; absent once it can no longer be stopped. */
  onStop?: (() => void) | undefined;
}) {
  const progress = stage.kind === 'reading' ? stage.progress : null;
  const text =
    stage.kind === 'restoring'
      ? 'Writing the backup into the app…'
      : progress && progress.rows >= progress.total
        ? `Writing the file (${formatCount(progress.total, 'row')})…`
        : progress
          ? `Reading ${formatNumber(progress.rows)} of ${formatCount(progress.total, 'row')}…`
          : 'Reading the data…';
  return (
    <div className="backup-progress" role="status">
      <p className="backup-progress__text">
        <span className="backup-progress__label">{label}:</span> {text}
      </p>
      <progress
        className="backup-progress__bar"
        aria-label={label}
        max={progress && progress.total > 0 ? progress.total : undefined}
        value={progress && progress.total > 0 ? progress.rows : undefined}
      />
      {onStop && (
        <button type="button" className="button button--small" onClick={onStop}>
          Stop
        </button>
      )}
    </div>
  );
}
