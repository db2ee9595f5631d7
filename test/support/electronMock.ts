/**
 * The one stand-in for the `electron` module in unit tests. Use it as
 * `vi.mock('electron', () => import('../../support/electronMock'))` and import the same
 * objects from here to drive and inspect them; call {@link resetElectronMock} in `beforeEach`.
 */
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

/** The fields of an invoke event that main reads. */
export interface MockInvokeEvent {
  senderFrame: { url: string } | null;
  sender: MockWebContents;
}

type InvokeListener = (event: MockInvokeEvent, request?: unknown) => unknown;

/** A web contents: an event emitter that remembers its window-open handler. */
export class MockWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  /** What a print to PDF gives back: a stand-in for the bytes Chromium would print. */
  printToPDF = vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.7 printed by the mock'));
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => unknown) => {
    this.windowOpenHandler = handler;
  });
}

/** A window: records its constructor options and the calls main makes on it. */
export class MockBrowserWindow extends EventEmitter {
  static instances: MockBrowserWindow[] = [];
  static fromWebContents = vi.fn(
    (): MockBrowserWindow | null => MockBrowserWindow.instances[0] ?? null,
  );
  static getFocusedWindow = vi.fn((): MockBrowserWindow | null => null);

  readonly webContents = new MockWebContents();
  bounds: { x: number; y: number; width: number; height: number };
  maximized = false;
  loadURL = vi.fn(async (_url: string) => undefined);
  destroy = vi.fn();
  close = vi.fn(() => {
    this.destroyed = true;
    this.emit('closed');
  });
  destroyed = false;
  isDestroyed = vi.fn(() => this.destroyed);
  getBounds = vi.fn(() => this.bounds);
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  maximize = vi.fn(() => {
    this.maximized = true;
  });
  isMaximized = vi.fn(() => this.maximized);
  getNormalBounds = vi.fn(() => this.bounds);

  constructor(readonly options: Record<string, unknown>) {
    super();
    const num = (key: string, fallback: number) =>
      typeof options[key] === 'number' ? options[key] : fallback;
    this.bounds = {
      x: num('x', 0),
      y: num('y', 0),
      width: num('width', 800),
      height: num('height', 600),
    };
    MockBrowserWindow.instances.push(this);
  }
}

class MockApp extends EventEmitter {
  isPackaged = false;
  readonly paths = new Map<string, string>();
  getPath = vi.fn(
    (name: string) => this.paths.get(name) ?? join(tmpdir(), 'quarterdeck-mock', name),
  );
  setPath = vi.fn((name: string, value: string) => {
    this.paths.set(name, value);
  });
  getName = vi.fn(() => 'Quarterdeck');
  getVersion = vi.fn(() => '0.1.0');
}

export const app = new MockApp();

export const BrowserWindow = MockBrowserWindow;

export const ipcMain = {
  handlers: new Map<string, InvokeListener>(),
  handle: vi.fn((channel: string, listener: InvokeListener) => {
    ipcMain.handlers.set(channel, listener);
  }),
};

export const dialog = {
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({
    canceled: true,
    filePaths: [] as string[],
  })),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
};

/** The subset of a menu item the tests read. */
export interface MockMenuItem {
  label?: string;
  role?: string;
  type?: string;
  click?: () => void;
  submenu?: MockMenuItem[];
}

export const Menu = {
  buildFromTemplate: vi.fn((template: MockMenuItem[]) => ({ template })),
  setApplicationMenu: vi.fn((_menu: unknown) => undefined),
};

export const protocol = {
  registerSchemesAsPrivileged: vi.fn((_schemes: unknown[]) => undefined),
  handle: vi.fn((_scheme: string, _handler: (request: Request) => Promise<Response>) => undefined),
};

/** Displays by their work areas; the first is the primary. Bounds equal work areas here. */
export const screen = {
  workAreas: [{ x: 0, y: 0, width: 1920, height: 1040 }],
  display: (index: number) => {
    const workArea = screen.workAreas[index] ?? screen.workAreas[0]!;
    return { id: index + 1, workArea, bounds: workArea };
  },
  getPrimaryDisplay: vi.fn(() => screen.display(0)),
  getAllDisplays: vi.fn(() => screen.workAreas.map((_, i) => screen.display(i))),
  getDisplayMatching: vi.fn((rect: { x: number; y: number }) => {
    const index = screen.workAreas.findIndex(
      (a) => rect.x >= a.x && rect.x < a.x + a.width && rect.y >= a.y && rect.y < a.y + a.height,
    );
    return screen.display(Math.max(0, index));
  }),
};

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (isGranted: boolean) => void,
  details: unknown,
) => void;
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  requestingOrigin: string,
  details: unknown,
) => boolean;
type BeforeRequestListener = (
  details: { url: string },
  callback: (response: { cancel: boolean }) => void,
) => void;

function mockSession() {
  return {
    setPermissionRequestHandler: vi.fn((_handler: PermissionRequestHandler) => undefined),
    setPermissionCheckHandler: vi.fn((_handler: PermissionCheckHandler) => undefined),
    webRequest: { onBeforeRequest: vi.fn((_listener: BeforeRequestListener) => undefined) },
  };
}

export const session = {
  defaultSession: mockSession(),
  partitions: new Map<string, ReturnType<typeof mockSession>>(),
  fromPartition: vi.fn((name: string) => {
    const existing = session.partitions.get(name) ?? mockSession();
    session.partitions.set(name, existing);
    return existing;
  }),
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    contextBridge.exposed.set(key, api);
  }),
};

export const shell = {
  showItemInFolder: vi.fn((..._args: unknown[]) => undefined),
  openPath: vi.fn(async (..._args: unknown[]) => ''),
};

export const ipcRenderer = {
  invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, data: null })),
};

/**
 * Calls the handler main registered for `channel` as the renderer at `senderUrl` would
 * (the app's own page unless given).
 */
export async function invokeHandler(
  channel: string,
  request?: unknown,
  senderUrl: string | null = 'app://quarterdeck/index.html',
): Promise<unknown> {
  const listener = ipcMain.handlers.get(channel);
  if (!listener) throw new Error(`No handler registered for ${channel}`);
  const sender = MockBrowserWindow.instances[0]?.webContents ?? new MockWebContents();
  return listener({ senderFrame: senderUrl === null ? null : { url: senderUrl }, sender }, request);
}

/** Forgets every handler, window, listener, call and stubbed result, and restores the defaults. */
export function resetElectronMock(): void {
  vi.resetAllMocks();
  app.removeAllListeners();
  app.isPackaged = false;
  app.paths.clear();
  ipcMain.handlers.clear();
  contextBridge.exposed.clear();
  session.partitions.clear();
  MockBrowserWindow.instances = [];
  screen.workAreas = [{ x: 0, y: 0, width: 1920, height: 1040 }];
}

/** The first argument of the last call to a mock, e.g. the handler main registered; throws if never called. */
export function lastCallArg<A>(fn: { mock: { lastCall: [A, ...unknown[]] | undefined } }): A {
  const call = fn.mock.lastCall;
  if (!call) throw new Error('Expected the mock to have been called');
  return call[0];
}
