import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerPresentationHandlers } from '../../../electron/main/presentation';
import {
  closePresentationWindow,
  createMainWindow,
  presentationUrl,
  projectorDisplay,
} from '../../../electron/main/window';
import {
  app,
  invokeHandler,
  MockBrowserWindow,
  resetElectronMock,
  screen,
} from '../../support/electronMock';

vi.mock('electron', () => import('../../support/electronMock'));

const OPTIONS = { preloadPath: '/app/out/preload/index.cjs', url: 'app://quarterdeck/index.html' };
const LAPTOP = { x: 0, y: 0, width: 1440, height: 900 };
const PROJECTOR = { x: 1440, y: 0, width: 1920, height: 1080 };
const WORKSHOP = '0b8f3c1e-5a4d-4c1e-9f0a-900000000100';

let userData: string;

beforeEach(async () => {
  resetElectronMock();
  closePresentationWindow();
  userData = await mkdtemp(join(tmpdir(), 'quarterdeck-presentation-'));
  app.setPath('userData', userData);
  registerPresentationHandlers(OPTIONS);
});

afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

/** Opens the presentation as the renderer would, and returns the answer and the window. */
async function open(workshopId = WORKSHOP) {
  const result = await invokeHandler('window:open-presentation', { workshopId });
  return { result, win: MockBrowserWindow.instances.at(-1)! };
}

describe('the presentation window', () => {
  it('goes full screen on the second display, with the same locked-down renderer', async () => {
    screen.workAreas = [LAPTOP, PROJECTOR];
    createMainWindow(OPTIONS);
    const { result, win } = await open();
    expect(result).toEqual({ ok: true, data: { isOnSecondDisplay: true } });
    expect(MockBrowserWindow.instances).toHaveLength(2);
    expect(win.options).toMatchObject({
      ...PROJECTOR,
      fullscreen: true,
      show: false,
      autoHideMenuBar: true,
      webPreferences: {
        preload: OPTIONS.preloadPath,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
      },
    });
    expect(win.loadURL).toHaveBeenCalledWith(`app://quarterdeck/index.html#/present/${WORKSHOP}`);
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalled();
  });

  it('with one display, opens as a window that can be dragged to the projector later', async () => {
    screen.workAreas = [LAPTOP];
    const { result, win } = await open();
    expect(result).toEqual({ ok: true, data: { isOnSecondDisplay: false } });
    expect(win.options).toMatchObject({ width: 1280, height: 720, center: true });
    expect(win.options).not.toHaveProperty('fullscreen');
  });

  it('avoids the display the facilitator’s window is on, whichever it is', async () => {
    screen.workAreas = [LAPTOP, PROJECTOR];
    const main = createMainWindow(OPTIONS) as unknown as MockBrowserWindow;
    main.bounds = { x: 1600, y: 100, width: 1280, height: 800 };
    const { win } = await open();
    expect(win.options).toMatchObject({ ...LAPTOP, fullscreen: true });
  });

  it('is one window: opening again switches workshop and brings it forward', async () => {
    const { win } = await open();
    await open('another-workshop');
    expect(MockBrowserWindow.instances).toHaveLength(1);
    expect(win.loadURL).toHaveBeenLastCalledWith(
      'app://quarterdeck/index.html#/present/another-workshop',
    );
    expect(win.focus).toHaveBeenCalled();
  });

  it('closes with the facilitator’s window', async () => {
    const main = createMainWindow(OPTIONS) as unknown as MockBrowserWindow;
    const { win } = await open();
    main.emit('closed');
    expect(win.close).toHaveBeenCalled();
  });

  it('refuses a workshop id that is not an id, and any sender but the app', async () => {
    const bad = await invokeHandler('window:open-presentation', { workshopId: '../x#y' });
    expect(bad).toMatchObject({ ok: false, error: expect.stringContaining('A workshop id') });
    const foreign = await invokeHandler(
      'window:open-presentation',
      { workshopId: WORKSHOP },
      'https://example.com/',
    );
    expect(foreign).toMatchObject({ ok: false });
    expect(MockBrowserWindow.instances).toHaveLength(0);
  });
});

describe('presentation placement and address', () => {
  it('puts the hash route on the app URL, replacing any hash', () => {
    expect(presentationUrl('http://localhost:5173/#/old', 'w-1')).toBe(
      'http://localhost:5173/#/present/w-1',
    );
  });

  it('picks the first display that is not the facilitator’s', () => {
    const displays = [
      { id: 1, bounds: LAPTOP },
      { id: 2, bounds: PROJECTOR },
    ];
    expect(projectorDisplay(displays, 1)?.id).toBe(2);
    expect(projectorDisplay(displays, 2)?.id).toBe(1);
    expect(projectorDisplay([displays[0]!], 1)).toBeNull();
  });
});
