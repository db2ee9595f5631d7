import type Dexie from 'dexie';
import type { Table } from 'dexie';

/**
 * The browser's automatic-backup store, version 2: `backups` keeps only what the list shows
 * (id, date, reason, size) and `contents` the texts, by the same id. Listing the backups, which
 * every start and the backup dialog do, then reads a few hundred bytes instead of every backup
 * in full.
 */
export const AUTO_BACKUPS_V2_STORES = { backups: 'id, createdAt', contents: 'id' } as const;

type Row = Record<string, unknown> & { id: string };

/**
 * Moves each version 1 row's text into `contents`, one backup at a time so that memory holds one
 * text at most, and leaves the metadata in `backups`.
 */
async function moveContentsOut(backups: Table<Row, string>, contents: Table<Row, string>) {
  const ids = await backups.toCollection().primaryKeys();
  for (const id of ids) {
    const row = await backups.get(id);
    if (!row || !('content' in row)) continue;
    const { content, ...metadata } = row;
    await contents.put({ id, content });
    await backups.put(metadata);
  }
}

export function applyAutoBackupsV2(db: Dexie): void {
  db.version(2)
    .stores(AUTO_BACKUPS_V2_STORES)
    .upgrade((tx) => moveContentsOut(tx.table('backups'), tx.table('contents')));
}
