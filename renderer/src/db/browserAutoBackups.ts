import Dexie, { type EntityTable } from 'dexie';
import {
  autoBackupId,
  newestFirst,
  parseAutoBackupId,
  selectBackupsToKeep,
  type AutoBackupReason,
} from '@shared/backup/rotation';
import { utf8ByteLength } from '@shared/files/textFile';
import type { RequestOf, ResponseOf } from '@shared/ipc/contract';
import { applyAutoBackupsV1 } from './autoBackupVersions/v1';
import { applyAutoBackupsV2 } from './autoBackupVersions/v2';

/** What the list shows of one automatic backup. */
type AutoBackupMetadata = {
  id: string;
  createdAt: string;
  reason: AutoBackupReason;
  bytes: number;
};

/**
 * One automatic backup's file, kept apart from its metadata: its text, or as the backup worker
 * hands it over, a Blob of its UTF-8 bytes (made off the UI thread and kept by reference: putting
 * the bytes themselves is serialised and compressed on the UI thread, a long task for a large
 * workspace, issue 18). Bytes, as earlier versions kept them and tests without workers hand them
 * over, still read.
 */
type AutoBackupContent = { id: string; content: string | Uint8Array | Blob };

/** A stored file as text, however it was kept. */
async function contentText(content: string | Uint8Array | Blob): Promise<string> {
  if (typeof content === 'string') return content;
  // (Bytes may come back from the database as another realm's Uint8Array: test for the Blob.)
  return content instanceof Blob ? content.text() : new TextDecoder().decode(content);
}

type AutoBackupDb = Dexie & {
  backups: EntityTable<AutoBackupMetadata, 'id'>;
  contents: EntityTable<AutoBackupContent, 'id'>;
};

/** The database a plain browser keeps its automatic backups in, beside the app's data. */
export const BROWSER_AUTO_BACKUPS_DB = 'quarterdeck-auto-backups';

/** Opens (or creates, or upgrades) the automatic-backup store at its current version. */
export function openAutoBackupDb(name: string = BROWSER_AUTO_BACKUPS_DB): AutoBackupDb {
  const db = new Dexie(name) as AutoBackupDb;
  applyAutoBackupsV1(db);
  applyAutoBackupsV2(db);
  return db;
}

/**
 * Automatic backups in a browser (`npm run web`, the Chromium e2e suite), where there is no data
 * folder: a small database of their own, pruned by the same rotation as the desktop app's folder.
 * The browser host (`lib/browserHost.ts`) is handed this store; it never opens a database itself.
 * Each backup's metadata and its text live in separate tables, so listing reads no text.
 */
export function createBrowserAutoBackups(name: string = BROWSER_AUTO_BACKUPS_DB) {
  let opened: AutoBackupDb | null = null;
  const open = (): AutoBackupDb => {
    opened ??= openAutoBackupDb(name);
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
      const { reason, content } = request;
      // Counted before the transaction: nothing but the database's own work happens inside it.
      const bytes =
        typeof content === 'string'
          ? utf8ByteLength(content)
          : content instanceof Blob
            ? content.size
            : content.byteLength;
      return db.transaction('rw', db.backups, db.contents, async () => {
        const taken = new Set(await db.backups.toCollection().primaryKeys());
        let sequence = 1;
        while (taken.has(autoBackupId(now, reason, sequence))) sequence += 1;
        const id = autoBackupId(now, reason, sequence);
        const createdAt = parseAutoBackupId(id)?.createdAt ?? now.toISOString();
        await db.contents.add({ id, content });
        await db.backups.add({ id, createdAt, reason, bytes });
        // Ids carry the time and reason, so pruning never loads the backups' content.
        const refs = [...taken, id].flatMap((key) => parseAutoBackupId(key) ?? []);
        const kept = selectBackupsToKeep(refs, now);
        kept.add(id);
        const pruned = refs.filter((b) => !kept.has(b.id)).map((b) => b.id);
        await db.backups.bulkDelete(pruned);
        await db.contents.bulkDelete(pruned);
        return { id };
      });
    },
    /** The backups kept, newest first, without their content (which lives in another table). */
    async list(): Promise<ResponseOf<'backup:list-auto'>> {
      const rows = await open().backups.toArray();
      return rows
        .map(({ id, createdAt, reason, bytes }) => ({ id, createdAt, reason, bytes }))
        .sort(newestFirst);
    },
    /** One backup's text, or null when it is gone (decoded here when it was kept as bytes). */
    async read(id: string): Promise<ResponseOf<'backup:read-auto'> | null> {
      const db = open();
      const [metadata, stored] = await db.transaction('r', db.backups, db.contents, () =>
        Promise.all([db.backups.get(id), db.contents.get(id)]),
      );
      if (!metadata || !stored) return null;
      return { content: await contentText(stored.content) };
    },
    /** Empties the store (tests start from none). */
    async clear(): Promise<void> {
      const db = open();
      await db.transaction('rw', db.backups, db.contents, async () => {
        await db.backups.clear();
        await db.contents.clear();
      });
    },
  };
}
