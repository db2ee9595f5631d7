import Dexie from 'dexie';
import { LOCAL_TABLES } from '@shared/folder/localTables';
import { getDb } from './database';

/*
 * Writes to the app's database, as Dexie tells every window, tab and worker of them (its
 * `storagemutated` event): the one place that reads Dexie's notice, for whoever must know data
 * changed under them.
 */

/**
 * Calls `listener` after a write to a table `watches` (by name), or when Dexie says anything
 * may have changed (a page restored from the browser's cache). Returns how to stop listening.
 */
function onTablesWritten(watches: (table: string) => boolean, listener: () => void): () => void {
  const prefix = `idb://${getDb().name}/`;
  const onMutated = (parts: Record<string, unknown>) => {
    const hit = Object.keys(parts).some(
      (part) =>
        part === 'all' ||
        (part.startsWith(prefix) && watches(part.slice(prefix.length).split('/')[0] ?? '')),
    );
    if (hit) listener();
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on('storagemutated').unsubscribe(onMutated);
}

/**
 * Calls `listener` once, after the next write to any table; then stops. What a snapshot of all
 * data (a restore's) needs to know it is no longer current.
 */
export function onceDataWritten(listener: () => void): () => void {
  const stop = onTablesWritten(
    () => true,
    () => {
      stop();
      listener();
    },
  );
  return stop;
}

/**
 * Calls `listener` after each write to a table a workspace folder holds (a person's own templates
 * and drafts, and the folder's bookkeeping, do not count). Light on purpose: every window's first
 * screen listens.
 */
export function onWorkspaceWrite(listener: () => void): () => void {
  const local: readonly string[] = LOCAL_TABLES;
  return onTablesWritten((table) => !local.includes(table), listener);
}
