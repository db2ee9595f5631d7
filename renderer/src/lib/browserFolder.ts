import { decodeTextFile, MAX_PLAN_FILE_BYTES, sizeProblem } from '@shared/files/textFile';
import { isTeamQuarterFileName } from '@shared/folder/fileNames';
import type { DesktopApi, IpcResult, ResponseOf } from '@shared/ipc/contract';

/*
 * The workspace folder in a plain browser (`npm run web`): the File System Access API, where the
 * browser has it (Chromium, Edge). The person picks the folder once; the handle is kept in
 * IndexedDB, and after a restart the browser asks for permission again. A browser cannot watch a
 * folder: the app reads it again when its window gets focus, and on demand.
 */

/** The parts of the File System Access API used here (not yet in TypeScript's DOM types). */
type Permission = 'granted' | 'denied' | 'prompt';
interface FileHandle {
  kind: 'file';
  name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}
export interface DirectoryHandle {
  kind: 'directory';
  name: string;
  values(): AsyncIterable<FileHandle | { kind: 'directory'; name: string }>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandle>;
  removeEntry(name: string): Promise<void>;
  isSameEntry?(other: DirectoryHandle): Promise<boolean>;
  queryPermission?(options: { mode: 'readwrite' }): Promise<Permission>;
  requestPermission?(options: { mode: 'readwrite' }): Promise<Permission>;
}
type Picker = (options: { mode: 'readwrite'; id?: string }) => Promise<DirectoryHandle>;

/** Where the handle is kept between sessions. */
export interface HandleStore {
  load(): Promise<DirectoryHandle | undefined>;
  save(handle: DirectoryHandle | undefined): Promise<void>;
  /** The folder disconnected last, kept to recognise it when it is chosen again. */
  loadDisconnected?(): Promise<DirectoryHandle | undefined>;
  saveDisconnected?(handle: DirectoryHandle): Promise<void>;
  /** Another folder was chosen in place of the one before (two folders may share a name). */
  replaced?(): Promise<void>;
}

type FolderApi = Pick<
  DesktopApi,
  | 'folderChoose'
  | 'folderStatus'
  | 'folderReconnect'
  | 'folderDisconnect'
  | 'folderRead'
  | 'folderWrite'
>;
type Status = ResponseOf<'folder:status'>;

const NONE: Status = { state: 'none', name: null, location: null };
const NO_PICKER =
  'This browser cannot open a folder for Quarterdeck. Use Chrome or Edge, or the desktop app.';

const failed = (error: unknown): { ok: false; error: string } => ({
  ok: false,
  error: describeFolderError(error),
});

/** A sentence for what the browser threw at a folder operation. */
export function describeFolderError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return 'Quarterdeck may no longer use the folder: open Workspace folder and allow access again.';
  }
  if (name === 'NotFoundError') {
    return 'The folder is gone (deleted, moved or on a drive that is not connected).';
  }
  if (name === 'QuotaExceededError') return 'The disk is full: nothing more could be written.';
  return error instanceof Error ? error.message : String(error);
}

export function createBrowserFolder(win: Window, handles: HandleStore): FolderApi {
  let handle: DirectoryHandle | undefined;
  let loaded = false;
  const current = async (): Promise<DirectoryHandle | undefined> => {
    if (!loaded) {
      handle = await handles.load().catch(() => undefined);
      loaded = true;
    }
    return handle;
  };
  const statusOf = async (h: DirectoryHandle | undefined): Promise<Status> => {
    if (!h) return NONE;
    const permission = (await h.queryPermission?.({ mode: 'readwrite' })) ?? 'granted';
    return {
      state: permission === 'granted' ? 'connected' : 'needs-permission',
      name: h.name,
      location: null,
    };
  };
  const connected = async (): Promise<DirectoryHandle> => {
    const h = await current();
    if (!h) throw new Error('No workspace folder is connected.');
    if ((await statusOf(h)).state !== 'connected') {
      throw new DOMException('permission', 'NotAllowedError');
    }
    return h;
  };
  const guard = async <T>(run: () => Promise<T>): Promise<IpcResult<T>> => {
    try {
      return { ok: true, data: await run() };
    } catch (error) {
      return failed(error);
    }
  };

  return {
    folderStatus: () => guard(async () => statusOf(await current())),
    folderChoose: async () => {
      const picker = (win as unknown as { showDirectoryPicker?: Picker }).showDirectoryPicker;
      if (!picker) return { ok: false, error: NO_PICKER };
      let picked: DirectoryHandle;
      try {
        picked = await picker.call(win, { mode: 'readwrite', id: 'quarterdeck-folder' });
      } catch (error) {
        // Cancelled: nothing changes.
        if (error instanceof DOMException && error.name === 'AbortError') {
          return guard(async () => statusOf(await current()));
        }
        return failed(error);
      }
      // A folder's sync state is kept only for that very folder: two folders may share a name.
      const previous =
        (await current()) ?? (await handles.loadDisconnected?.().catch(() => undefined));
      if (!previous || !(await previous.isSameEntry?.(picked).catch(() => false))) {
        await handles.replaced?.();
      }
      handle = picked;
      loaded = true;
      // A handle the browser cannot keep lasts this session; the next one asks for the folder.
      await handles.save(picked).catch(() => undefined);
      return guard(() => statusOf(picked));
    },
    folderReconnect: () =>
      guard(async () => {
        const h = await current();
        await h?.requestPermission?.({ mode: 'readwrite' });
        return statusOf(h);
      }),
    folderDisconnect: () =>
      guard(async () => {
        const was = await current();
        if (was) await handles.saveDisconnected?.(was).catch(() => undefined);
        handle = undefined;
        loaded = true;
        await handles.save(undefined);
        return NONE;
      }),
    folderRead: () =>
      guard(async () => {
        const h = await connected();
        const entries: { name: string; text: string }[] = [];
        const problems: { name: string; problem: string }[] = [];
        for await (const item of h.values()) {
          if (item.kind !== 'file' || !isTeamQuarterFileName(item.name)) continue;
          const file = await item.getFile();
          const tooLarge = sizeProblem(file.size, MAX_PLAN_FILE_BYTES);
          if (tooLarge) {
            problems.push({ name: item.name, problem: tooLarge });
            continue;
          }
          const decoded = decodeTextFile(
            new Uint8Array(await file.arrayBuffer()),
            MAX_PLAN_FILE_BYTES,
          );
          if (decoded.ok) entries.push({ name: item.name, text: decoded.text });
          else problems.push({ name: item.name, problem: decoded.problem });
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : 1));
        return { entries, problems };
      }),
    folderWrite: ({ writes, removes }) =>
      guard(async () => {
        const h = await connected();
        // A writable stream writes to a temporary file and swaps it in on close: atomic.
        for (const { name, text } of writes) {
          const file = await h.getFileHandle(name, { create: true });
          const stream = await file.createWritable();
          await stream.write(text);
          await stream.close();
        }
        for (const name of removes) {
          await h.removeEntry(name).catch((error: unknown) => {
            if (!(error instanceof DOMException && error.name === 'NotFoundError')) throw error;
          });
        }
        return { written: writes.length, removed: removes.length };
      }),
  };
}
