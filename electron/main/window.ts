import { join } from 'node:path';
import { app, BrowserWindow, screen, type BrowserWindowConstructorOptions } from 'electron';
import {
  captureWindowState,
  loadWindowState,
  MIN_WINDOW_SIZE,
  saveWindowState,
  type WindowState,
} from './windowState';

/** What the main window needs from the entry point. */
export interface MainWindowOptions {
  /** Absolute path of the built preload (`out/preload/index.cjs`). */
  preloadPath: string;
  /** The app protocol entry, or the dev server in development. */
  url: string;
}

let mainWindow: BrowserWindow | null = null;

/** The window's constructor options: the remembered bounds and a locked-down renderer. */
export function buildWindowOptions(
  preloadPath: string,
  state: WindowState,
): BrowserWindowConstructorOptions {
  const { isMaximized: _isMaximized, ...bounds } = state;
  return {
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Quarterdeck',
    // Shown on ready-to-show, so people never see an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  };
}

/** Where the window's size and position are remembered between runs. */
export function windowStateFile(): string {
  return join(app.getPath('userData'), 'window-state.json');
}

/**
 * Creates the one main window at its remembered bounds (clamped to the displays present now),
 * shows it when its first paint is ready and saves its bounds when it closes.
 */
export function createMainWindow({ preloadPath, url }: MainWindowOptions): BrowserWindow {
  const stateFile = windowStateFile();
  // Primary first: a window whose display has gone is centred there.
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea);
  const state = loadWindowState(stateFile, workAreas);
  const win = new BrowserWindow(buildWindowOptions(preloadPath, state));
  win.once('ready-to-show', () => {
    // maximize() also shows the window, so it waits for the first paint like show() does.
    if (state.isMaximized) win.maximize();
    win.show();
  });
  // The page's <title> would otherwise replace the window title people and tests look for.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.on('close', () => {
    try {
      saveWindowState(stateFile, captureWindowState(win));
    } catch (error) {
      console.error('Could not save the window state', error);
    }
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
  win.loadURL(url).catch((error: unknown) => console.error(`Could not load ${url}`, error));
  return win;
}

/** Brings the main window to the front, e.g. when a second instance is started. */
export function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** Whether the main window exists (macOS keeps the app alive with none). */
export function hasMainWindow(): boolean {
  return mainWindow !== null;
}
