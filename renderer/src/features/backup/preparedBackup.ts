import { useEffect, useRef } from 'react';
import {
  stoppedError,
  untilStopped,
  type BuildOptions,
  type BuiltBackup,
  type RowsRead,
} from '../../db/backupWorker';
import { onceDataWritten } from '../../db/dataWrites';
import { buildBackupNow } from './autoBackup';

/**
 * The backup file "Back up all data" will ask for, built as soon as the dialog opens on backing
 * up: in the backup worker, off the UI thread, while the person reads the dialog, so the click
 * hands over a file that is ready (or nearly). Like a restore's `DataSnapshot`, it is good only
 * while nothing has written to the database since it began (a write from this window, another
 * or a worker: Dexie tells every one); then the click builds the file afresh, as without one.
 */
export interface PreparedBackup {
  /** The moment the backup is dated: when its reading began. */
  readonly now: Date;
  /**
   * The prepared file if it still holds the data as it is: waited for while it is built (its
   * progress reported to `onProgress`; `signal` stops it, and it is dropped). Null when it is
   * out of date, failed or was stopped before: the caller then builds one itself.
   */
  take(options?: BuildOptions): Promise<BuiltBackup<'bytes'> | null>;
  /** Stops its building if still under way and stops watching for writes. */
  dispose(): void;
}

/** Starts a {@link PreparedBackup}: watching for writes first, then reading. */
export function prepareBackup(): PreparedBackup {
  let current = true;
  const stop = new AbortController();
  const unsubscribe = onceDataWritten(() => {
    current = false;
    // Out of date: a build still under way is stopped, and a click waiting on it goes on.
    stop.abort();
  });
  let latest: RowsRead | null = null;
  const followers = new Set<(progress: RowsRead) => void>();
  const now = new Date();
  const backup = buildBackupNow(now, 'bytes', {
    signal: stop.signal,
    onProgress: (progress) => {
      latest = progress;
      for (const follow of followers) follow(progress);
    },
    // One that could not be built is no failure: the click builds the file and says why if
    // that fails too.
  }).catch(() => null);
  const dispose = () => {
    stop.abort();
    unsubscribe();
    followers.clear();
  };
  return {
    now,
    async take({ onProgress, signal } = {}) {
      if (!current || stop.signal.aborted) return null;
      if (latest) onProgress?.(latest);
      if (onProgress) followers.add(onProgress);
      try {
        if (signal?.aborted) throw stoppedError();
        const built = await untilStopped(backup, signal);
        return built && current ? built : null;
      } catch (error) {
        // Stopped while it was built: the person does not want it (a new click starts over).
        dispose();
        throw error;
      } finally {
        if (onProgress) followers.delete(onProgress);
      }
    },
    dispose,
  };
}

/**
 * A dialog's {@link PreparedBackup}: prepared as it opens when `prepare` (opened on backing up),
 * dropped as it closes. Returns how to take it, once: a second backup reads the data again.
 */
export function usePreparedBackup(prepare: boolean): () => PreparedBackup | null {
  const prepared = useRef<PreparedBackup | null>(null);
  useEffect(() => {
    if (prepare) prepared.current = prepareBackup();
    return () => {
      prepared.current?.dispose();
      prepared.current = null;
    };
    // Whether to, as the dialog opened: a later change of mind is not followed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return () => {
    const taken = prepared.current;
    prepared.current = null;
    return taken;
  };
}
