import Dexie from 'dexie';
import { LOCAL_TABLES } from '@shared/folder/localTables';
import { getDb } from './database';

/**
 * Calls `listener` after any write to a table a workspace folder holds, in this window or another
 * (a person's own templates and drafts, and the folder's bookkeeping, do not count). Returns how
 * to stop. Light on purpose: every window's first screen listens.
 */
export function onWorkspaceWrite(listener: () => void): () => void {
  const d = getDb();
  const local: readonly string[] = LOCAL_TABLES;
  const prefixes = d.tables
    .map((table) => table.name)
    .filter((name) => !local.includes(name))
    .map((name) => `idb://${d.name}/${name}/`);
  const onMutated = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((part) => prefixes.some((p) => part.startsWith(p)))) listener();
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on('storagemutated').unsubscribe(onMutated);
}
