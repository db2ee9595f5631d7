import { getDb } from '../database';
import { buildBackup, type BackupOutput, type BuildBackupRequest, type BuiltBackup } from './build';
import type { BackupWorkerMessage, BackupWorkerRequest, BackupWorkerWarmUp } from './worker';

export type { BackupOutput, BuiltBackup } from './build';
import type { RowsRead } from '../repositories/backup';

export type { RowsRead };

/** How a caller follows a backup being built: rows read so far, and a signal that stops it. */
export type BuildOptions = {
  onProgress?: (progress: RowsRead) => void;
  /** Stops the build (the worker is ended): the promise rejects with an `AbortError`. */
  signal?: AbortSignal | undefined;
  /** Also digest every row, for the restore preview (`BuiltBackup.digests`). */
  digests?: boolean;
};

/** The error a stopped build rejects with (`error.name === 'AbortError'`). */
export const stoppedError = () => new DOMException('The backup was stopped.', 'AbortError');

/**
 * `work`, or a {@link stoppedError} as soon as `signal` stops it: for steps that cannot be
 * interrupted themselves (keeping a safety backup), whose outcome is then no longer waited for.
 */
export function untilStopped<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(stoppedError());
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(stoppedError());
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

function startWorker(): Worker {
  // Vite bundles the worker as its own file from this exact pattern, served from the app's own
  // origin (`worker-src 'self'`).
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'backup' });
}

/** A worker started ahead of need, its code loaded and the database open: the next job's. */
let warm: Worker | null = null;

/** Jobs under way in workers of their own. */
let jobsRunning = 0;
/** Warm-ups asked for while a job ran, each started once no job runs (unless let go first). */
const warmUpsWaiting = new Set<() => void>();

function warmUpNow(): Worker {
  if (!warm) {
    warm = startWorker();
    warm.postMessage({ warmUp: true, dbName: getDb().name } satisfies BackupWorkerWarmUp);
  }
  return warm;
}

/**
 * Starts a backup worker ahead of need (the backup dialog opening), so the next backup or
 * restore does not wait for the worker's code to load and the database to open. Returns how to
 * let it go when it was not used (the dialog closing). No-op where there are no workers.
 *
 * While a job is under way (the dialog preparing its backup file) the worker is started only
 * when the job ends: loading a second worker's code and opening the database a second time
 * would take the processor from the job a person may be waiting on.
 */
export function warmUpBackupWorker(): () => void {
  if (typeof Worker === 'undefined') return () => undefined;
  let started: Worker | null = null;
  const start = () => {
    warmUpsWaiting.delete(start);
    started = warmUpNow();
  };
  if (jobsRunning > 0) warmUpsWaiting.add(start);
  else start();
  return () => {
    warmUpsWaiting.delete(start);
    if (started === null || warm !== started) return;
    warm.terminate();
    warm = null;
  };
}

/** Counts a job as under way until `ended` is called; the last to end starts waiting warm-ups. */
function jobStarted(): () => void {
  jobsRunning += 1;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    jobsRunning -= 1;
    if (jobsRunning === 0) for (const start of [...warmUpsWaiting]) start();
  };
}

/** The warm worker if there is one (each serves one job), else a new one. */
function takeWorker(): Worker {
  const worker = warm ?? startWorker();
  warm = null;
  return worker;
}

/**
 * A backup of all data, read and written off the UI thread: serialising and hashing a large
 * workspace takes seconds, which must never block typing or scrolling. The worker opens the same
 * database and reads every table in one transaction; only the finished text comes back. Where
 * there are no workers (tests in jsdom) it is built inline.
 */
export function buildBackupOffThread<O extends BackupOutput>(
  request: BuildBackupRequest<O>,
  { onProgress, signal, digests }: BuildOptions = {},
): Promise<BuiltBackup<O>> {
  const db = getDb();
  if (digests) request = { ...request, digests };
  if (signal?.aborted) return Promise.reject(stoppedError());
  if (typeof Worker === 'undefined') {
    // Inline, a stop is honoured between tables (reading one cannot be interrupted).
    return buildBackup(db, request, (progress) => {
      if (signal?.aborted) throw stoppedError();
      onProgress?.(progress);
    });
  }
  return new Promise((resolve, reject) => {
    const worker = takeWorker();
    const ended = jobStarted();
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
      ended();
    };
    const cancel = () => {
      stop();
      reject(stoppedError());
    };
    signal?.addEventListener('abort', cancel, { once: true });
    worker.onmessage = (event: MessageEvent<BackupWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress?.(message.progress);
      stop();
      // The worker answers in the form it was asked for.
      if (message.type === 'done') resolve(message.backup as BuiltBackup<O>);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      stop();
      reject(new Error(event.message || 'The backup could not be built.'));
    };
    worker.postMessage({ ...request, dbName: db.name } satisfies BackupWorkerRequest);
  });
}
