import Dexie, { type EntityTable } from 'dexie';
import {
  autoBackupId,
  newestFirst,
  parseAutoBackupId,
  selectBackupsToKeep,
  type AutoBackupReason,
} from '@shared/backup/rotation';
import type { RequestOf, ResponseOf } from '@shared/ipc/contract';

type StoredAutoBackup = {
  id: string;
  createdAt: string;
  reason: AutoBackupReason;
  bytes: number;
  content: string;
};

type AutoBackupDb = Dexie & { backups: EntityTable<StoredAutoBackup, 'id'> };

/** The database a plain browser keeps its automatic backups in, beside the app's data. */
export const BROWSER_AUTO_BACKUPS_DB = 'quarterdeck-auto-backups';

/**
 * Automatic backups in a browser (`npm run web`, the Chromium e2e suite), where there is no data
 * folder: a small database of their own, pruned by the same rotation as the desktop app's folder.
 * The browser host (`lib/browserHost.ts`) is handed this store; it never opens a database itself.
 */
export function createBrowserAutoBackups(name: string = BROWSER_AUTO_BACKUPS_DB) {
  let opened: AutoBackupDb | null = null;
  const open = (): AutoBackupDb => {
    if (!opened) {
      opened = new Dexie(name) as AutoBackupDb;
      opened.version(1).stores({ backups: 'id, createdAt' });
    }
    return opened;
  };

  return {
    /**
     * Keeps one automatic backup and prunes the rest by the same rotation as the desktop app:
     * named and dated by this host's clock, never overwriting another (the next free name is
     * taken).
     */
    async save(
      request: RequestOf<'backup:save-auto'>,
      now: Date = new Date(),
    ): Promise<ResponseOf<'backup:save-auto'>> {
      const db = open();
      return db.transaction('rw', db.backups, async () => {
        const { reason, content } = request;
        const taken = new Set(await db.backups.toCollection().primaryKeys());
        let sequence = 1;
        while (taken.has(autoBackupId(now, reason, sequence))) sequence += 1;
        const id = autoBackupId(now, reason, sequence);
        const createdAt = parseAutoBackupId(id)?.createdAt ?? now.toISOString();
        const bytes = new TextEncoder().encode(content).length;
        await db.backups.add({ id, createdAt, reason, bytes, content });
        // Ids carry the time and reason, so pruning never loads the backups' content.
        const refs = [...taken, id].flatMap((key) => parseAutoBackupId(key) ?? []);
        const kept = selectBackupsToKeep(refs, now);
        kept.add(id);
        await db.backups.bulkDelete(refs.filter((b) => !kept.has(b.id)).map((b) => b.id));
        return { id };
      });
    },
    /** The backups kept, newest first, without their content. */
    async list(): Promise<ResponseOf<'backup:list-auto'>> {
      const rows = await open().backups.toArray();
      return rows
        .map(({ id, createdAt, reason, bytes }) => ({ id, createdAt, reason, bytes }))
        .sort(newestFirst);
    },
    /** One backup's text, or null when it is gone. */
    async read(id: string): Promise<ResponseOf<'backup:read-auto'> | null> {
      const backup = await open().backups.get(id);
      return backup ? { content: backup.content } : null;
    },
    /** Empties the store (tests start from none). */
    async clear(): Promise<void> {
      await open().backups.clear();
    },
  };
}
