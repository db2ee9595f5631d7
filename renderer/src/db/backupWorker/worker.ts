import { createDb } from '../database';
import type { RowsRead } from '../repositories/backup';
import { buildBackup, type BackupOutput, type BuildBackupRequest, type BuiltBackup } from './build';

/** A job for the backup worker: which database to read, and the backup's version and date. */
export type BackupWorkerRequest = BuildBackupRequest & { dbName: string };

/** What the worker answers: the built file, or why it could not be built. */
export type BackupWorkerMessage =
  | { type: 'progress'; progress: RowsRead }
  | { type: 'done'; backup: BuiltBackup<BackupOutput> }
  | { type: 'failed'; message: string };

// The renderer's TypeScript config has the DOM library, not the worker one: this is the part of a
// dedicated worker's global scope the file uses.
const scope = self as unknown as {
  postMessage: (message: BackupWorkerMessage, transfer?: Transferable[]) => void;
  onmessage: ((event: MessageEvent<BackupWorkerRequest>) => void) | null;
};

scope.onmessage = (event) => {
  const { dbName, ...request } = event.data;
  // The worker's own connection to the page's database (IndexedDB is shared by origin).
  const db = createDb(dbName);
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
