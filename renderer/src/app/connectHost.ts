import { createBrowserAutoBackups } from '../db/browserAutoBackups';
import { folderSyncStore } from '../db/folderSyncStore';
import type { DirectoryHandle } from '../lib/browserFolder';
import { createBrowserHost } from '../lib/browserHost';
import { setDesktopApi } from '../lib/desktopApi';

/**
 * Connects the renderer to its host: Electron's preload bridge when there is one, otherwise the
 * browser host, handed the store its automatic backups live in (persistence stays in db/).
 */
export function connectHost(): void {
  setDesktopApi(
    window.quarterdeck ??
      createBrowserHost(document, createBrowserAutoBackups(), {
        load: () => folderSyncStore.loadHandle<DirectoryHandle>(),
        save: (handle) => folderSyncStore.saveHandle(handle),
        replaced: () => folderSyncStore.forgetFolder(),
      }),
  );
}
