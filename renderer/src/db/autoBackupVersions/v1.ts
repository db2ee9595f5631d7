import type Dexie from 'dexie';

/**
 * The browser's automatic-backup store, version 1: one table holding each backup's metadata and
 * its whole text in the same row. Released: never edit; version 2 moves the text out.
 */
export const AUTO_BACKUPS_V1_STORES = { backups: 'id, createdAt' } as const;

export function applyAutoBackupsV1(db: Dexie): void {
  db.version(1).stores(AUTO_BACKUPS_V1_STORES);
}
