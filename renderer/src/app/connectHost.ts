import type { DirectoryHandle } from '../lib/browserFolder';
import { createBrowserHost, type BrowserAutoBackups } from '../lib/browserHost';
import { setDesktopApi } from '../lib/desktopApi';
import { recoverableImport } from '../lib/recoverableImport';

/*
 * The browser host's stores load when first used, not at start: the first screen lists no
 * automatic backup and opens no folder, so its script carries neither.
 */
const importAutoBackups = recoverableImport(() => import('../db/browserAutoBackups'));
const importFolderStore = recoverableImport(() => import('../db/folderSyncStore'));
let backups: Promise<BrowserAutoBackups> | null = null;
const autoBackups = () =>
  (backups ??= importAutoBackups().then(
    (m) => m.createBrowserAutoBackups(),
    (error: unknown) => {
      backups = null; // A failed load is tried again next time, not remembered.
      throw error;
    },
  ));
const folderStore = async () => (await importFolderStore()).folderSyncStore;

/**
 * Connects the renderer to its host: Electron's preload bridge when there is one, otherwise the
 * browser host, handed the stores its automatic backups and its folder's handle live in
 * (persistence stays in db/).
 */
export function connectHost(): void {
  setDesktopApi(
    window.quarterdeck ??
      createBrowserHost(
        document,
        {
          save: async (request) => (await autoBackups()).save(request),
          list: async () => (await autoBackups()).list(),
          read: async (id) => (await autoBackups()).read(id),
        },
        {
          load: async () => (await folderStore()).loadHandle<DirectoryHandle>(),
          save: async (handle) => (await folderStore()).saveHandle(handle),
          loadDisconnected: async () => (await folderStore()).loadPausedHandle<DirectoryHandle>(),
          saveDisconnected: async (handle) => (await folderStore()).savePausedHandle(handle),
          replaced: async () => (await folderStore()).forgetFolder(),
        },
      ),
  );
}
