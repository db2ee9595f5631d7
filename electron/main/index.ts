import { join } from 'node:path';
import { app } from 'electron';
import { registerAppInfoHandlers } from './appInfo';
import { registerAutoBackupHandlers } from './autoBackups';
import { configureDialogs } from './dialogs';
import { registerExportHandlers } from './exportDocument';
import { registerFileHandlers } from './files';
import { registerFolderHandlers } from './folderHandlers';
import { registerMenu } from './menu';
import { registerPresentationHandlers } from './presentation';
import { APP_ENTRY_URL, devServerUrlFrom } from './origins';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { registerRoomHandlers } from './room/ipc';
import { registerSecurityHandlers } from './security';
import { applyUserDataOverride } from './userData';
import { createMainWindow, focusMainWindow, hasMainWindow } from './window';

// out/main/index.js → out/
const outDir = join(import.meta.dirname, '..');

applyUserDataOverride();
configureDialogs();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const devServerUrl = devServerUrlFrom(process.env, app.isPackaged);
  const windowOptions = {
    preloadPath: join(outDir, 'preload', 'index.cjs'),
    url: devServerUrl ?? APP_ENTRY_URL,
  };

  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && !hasMainWindow()) createMainWindow(windowOptions);
  });

  app
    .whenReady()
    .then(() => {
      registerSecurityHandlers({ devServerUrl, allowDevTools: !app.isPackaged });
      registerAppProtocol(join(outDir, 'renderer'));
      registerAppInfoHandlers();
      registerFileHandlers();
      registerExportHandlers();
      registerAutoBackupHandlers();
      registerFolderHandlers();
      registerPresentationHandlers(windowOptions);
      registerRoomHandlers(outDir);
      registerMenu();
      createMainWindow(windowOptions);
    })
    .catch((error: unknown) => {
      console.error('Quarterdeck failed to start', error);
      app.exit(1);
    });
}
