import { createDb } from '../database';
import type { QuarterdeckDb } from '../schema';
import type { RowsRead } from '../repositories/backup';
import { buildBackup, type BackupOutput, type BuildBackupRequest, type BuiltBackup } from './build';

/** A job for the backup worker: which database to read, and the backup's version and date. */
export type BackupWorkerRequest = BuildBackupRequest & { dbName: string };

/** Sent to a worker started ahead of need: open the database now, the job comes later. */
export type BackupWorkerWarmUp = { warmUp: true; dbName: string };

/** What the worker answers: the built file, or why it could not be built. */
export type BackupWorkerMessage =
  | { type: 'progress'; progress: RowsRead }
  | { type: 'done'; backup: BuiltBackup<BackupOutput> }
  | { type: 'failed'; message: string };

// The renderer's TypeScript config has the DOM library, not the worker one: this is the part of a
// dedicated worker's global scope the file uses.
const scope = self as unknown as {
  postMessage: (message: BackupWorkerMessage, transfer?: Transferable[]) => void;
  onmessage: ((event: MessageEvent<BackupWorkerRequest | BackupWorkerWarmUp>) => void) | null;
};

/** The worker's own connection to the page's database (IndexedDB is shared by origin). */
let opened: QuarterdeckDb | null = null;
const connect = (dbName: string): QuarterdeckDb => {
  if (opened?.name !== dbName) opened = createDb(dbName);
  return opened;
};

scope.onmessage = (event) => {
  if ('warmUp' in event.data) {
    // Opened now, so the job finds it open; a failure to open is reported by the job itself.
    connect(event.data.dbName)
      .open()
      .catch(() => undefined);
    return;
  }
  const { dbName, ...request } = event.data;
  const db = connect(dbName);
  buildBackup(db, request, (progress) => scope.postMessage({ type: 'progress', progress }))
    .then(
      (backup) =>
        // Bytes are handed over, not copied.
        scope.postMessage(
          { type: 'done', backup },
          backup.file instanceof Uint8Array ? [backup.file.buffer] : [],
        ),
      (error: unknown) =>
        scope.postMessage({
          type: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    )
    .finally(() => db.close());
};
