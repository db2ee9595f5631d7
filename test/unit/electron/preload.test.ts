import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channels, methodName } from '../../../shared/ipc/contract';
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

  it('has exactly one method per contract channel and nothing else', () => {
    expect(Object.keys(exposedApi()).sort()).toEqual(channels.map(methodName).sort());
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
