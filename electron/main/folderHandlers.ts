import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { showOpenDialog } from './dialogs';
import { createFolderConnection } from './folderConnection';
import { handle, sendEvent } from './ipc';

/** Wires the workspace folder to IPC: the person picks it in a native dialog, main keeps it. */
export function registerFolderHandlers(): void {
  const connection = createFolderConnection({
    settingsFile: join(app.getPath('userData'), 'workspace-folder.json'),
    onChange: () => {
      for (const window of BrowserWindow.getAllWindows()) {
        if (!window.isDestroyed()) sendEvent(window.webContents, 'folder:changed', {});
      }
    },
  });
  app.on('before-quit', connection.close);

  handle('folder:status', () => connection.status());
  handle('folder:reconnect', () => connection.status());
  handle('folder:disconnect', () => connection.disconnect());
  handle('folder:read', () => connection.read());
  handle('folder:write', ({ writes, removes }) => connection.write(writes, removes));
  handle('folder:choose', async (_request, event) => {
    const owner = BrowserWindow.fromWebContents(event.sender);
    if (!owner) return connection.status();
    const result = await showOpenDialog(owner, {
      title: 'Choose the workspace folder',
      buttonLabel: 'Use this folder',
      properties: ['openDirectory', 'createDirectory'],
    });
    const [dir] = result.filePaths;
    if (result.canceled || !dir) return connection.status();
    return connection.connect(dir);
  });
}
