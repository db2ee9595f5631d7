import type { DirectoryHandle } from '../lib/browserFolder';
import { createBrowserHost, type BrowserAutoBackups } from '../lib/browserHost';
import { setDesktopApi } from '../lib/desktopApi';

/*
 * The browser host's stores load when first used, not at start: the first screen lists no
 * automatic backup and opens no folder, so its script carries neither.
 */
let backups: Promise<BrowserAutoBackups> | null = null;
const autoBackups = () =>
  (backups ??= import('../db/browserAutoBackups').then((m) => m.createBrowserAutoBackups()));
const folderStore = async () => (await import('../db/folderSyncStore')).folderSyncStore;

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
