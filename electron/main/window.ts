import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  screen,
  type BrowserWindowConstructorOptions,
  type Rectangle,
  type WebPreferences,
} from 'electron';
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
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** What every Quarterdeck window runs with: isolated, sandboxed, only the preload's bridge. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
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
    // The projector's window belongs to the facilitator's: it never outlives it.
    closePresentationWindow();
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

/* The presentation window: the workshop's projector view, a second window of the same app. */

let presentationWindow: BrowserWindow | null = null;
let isPresentationOnSecondDisplay = false;

/** A display as the window placement reads it. */
export type DisplayArea = { id: number; bounds: Rectangle };

/** The app's URL with the hash route of a workshop's presentation view. */
export function presentationUrl(appUrl: string, workshopId: string): string {
  const [base = appUrl] = appUrl.split('#');
  return `${base}#/present/${encodeURIComponent(workshopId)}`;
}

/** Where the projector is: the first display other than the facilitator's, or null when alone. */
export function projectorDisplay(
  displays: readonly DisplayArea[],
  facilitatorDisplayId: number,
): DisplayArea | null {
  return displays.find((d) => d.id !== facilitatorDisplayId) ?? null;
}

/**
 * The presentation window's options: full screen on the projector's display when there is one,
 * else a movable window beside the facilitator's; no menu bar; the same locked-down renderer.
 */
export function buildPresentationOptions(
  preloadPath: string,
  projector: DisplayArea | null,
): BrowserWindowConstructorOptions {
  const placement = projector
    ? { ...projector.bounds, fullscreen: true }
    : { width: 1280, height: 720, center: true };
  return {
    ...placement,
    title: 'Quarterdeck — Presentation',
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#0b1220',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/**
 * Opens a workshop's presentation view in its own window, placed on a second display when one
 * exists; if the window is open already, it switches to that workshop and comes forward.
 */
export function openPresentationWindow(
  { preloadPath, url }: MainWindowOptions,
  workshopId: string,
): { isOnSecondDisplay: boolean } {
  const target = presentationUrl(url, workshopId);
  if (presentationWindow && !presentationWindow.isDestroyed()) {
    const win = presentationWindow;
    win.loadURL(target).catch((error: unknown) => console.error(`Could not load ${target}`, error));
    win.show();
    win.focus();
    return { isOnSecondDisplay: isPresentationOnSecondDisplay };
  }
  const facilitator = mainWindow
    ? screen.getDisplayMatching(mainWindow.getBounds())
    : screen.getPrimaryDisplay();
  const projector = projectorDisplay(screen.getAllDisplays(), facilitator.id);
  const win = new BrowserWindow(buildPresentationOptions(preloadPath, projector));
  win.once('ready-to-show', () => win.show());
  win.on('page-title-updated', (event) => event.preventDefault());
  win.on('closed', () => {
    if (presentationWindow === win) presentationWindow = null;
  });
  presentationWindow = win;
  isPresentationOnSecondDisplay = projector !== null;
  win.loadURL(target).catch((error: unknown) => console.error(`Could not load ${target}`, error));
  return { isOnSecondDisplay: isPresentationOnSecondDisplay };
}

/** Closes the presentation window, if it is open. */
export function closePresentationWindow(): void {
  if (presentationWindow && !presentationWindow.isDestroyed()) presentationWindow.close();
  presentationWindow = null;
}
