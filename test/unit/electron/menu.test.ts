import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { aboutDetail, buildMenuTemplate, registerMenu } from '../../../electron/main/menu';
import {
  app,
  BrowserWindow,
  dialog,
  lastCallArg,
  Menu,
  resetElectronMock,
  type MockMenuItem,
} from '../../support/electronMock';

vi.mock('electron', () => import('../../support/electronMock'));

beforeEach(resetElectronMock);

const options = {
  appName: 'Quarterdeck',
  isMac: false,
  isPackaged: true,
  onAbout: () => undefined,
  onCommand: () => undefined,
};

/** The labels of a menu's items that are the app's own commands (they have a click). */
function commandLabels(items: MenuItemConstructorOptions[]): string[] {
  return items.filter((item) => item.click && item.accelerator).map((item) => item.label ?? '');
}

/** Every role anywhere in the menu, in order. */
function roles(items: readonly (MenuItemConstructorOptions | MockMenuItem)[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

function submenu(
  template: MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label || item.role === label);
  return Array.isArray(menu?.submenu) ? menu.submenu : [];
}

describe('buildMenuTemplate', () => {
  it('hides DevTools from people using the packaged app', () => {
    expect(roles(buildMenuTemplate(options))).not.toContain('toggleDevTools');
  });

  it('offers DevTools in the View menu while developing', () => {
    const template = buildMenuTemplate({ ...options, isPackaged: false });
    expect(roles(submenu(template, 'View'))).toContain('toggleDevTools');
  });

  it('has the menus people expect on Windows and Linux, with Quit under File', () => {
    const template = buildMenuTemplate(options);
    expect(template.map((item) => item.label ?? item.role)).toEqual([
      'File',
      'Edit',
      'View',
      'Window',
      'help',
    ]);
    expect(roles(submenu(template, 'File'))).toEqual(['close', 'quit']);
    expect(roles(submenu(template, 'Edit'))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
    expect(roles(submenu(template, 'View'))).toEqual([
      'reload',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ]);
  });

  it("has the app's own commands with their usual shortcuts in File, View and Help", () => {
    const onCommand = vi.fn();
    const template = buildMenuTemplate({ ...options, onCommand });
    expect(commandLabels(submenu(template, 'File'))).toEqual([
      'New team…',
      'New quarter…',
      'Import plan (CSV)…',
      'Export review…',
      'Back up…',
      'Restore…',
    ]);
    expect(commandLabels(submenu(template, 'View'))).toEqual([
      'Setting',
      'Check-ins',
      'Scoring',
      'Retrospective',
    ]);
    expect(commandLabels(submenu(template, 'help'))).toEqual(['Keyboard shortcuts']);
    const file = submenu(template, 'File');
    expect(file.find((i) => i.label === 'New quarter…')?.accelerator).toBe('CmdOrCtrl+N');
    expect(file.find((i) => i.label === 'Back up…')?.accelerator).toBe('CmdOrCtrl+S');
    const scoring = submenu(template, 'View').find((i) => i.label === 'Scoring');
    expect(scoring?.accelerator).toBe('CmdOrCtrl+3');
    (scoring?.click as () => void)();
    expect(onCommand).toHaveBeenCalledWith('show-scoring');
  });

  it('puts an app menu with Quit first on macOS, leaving Close in File', () => {
    const template = buildMenuTemplate({ ...options, isMac: true });
    expect(template[0]?.label).toBe('Quarterdeck');
    expect(roles(submenu(template, 'Quarterdeck'))).toContain('quit');
    expect(roles(submenu(template, 'File'))).toEqual(['close']);
  });
});

describe('menu commands', () => {
  it('sends a chosen command to the window in front, checked against the contract', () => {
    registerMenu();
    const window = new BrowserWindow({});
    BrowserWindow.getFocusedWindow.mockReturnValue(window);
    const template = lastCallArg(Menu.buildFromTemplate);
    const file = template.find((item) => item.label === 'File');
    file?.submenu?.find((item) => item.label === 'Back up…')?.click?.();
    expect(window.webContents.send).toHaveBeenCalledWith('menu:command', { command: 'back-up' });
  });
});

describe('registerMenu', () => {
  it('installs the menu, whose Help › About box shows the app version', () => {
    app.getVersion.mockReturnValue('2.3.4');
    registerMenu();
    const template = lastCallArg(Menu.buildFromTemplate);
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith({ template });
    const help = template.find((item) => item.role === 'help');
    help?.submenu?.find((item) => item.label === 'About Quarterdeck')?.click?.();
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({
        message: 'Quarterdeck',
        detail: expect.stringContaining('Version 2.3.4'),
      }),
    );
  });

  it('lists the runtime versions under the app version', () => {
    const detail = aboutDetail('1.0.0', {
      ...process.versions,
      electron: '45.4.1',
      chrome: '140.0',
    });
    expect(detail.split('\n')).toEqual([
      'Version 1.0.0',
      expect.stringContaining('Electron 45.4.1 · Chromium 140.0'),
    ]);
  });
});
