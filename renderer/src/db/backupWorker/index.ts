import { getDb } from '../database';
import { buildBackup, type BackupOutput, type BuildBackupRequest, type BuiltBackup } from './build';
import type { BackupWorkerMessage, BackupWorkerRequest } from './worker';

export type { BackupOutput, BuiltBackup } from './build';

function startWorker(): Worker {
  // Vite bundles the worker as its own file from this exact pattern, served from the app's own
  // origin (`worker-src 'self'`).
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'backup' });
}

/**
 * A backup of all data, read and written off the UI thread: serialising and hashing a large
 * workspace takes seconds, which must never block typing or scrolling. The worker opens the same
 * database and reads every table in one transaction; only the finished text comes back. Where
 * there are no workers (tests in jsdom) it is built inline.
 */
export function buildBackupOffThread<O extends BackupOutput>(
  request: BuildBackupRequest<O>,
): Promise<BuiltBackup<O>> {
  const db = getDb();
  if (typeof Worker === 'undefined') return buildBackup(db, request);
  return new Promise((resolve, reject) => {
    const worker = startWorker();
    worker.onmessage = (event: MessageEvent<BackupWorkerMessage>) => {
      worker.terminate();
      const message = event.data;
      // The worker answers in the form it was asked for.
      if (message.type === 'done') resolve(message.backup as BuiltBackup<O>);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The backup could not be built.'));
    };
    worker.postMessage({ ...request, dbName: db.name } satisfies BackupWorkerRequest);
  });
}
