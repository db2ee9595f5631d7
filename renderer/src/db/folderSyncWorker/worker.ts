import { createDb } from '../database';
import { createFolderSyncStore } from '../folderSyncStore';
import {
  commitFolderSync,
  prepareFolderSync,
  type PendingSync,
  type PrepareSyncRequest,
  type PreparedSync,
} from './prepare';
import type { SyncReport } from '../folderSyncStore';

/** What the page asks: prepare a sync (which databases, what the folder holds), then commit it. */
export type FolderWorkerRequest =
  | ({ type: 'prepare'; dbName: string; storeName: string } & PrepareSyncRequest)
  | { type: 'commit' };

/** What the worker answers. */
export type FolderWorkerMessage =
  | { type: 'prepared'; prepared: PreparedSync }
  | { type: 'committed'; report: SyncReport }
  | { type: 'failed'; message: string };

// The renderer's TypeScript config has the DOM library, not the worker one: this is the part of a
// dedicated worker's global scope the file uses.
const scope = self as unknown as {
  postMessage: (message: FolderWorkerMessage) => void;
  onmessage: ((event: MessageEvent<FolderWorkerRequest>) => void) | null;
};

let pending: { sync: PendingSync; store: ReturnType<typeof createFolderSyncStore> } | null = null;

const fail = (error: unknown) =>
  scope.postMessage({
    type: 'failed',
    message: error instanceof Error ? error.message : String(error),
  });

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'prepare') {
    const { dbName, storeName, type: _type, ...folder } = request;
    // The worker's own connections to the page's databases (IndexedDB is shared by origin).
    const db = createDb(dbName);
    const store = createFolderSyncStore(storeName);
    prepareFolderSync(db, store, folder)
      .then((sync) => {
        pending = { sync, store };
        scope.postMessage({ type: 'prepared', prepared: sync.prepared });
      }, fail)
      .finally(() => db.close());
    return;
  }
  if (!pending) return fail(new Error('Nothing to commit.'));
  commitFolderSync(pending.store, pending.sync).then(
    (report) => scope.postMessage({ type: 'committed', report }),
    fail,
  );
};
