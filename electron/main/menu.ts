import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';

/** What the menu depends on, passed in so the template can be built and tested without Electron. */
export interface MenuTemplateOptions {
  appName: string;
  isMac: boolean;
  /** Packaged builds hide DevTools: people using the app have no use for it. */
  isPackaged: boolean;
  onAbout: () => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** The application menu: platform conventions plus Quarterdeck's About box. */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const { appName, isMac, isPackaged, onAbout } = options;
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
      submenu: isMac ? [{ role: 'close' }] : [{ role: 'close' }, separator, { role: 'quit' }],
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
    { role: 'help', submenu: [about] },
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
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
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
