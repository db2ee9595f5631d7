import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, focusMainWindow } from '../../../electron/main/window';
import { app, MockBrowserWindow, resetElectronMock, screen } from '../../support/electronMock';

vi.mock('electron', () => import('../../support/electronMock'));

let userData: string;
const stateFile = () => join(userData, 'window-state.json');
/** Opens the main window and returns the mock behind it, to inspect and drive. */
function open(): MockBrowserWindow {
  createMainWindow({
    preloadPath: '/app/out/preload/index.cjs',
    url: 'app://quarterdeck/index.html',
  });
  const win = MockBrowserWindow.instances.at(-1);
  if (!win) throw new Error('No window was created');
  return win;
}

beforeEach(async () => {
  resetElectronMock();
  userData = await mkdtemp(join(tmpdir(), 'quarterdeck-window-'));
  app.setPath('userData', userData);
});

afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

describe('createMainWindow', () => {
  it('runs the renderer sandboxed and isolated, with only the preload bridge', () => {
    const win = open();
    expect(win.options).toMatchObject({
      title: 'Quarterdeck',
      minWidth: 960,
      minHeight: 640,
      webPreferences: {
        preload: '/app/out/preload/index.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
      },
    });
  });

  it('loads the app and stays hidden until its first paint is ready', () => {
    const win = open();
    expect(win.loadURL).toHaveBeenCalledWith('app://quarterdeck/index.html');
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it('keeps the title Quarterdeck when the page sets its own', () => {
    const win = open();
    const event = { preventDefault: vi.fn() };
    win.emit('page-title-updated', event, 'Platform · 2027-Q1');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('opens where it was closed last time, maximized if it was', async () => {
    await writeFile(
      stateFile(),
      JSON.stringify({ x: 120, y: 90, width: 1300, height: 820, isMaximized: true }),
    );
    const win = open();
    expect(win.options).toMatchObject({ x: 120, y: 90, width: 1300, height: 820 });
    expect(win.maximize).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.maximize).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
  });

  it('brings a window saved on a missing monitor back onto the screen', async () => {
    await writeFile(stateFile(), JSON.stringify({ x: 4000, y: 200, width: 1300, height: 820 }));
    screen.workAreas = [{ x: 0, y: 0, width: 1366, height: 728 }];
    const win = open();
    expect(win.options).toMatchObject({ width: 1300, height: 728 });
    expect(win.options).not.toHaveProperty('x');
  });

  it('opens at the default size when the saved state is corrupt', async () => {
    await writeFile(stateFile(), '{"x": 1');
    const win = open();
    expect(win.options).toMatchObject({ width: 1280, height: 800 });
  });

  it('remembers its bounds when closed', async () => {
    const win = open();
    win.bounds = { x: 50, y: 60, width: 1111, height: 777 };
    win.emit('close');
    expect(JSON.parse(await readFile(stateFile(), 'utf8'))).toEqual({
      x: 50,
      y: 60,
      width: 1111,
      height: 777,
      isMaximized: false,
    });
  });
});

describe('focusMainWindow', () => {
  it('restores and focuses the window when a second instance starts', () => {
    const win = open();
    win.isMinimized.mockReturnValue(true);
    focusMainWindow();
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });
});
