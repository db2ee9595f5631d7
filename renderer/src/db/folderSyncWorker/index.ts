import { getDb } from '../database';
import type { FolderSyncStore, SyncReport } from '../folderSyncStore';
import {
  commitFolderSync,
  prepareFolderSync,
  type PrepareSyncRequest,
  type PreparedSync,
} from './prepare';
import type { FolderWorkerMessage, FolderWorkerRequest } from './worker';

export type { PreparedSync } from './prepare';

/** A sync prepared (the database already merged): write its files, then commit, or cancel. */
export interface FolderSyncSession {
  prepared: PreparedSync;
  /** Saves what both sides now agree on; call once the files are written. */
  commit(): Promise<SyncReport>;
  /** Drops the session without saving (the files could not be written). */
  cancel(): void;
}

function startWorker(): Worker {
  // Vite bundles the worker as its own file from this exact pattern, served from the app's own
  // origin (`worker-src 'self'`).
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'folder' });
}

/**
 * Merges what the folder holds into the database and plans the write, off the UI thread: on a
 * large workspace that is seconds of parsing, comparing and serialising, which must never block
 * typing. Where there are no workers (tests in jsdom) it runs inline.
 */
export async function startFolderSync(
  store: FolderSyncStore,
  request: PrepareSyncRequest,
): Promise<FolderSyncSession> {
  if (typeof Worker === 'undefined') {
    const pending = await prepareFolderSync(getDb(), store, request);
    return {
      prepared: pending.prepared,
      commit: () => commitFolderSync(store, pending),
      cancel: () => undefined,
    };
  }
  const worker = startWorker();
  const answer = <T extends FolderWorkerMessage['type']>(type: T) =>
    new Promise<Extract<FolderWorkerMessage, { type: T }>>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<FolderWorkerMessage>) => {
        const message = event.data;
        if (message.type === type) resolve(message as Extract<FolderWorkerMessage, { type: T }>);
        else if (message.type === 'failed') reject(new Error(message.message));
      };
      worker.onerror = (event) => reject(new Error(event.message || 'The folder sync failed.'));
    });
  const ask = (request: FolderWorkerRequest) => worker.postMessage(request);
  try {
    const prepared = answer('prepared');
    ask({ type: 'prepare', dbName: getDb().name, storeName: store.name, ...request });
    const { prepared: result } = await prepared;
    return {
      prepared: result,
      commit: async () => {
        try {
          const committed = answer('committed');
          ask({ type: 'commit' });
          return (await committed).report;
        } finally {
          worker.terminate();
        }
      },
      cancel: () => worker.terminate(),
    };
  } catch (error) {
    worker.terminate();
    throw error;
  }
}
