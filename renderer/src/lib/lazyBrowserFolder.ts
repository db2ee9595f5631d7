import type { DesktopApi } from '@shared/ipc/contract';
import type { createBrowserFolder, HandleStore } from './browserFolder';
import { recoverableImport } from './recoverableImport';

type FolderApi = ReturnType<typeof createBrowserFolder>;

/**
 * The browser's workspace folder (`browserFolder.ts`), loaded the first time it is used: most
 * starts never touch a folder, so the first screen does not carry its code. Noticing a change
 * (the window coming back into focus) needs none of it.
 */
export function lazyBrowserFolder(
  win: Window,
  handles: HandleStore,
): Omit<FolderApi, 'onFolderChanged'> & Pick<DesktopApi, 'onFolderChanged'> {
  const importFolder = recoverableImport(() => import('./browserFolder'));
  let loading: Promise<FolderApi> | null = null;
  const folder = () =>
    (loading ??= importFolder().then(
      (m) => m.createBrowserFolder(win, handles),
      (error: unknown) => {
        loading = null; // A failed load is tried again next time, not remembered.
        throw error;
      },
    ));
  return {
    folderStatus: async () => (await folder()).folderStatus(),
    folderChoose: async () => (await folder()).folderChoose(),
    folderReconnect: async () => (await folder()).folderReconnect(),
    folderDisconnect: async () => (await folder()).folderDisconnect(),
    folderRead: async () => (await folder()).folderRead(),
    folderWrite: async (request) => (await folder()).folderWrite(request),
    // No watching in a browser: coming back to the window is when the folder may have changed.
    onFolderChanged: (listener) => {
      const onFocus = () => listener({});
      const onVisible = () => {
        if (win.document.visibilityState === 'visible') listener({});
      };
      win.addEventListener('focus', onFocus);
      win.document.addEventListener('visibilitychange', onVisible);
      return () => {
        win.removeEventListener('focus', onFocus);
        win.document.removeEventListener('visibilitychange', onVisible);
      };
    },
  };
}
