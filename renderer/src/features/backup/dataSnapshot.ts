import type { BackupDigests } from '@shared/backup';
import type { BuiltBackup } from '../../db/backupWorker';
import { onceDataWritten } from '../../db/dataWrites';
import { buildBackupNow } from './autoBackup';

/** The data as it was read: its backup (text) and every row's digest. */
export type SnapshotBackup = BuiltBackup<'text'> & { digests: BackupDigests };

/**
 * The data as it is, read once as soon as a backup is chosen for restoring, in the backup
 * worker while the chosen file is read in the file worker. One read serves the preview (its
 * rows' digests), the safety backup kept before the restore writes, and the undo after it.
 *
 * It is good only while nothing has written to the database since it began: a write from this
 * window, another window or a worker (Dexie tells every one of them) makes it stale, and the
 * restore then reads the data again for its safety backup, as without a snapshot.
 */
export interface DataSnapshot {
  /** Tells snapshots apart (a query keyed on one is not answered from another's). */
  id: number;
  /** The snapshot, or null when it could not be taken (the restore then reads afresh). */
  backup: Promise<SnapshotBackup | null>;
  /** True while nothing has written to the database since the snapshot began. */
  isCurrent(): boolean;
  /** Stops the snapshot's reading if it is still under way, and stops watching for writes. */
  dispose(): void;
}

let lastId = 0;

/** Starts a {@link DataSnapshot}: watching for writes first, then reading. */
export function takeDataSnapshot(): DataSnapshot {
  let current = true;
  const unsubscribe = onceDataWritten(() => {
    current = false;
  });
  const stop = new AbortController();
  const backup = buildBackupNow(new Date(), 'text', { signal: stop.signal, digests: true }).then(
    (built) => (built.digests ? { ...built, digests: built.digests } : null),
    // A snapshot that could not be taken is no failure: the restore takes its safety backup as
    // it always did, and says why if that fails too.
    () => null,
  );
  lastId += 1;
  return {
    id: lastId,
    backup,
    isCurrent: () => current,
    dispose: () => {
      stop.abort();
      unsubscribe();
    },
  };
}
