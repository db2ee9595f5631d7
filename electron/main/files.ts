import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { app, BrowserWindow, type FileFilter, type IpcMainInvokeEvent } from 'electron';
import { formatBytes } from '../../shared/domain/format';
import { writeFileAtomic } from './atomicWrite';
import { openPath, showItemInFolder, showOpenDialog, showSaveDialog } from './dialogs';
import { handle } from './ipc';

/** The largest file `file:open-text` reads: far above any import Quarterdeck expects. */
export const MAX_OPEN_TEXT_BYTES = 10 * 1024 * 1024;

/**
 * Reads a UTF-8 text file of at most `maxBytes`, with errors a person can act on: too large,
 * not a file, not UTF-8 text. A byte-order mark is dropped.
 */
export async function readTextFile(
  filePath: string,
  maxBytes: number = MAX_OPEN_TEXT_BYTES,
): Promise<{ name: string; content: string }> {
  const name = basename(filePath);
  const info = await stat(filePath).catch((error: unknown) => {
    throw new Error(`Could not open “${name}”: ${describeFsError(error)}.`);
  });
  if (!info.isFile()) throw new Error(`“${name}” is not a file.`);
  if (info.size > maxBytes) {
    throw new Error(
      `“${name}” is ${formatBytes(info.size)}; Quarterdeck opens text files up to ${formatBytes(maxBytes)}.`,
    );
  }
  const bytes = await readFile(filePath);
  try {
    return { name, content: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    throw new Error(`“${name}” is not a UTF-8 text file.`);
  }
}

/** Writes the bytes atomically, turning file-system error codes into a readable sentence. */
export async function saveFile(filePath: string, data: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(filePath, data);
  } catch (error) {
    throw new Error(`Could not save “${basename(filePath)}”: ${describeFsError(error)}.`);
  }
}

/**
 * Files the person saved through a dialog in this session: the only paths the renderer may ask
 * to reveal or open, so a compromised page cannot launch arbitrary files.
 */
const savedPaths = new Set<string>();

/** Whether `path` is one the person chose in a save dialog during this session. */
export function wasSavedThisSession(path: string): boolean {
  return savedPaths.has(path);
}

/**
 * Asks where to save, in the asking window's save dialog (Documents and the suggested name to
 * start with); once `write` has put the file there, it may be revealed or opened. Null when the
 * person cancels, and `write` is not called.
 */
export async function saveWithDialog(
  event: IpcMainInvokeEvent,
  options: { suggestedName: string; filters: FileFilter[] },
  write: (filePath: string) => Promise<void>,
): Promise<string | null> {
  const result = await withOwner(event, (owner) =>
    showSaveDialog(owner, {
      defaultPath: join(app.getPath('documents'), options.suggestedName),
      filters: options.filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    }),
  );
  if (result.canceled || !result.filePath) return null;
  await write(result.filePath);
  savedPaths.add(result.filePath);
  return result.filePath;
}

/** Registers `file:open-text`, `file:reveal` and `file:open-saved`. */
export function registerFileHandlers(): void {
  handle('file:reveal', (request) => {
    if (!wasSavedThisSession(request.path))
      throw new Error('Only files saved in this session can be shown.');
    showItemInFolder(request.path);
  });

  handle('file:open-saved', async (request) => {
    if (!wasSavedThisSession(request.path))
      throw new Error('Only files saved in this session can be opened.');
    const problem = await openPath(request.path);
    if (problem) throw new Error(`Could not open “${basename(request.path)}”: ${problem}`);
  });

  handle('file:open-text', async (request, event) => {
    const result = await withOwner(event, (owner) =>
      showOpenDialog(owner, { properties: ['openFile'], filters: request.filters }),
    );
    const [filePath] = result.filePaths;
    if (result.canceled || !filePath) return null;
    return readTextFile(filePath);
  });
}

function withOwner<T>(
  event: IpcMainInvokeEvent,
  show: (owner: BrowserWindow) => Promise<T>,
): Promise<T> {
  // A dialog attached to the asking window is modal to it, as people expect on every platform.
  const owner = BrowserWindow.fromWebContents(event.sender);
  if (!owner) throw new Error('The window that asked for a file has closed.');
  return show(owner);
}

const FS_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'the file or folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EISDIR: 'that is a folder',
  EBUSY: 'the file is in use',
};

function describeFsError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  return FS_ERRORS[code] ?? (error instanceof Error ? error.message : String(error));
}
