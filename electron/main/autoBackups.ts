import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { app } from 'electron';
import {
  autoBackupId,
  parseAutoBackupId,
  selectBackupsToKeep,
  type AutoBackupReason,
} from '../../shared/backup/rotation';
import { MAX_FILE_BYTES, type ResponseOf } from '../../shared/ipc/contract';
import { readTextFile, saveFile } from './files';
import { handle } from './ipc';

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

/** Writes one automatic backup atomically, then prunes the folder; returns the backup's id. */
export async function saveAutoBackup(
  request: { content: string; reason: AutoBackupReason; createdAt: string },
  now: Date = new Date(),
): Promise<{ id: string }> {
  const folder = autoBackupFolder();
  await mkdir(folder, { recursive: true });
  const id = autoBackupId(request.createdAt, request.reason);
  await saveFile(join(folder, id), Buffer.from(request.content, 'utf8'));
  await pruneAutoBackups(now, id);
  return { id };
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
  return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/** One automatic backup's text. */
export async function readAutoBackup(id: string): Promise<{ content: string }> {
  if (!parseAutoBackupId(id)) throw new Error('That is not an automatic backup.');
  const { content } = await readTextFile(join(autoBackupFolder(), id), MAX_FILE_BYTES);
  return { content };
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
