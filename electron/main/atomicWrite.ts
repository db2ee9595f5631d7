import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Moves the finished temporary file over the target; replaceable so tests can make it fail. */
export type RenameFile = (from: string, to: string) => Promise<void>;

/** Synchronous twin of {@link RenameFile}. */
export type RenameFileSync = (from: string, to: string) => void;

/**
 * Writes `data` to `target` so that readers see either the old file or the complete new one:
 * a temporary file in the same directory is written, flushed to disk and renamed over the
 * target. On any failure the temporary file is removed and the target is left untouched.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  renameFile: RenameFile = rename,
): Promise<void> {
  const temp = tempPathFor(target);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameFile(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  syncDirectory(dirname(target));
}

/**
 * Synchronous {@link writeFileAtomic}, for the few writes that must finish before the process
 * may exit (window state on close).
 */
export function writeFileAtomicSync(
  target: string,
  data: string | Uint8Array,
  renameFile: RenameFileSync = renameSync,
): void {
  const temp = tempPathFor(target);
  try {
    const fd = openSync(temp, 'wx');
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameFile(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncDirectory(dirname(target));
}

/** A unique hidden name beside the target: the same directory keeps the rename on one volume. */
export function tempPathFor(target: string): string {
  const suffix = `${process.pid}-${randomBytes(6).toString('hex')}`;
  return join(dirname(target), `.${basename(target)}.${suffix}.tmp`);
}

function syncDirectory(directory: string): void {
  // Persists the rename itself on POSIX; Windows cannot open a directory for syncing, and the
  // file's own contents are already on disk, so a failure here is not worth failing the save.
  if (process.platform === 'win32') return;
  try {
    const fd = openSync(directory, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Best effort, see above.
  }
}
