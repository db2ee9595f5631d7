import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channels, eventChannels, methodName, subscribeName } from '../../../shared/ipc/contract';
import { contextBridge, ipcRenderer } from '../../support/electronMock';
import '../../../electron/preload/index';

vi.mock('electron', () => import('../../support/electronMock'));

beforeEach(() => {
  ipcRenderer.invoke.mockClear();
});

function exposedApi(): Record<string, (request?: unknown) => Promise<unknown>> {
  const api = contextBridge.exposed.get('quarterdeck');
  if (typeof api !== 'object' || api === null)
    throw new Error('window.quarterdeck was not exposed');
  return Object.fromEntries(
    Object.entries(api).map(([key, value]) => {
      if (typeof value !== 'function') throw new Error(`${key} is not a function`);
      return [key, (request?: unknown) => Promise.resolve(value(request))];
    }),
  );
}

describe('preload bridge', () => {
  it('exposes only window.quarterdeck', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['quarterdeck']);
  });

  it('has exactly one method per contract channel, one subscribe per event, and nothing else', () => {
    expect(Object.keys(exposedApi()).sort()).toEqual(
      [...channels.map(methodName), ...eventChannels.map(subscribeName)].sort(),
    );
  });

  it('hands a menu command to the listener (the payload only) until it unsubscribes', () => {
    const api = contextBridge.exposed.get('quarterdeck') as {
      onMenuCommand: (listener: (payload: unknown) => void) => () => void;
    };
    const heard: unknown[] = [];
    const stop = api.onMenuCommand((payload) => heard.push(payload));
    ipcRenderer.deliver('menu:command', { command: 'new-team' });
    stop();
    ipcRenderer.deliver('menu:command', { command: 'restore' });
    expect(heard).toEqual([{ command: 'new-team' }]);
    expect(ipcRenderer.listenerCount('menu:command')).toBe(0);
  });

  it('asks main for the app info without a request', async () => {
    await exposedApi().appGetInfo?.();
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('app:get-info', undefined);
  });

  it.each([
    [
      'exportSaveDocument',
      'export:save-document',
      {
        suggestedName: 'a.docx',
        filters: [],
        document: { kind: 'bytes', bytes: new Uint8Array([1]) },
      },
    ],
    ['fileOpenText', 'file:open-text', { filters: [{ name: 'Text', extensions: ['txt'] }] }],
  ])('%s invokes %s with the request unchanged', async (method, channel, request) => {
    await exposedApi()[method]?.(request);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(channel, request);
  });

  it('passes the main process result through untouched', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: 'Refused' });
    await expect(exposedApi().fileOpenText?.({ filters: [] })).resolves.toEqual({
      ok: false,
      error: 'Refused',
    });
  });
});
