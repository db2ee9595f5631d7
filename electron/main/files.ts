import { basename, join } from 'node:path';
import { app, BrowserWindow, type FileFilter, type IpcMainInvokeEvent } from 'electron';
import {
  SAVED_EXTENSIONS,
  withSavedExtension,
  type SavedKind,
} from '../../shared/files/savedFiles';
import { MAX_FILE_BYTES } from '../../shared/files/textFile';
import { writeFileAtomic } from './atomicWrite';
import { openPath, showItemInFolder, showOpenDialog, showSaveDialog } from './dialogs';
import { handle } from './ipc';
import { describeFsError, readTextFile } from './textFile';

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
 * start with); once `write` has put the file there, it may be revealed or opened. Only the
 * `kind`'s own types are written: the dialog offers only them, and a chosen name without one of
 * them gets the suggested name's extension. Null when the person cancels, and `write` is not
 * called.
 */
export async function saveWithDialog(
  event: IpcMainInvokeEvent,
  options: { suggestedName: string; filters: FileFilter[]; kind: SavedKind },
  write: (filePath: string) => Promise<void>,
): Promise<string | null> {
  const allowed: readonly string[] = SAVED_EXTENSIONS[options.kind];
  const filters = options.filters
    .map((f) => ({
      ...f,
      extensions: f.extensions.filter((e) => allowed.includes(e.toLowerCase())),
    }))
    .filter((f) => f.extensions.length > 0);
  const result = await withOwner(event, (owner) =>
    showSaveDialog(owner, {
      defaultPath: join(app.getPath('documents'), options.suggestedName),
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    }),
  );
  if (result.canceled || !result.filePath) return null;
  const filePath = withSavedExtension(result.filePath, options.suggestedName, options.kind);
  await write(filePath);
  savedPaths.add(filePath);
  return filePath;
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
    const read = await readTextFile(filePath, request.maxBytes ?? MAX_FILE_BYTES);
    if (!read.ok) throw new Error(`${read.name}: ${read.problem}`);
    return { name: read.name, content: read.text };
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
