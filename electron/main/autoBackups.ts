import { access, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { app } from 'electron';
import {
  autoBackupId,
  newestFirst,
  parseAutoBackupId,
  selectBackupsToKeep,
  type AutoBackupReason,
} from '../../shared/backup/rotation';
import { MAX_FILE_BYTES } from '../../shared/files/textFile';
import type { ResponseOf } from '../../shared/ipc/contract';
import { saveFile } from './files';
import { handle } from './ipc';
import { readTextFile } from './textFile';

/*
 * Automatic backups live in `<userData>/backups`, one JSON backup file each, named by their id.
 * Main only stores, lists, reads and prunes them: the data is in the renderer's IndexedDB,
 * which main cannot read. So the renderer also takes the "on quit" backup itself, on `pagehide`,
 * as a best effort: a window that closes may be gone before the write arrives, and the daily
 * schedule covers what it misses.
 */

type AutoBackupEntry = ResponseOf<'backup:list-auto'>[number];

/** The folder automatic backups are kept in. */
export function autoBackupFolder(): string {
  return join(app.getPath('userData'), 'backups');
}

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

/** Saves run one at a time, so two in the same second cannot pick the same free name. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Writes one automatic backup atomically, then prunes the folder; returns the backup's id. Main
 * names and dates it by its own clock (`now`), and takes the next free name when a backup of
 * that second and reason exists already: a backup is never overwritten.
 */
export function saveAutoBackup(
  request: { content: string | Uint8Array | Blob; reason: AutoBackupReason },
  now: Date = new Date(),
): Promise<{ id: string }> {
  const run = async () => {
    const folder = autoBackupFolder();
    await mkdir(folder, { recursive: true });
    let sequence = 1;
    while (await exists(join(folder, autoBackupId(now, request.reason, sequence)))) sequence += 1;
    const id = autoBackupId(now, request.reason, sequence);
    const { content } = request;
    // (A Blob is what a browser's store is handed; read whole here if one ever arrives.)
    const bytes =
      typeof content === 'string'
        ? Buffer.from(content, 'utf8')
        : content instanceof Blob
          ? Buffer.from(await content.arrayBuffer())
          : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    await saveFile(join(folder, id), bytes);
    await pruneAutoBackups(now, id);
    return { id };
  };
  const saved = queue.then(run, run);
  queue = saved.catch(() => undefined);
  return saved;
}

/** The automatic backups in the folder, newest first; other files there are ignored. */
export async function listAutoBackups(): Promise<AutoBackupEntry[]> {
  const folder = autoBackupFolder();
  const names = await readdir(folder).catch((error: unknown) => {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
    throw error;
  });
  const entries: AutoBackupEntry[] = [];
  for (const name of names) {
    const ref = parseAutoBackupId(name);
    if (!ref) continue;
    // A file pruned by a concurrent save is simply no longer listed.
    const info = await stat(join(folder, name)).catch(() => null);
    if (info?.isFile()) entries.push({ ...ref, bytes: info.size });
  }
  return entries.sort(newestFirst);
}

/** One automatic backup's text. */
export async function readAutoBackup(id: string): Promise<{ content: string }> {
  if (!parseAutoBackupId(id)) throw new Error('That is not an automatic backup.');
  const read = await readTextFile(join(autoBackupFolder(), id), MAX_FILE_BYTES);
  if (!read.ok) throw new Error(`${read.name}: ${read.problem}`);
  return { content: read.text };
}

/** Deletes the backups the rotation does not keep; `keep` (the one just written) always stays. */
export async function pruneAutoBackups(now: Date = new Date(), keep?: string): Promise<string[]> {
  const backups = await listAutoBackups();
  const kept = selectBackupsToKeep(backups, now);
  if (keep) kept.add(keep);
  const pruned = backups.filter((b) => !kept.has(b.id)).map((b) => b.id);
  for (const id of pruned) await rm(join(autoBackupFolder(), id), { force: true });
  return pruned;
}

/** Registers `backup:save-auto`, `backup:list-auto` and `backup:read-auto`. */
export function registerAutoBackupHandlers(): void {
  handle('backup:save-auto', (request) => saveAutoBackup(request));
  handle('backup:list-auto', () => listAutoBackups());
  handle('backup:read-auto', (request) => readAutoBackup(request.id));
}
