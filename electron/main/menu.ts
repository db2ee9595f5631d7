import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import { COMMANDS, commandsIn, type AppCommand, type CommandMenu } from '../../shared/ipc/commands';
import { sendEvent } from './ipc';

/** What the menu depends on, passed in so the template can be built and tested without Electron. */
export interface MenuTemplateOptions {
  appName: string;
  isMac: boolean;
  /** Packaged builds hide DevTools: people using the app have no use for it. */
  isPackaged: boolean;
  onAbout: () => void;
  /** Runs one of the app's own commands (New team, Back up…, a phase) in the window in front. */
  onCommand: (command: AppCommand) => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** The application menu: platform conventions plus Quarterdeck's commands and About box. */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const { appName, isMac, isPackaged, onAbout, onCommand } = options;
  const commands = (menu: CommandMenu): MenuItemConstructorOptions[] =>
    commandsIn(menu).map((command) => ({
      label: COMMANDS[command].label,
      accelerator: COMMANDS[command].accelerator,
      click: () => onCommand(command),
    }));
  const about: MenuItemConstructorOptions = { label: `About ${appName}`, click: onAbout };
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            about,
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    {
      label: 'File',
      submenu: [
        ...commands('file'),
        separator,
        ...(isMac
          ? [{ role: 'close' } as const]
          : [{ role: 'close' } as const, separator, { role: 'quit' } as const]),
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        separator,
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        ...commands('view'),
        separator,
        { role: 'reload' },
        ...(isPackaged ? [] : [{ role: 'toggleDevTools' } satisfies MenuItemConstructorOptions]),
        separator,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Window',
      submenu: isMac
        ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
        : [{ role: 'minimize' }, { role: 'close' }],
    },
    { role: 'help', submenu: [...commands('help'), separator, about] },
  ];
}

/** The About box's text: the version people quote in a bug report, and what it runs on. */
export function aboutDetail(version: string, versions: NodeJS.ProcessVersions): string {
  return [
    `Version ${version}`,
    `Electron ${versions.electron ?? 'unknown'} · Chromium ${versions.chrome ?? 'unknown'} · Node ${versions.node}`,
  ].join('\n');
}

/** Installs the application menu. Call after the app is ready. */
export function registerMenu(): void {
  const template = buildMenuTemplate({
    appName: app.getName(),
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    onAbout: showAbout,
    onCommand: sendCommand,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Sends a menu command to the window in front (or the only one), which decides what it does. */
function sendCommand(command: AppCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (target) sendEvent(target.webContents, 'menu:command', { command });
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: `About ${app.getName()}`,
    message: app.getName(),
    detail: aboutDetail(app.getVersion(), process.versions),
    buttons: ['OK'],
  };
  const owner = BrowserWindow.getFocusedWindow();
  void (owner ? dialog.showMessageBox(owner, options) : dialog.showMessageBox(options));
}
