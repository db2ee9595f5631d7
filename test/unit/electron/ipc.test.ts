import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createIpcHandler, handle, type SenderEvent } from '../../../electron/main/ipc';
import { devServerUrlFrom, isTrustedUrl } from '../../../electron/main/origins';
import { app, invokeHandler, ipcMain, resetElectronMock } from '../../support/electronMock';

vi.mock('electron', () => import('../../support/electronMock'));

const fromApp: SenderEvent = { senderFrame: { url: 'app://quarterdeck/index.html' } };
const trustAppOnly = (url: string | undefined) => isTrustedUrl(url, null);
const validSave = { suggestedName: 'Q1 review.md', content: '# Q1', encoding: 'utf8', filters: [] };

beforeEach(resetElectronMock);

describe('isTrustedUrl', () => {
  it.each(['app://quarterdeck/index.html', 'app://quarterdeck/', 'app://quarterdeck/teams/3#kr'])(
    'trusts the app page %s',
    (url) => expect(isTrustedUrl(url, null)).toBe(true),
  );

  it.each([
    'file:///home/me/Downloads/evil.html',
    'https://evil.example/',
    'http://localhost:5173/',
    'app://evil/index.html',
    'app://quarterdeck.evil.example/index.html',
    'app://user@evil/index.html',
    'about:blank',
    'not a url',
    undefined,
  ])('does not trust %s in a packaged build', (url) => {
    expect(isTrustedUrl(url, null)).toBe(false);
  });

  it('trusts only the dev server origin in development, not other local ports', () => {
    const dev = 'http://localhost:5173/';
    expect(isTrustedUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/index.html', dev)).toBe(false);
    expect(isTrustedUrl('https://localhost:5173/index.html', dev)).toBe(false);
  });

  it('ignores the dev server URL from the environment in a packaged app', () => {
    const env = { ELECTRON_RENDERER_URL: 'https://evil.example/' };
    expect(devServerUrlFrom(env, true)).toBeNull();
    expect(devServerUrlFrom(env, false)).toBe('https://evil.example/');
    expect(devServerUrlFrom({}, false)).toBeNull();
  });
});

describe('createIpcHandler', () => {
  it('returns the handler result as ok data', async () => {
    const handler = createIpcHandler(
      'file:open-text',
      () => ({ name: 'a.md', content: 'x' }),
      trustAppOnly,
    );
    await expect(handler(fromApp, { filters: [] })).resolves.toEqual({
      ok: true,
      data: { name: 'a.md', content: 'x' },
    });
  });

  it.each([
    ['a file:// page', { senderFrame: { url: 'file:///tmp/evil.html' } }],
    ['a remote site', { senderFrame: { url: 'https://evil.example/' } }],
    ['a frame that has gone', { senderFrame: null }],
  ])('refuses a request from %s without running the handler', async (_label, event) => {
    const fn = vi.fn(() => ({ saved: true, path: '/tmp/x' }));
    const handler = createIpcHandler('file:save', fn, trustAppOnly);
    const result = await handler(event, validSave);
    expect(result).toEqual({
      ok: false,
      error: 'Refused file:save: the request did not come from Quarterdeck.',
    });
    expect(fn).not.toHaveBeenCalled();
  });

  it('rejects an invalid request with an error naming the field, and never calls the handler', async () => {
    const fn = vi.fn(() => ({ saved: true, path: '/tmp/x' }));
    const handler = createIpcHandler('file:save', fn, trustAppOnly);
    const result = await handler(fromApp, { ...validSave, suggestedName: '../../.bashrc' });
    expect(result).toEqual({
      ok: false,
      error: 'Invalid request for file:save: suggestedName: A file name, not a path',
    });
    expect(fn).not.toHaveBeenCalled();
  });

  it('rejects a request that is not an object at all', async () => {
    const handler = createIpcHandler('file:open-text', () => null, trustAppOnly);
    const result = await handler(fromApp, 'rm -rf /');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^Invalid request for file:open-text: /);
  });

  it('turns a thrown error into ok:false with its message instead of rejecting', async () => {
    const handler = createIpcHandler(
      'file:open-text',
      async () => {
        throw new Error('“huge.csv” is 80 MB; Quarterdeck opens text files up to 10 MB.');
      },
      trustAppOnly,
    );
    await expect(handler(fromApp, { filters: [] })).resolves.toEqual({
      ok: false,
      error: '“huge.csv” is 80 MB; Quarterdeck opens text files up to 10 MB.',
    });
  });

  it('does not pass on a response that breaks the contract', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // Simulates a handler bug that the type system was talked out of catching.
    const broken: () => { saved: boolean; path: string | null } = () =>
      JSON.parse('{"saved":"yes","path":null}');
    const handler = createIpcHandler('file:save', broken, trustAppOnly);
    await expect(handler(fromApp, validSave)).resolves.toEqual({
      ok: false,
      error: 'Quarterdeck sent an unexpected response for file:save.',
    });
  });
});

describe('handle', () => {
  it('registers the channel with ipcMain behind the sender check', async () => {
    handle('app:get-info', () => ({
      name: 'Quarterdeck',
      version: '1.0.0',
      platform: 'linux',
      host: 'desktop',
    }));
    expect(ipcMain.handle).toHaveBeenCalledWith('app:get-info', expect.any(Function));
    await expect(invokeHandler('app:get-info')).resolves.toMatchObject({ ok: true });
    await expect(
      invokeHandler('app:get-info', undefined, 'https://evil.example/'),
    ).resolves.toMatchObject({
      ok: false,
    });
  });

  it('accepts the dev server as sender only in an unpackaged build', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const info = () => ({
      name: 'Quarterdeck',
      version: '1.0.0',
      platform: 'linux',
      host: 'desktop' as const,
    });
    handle('app:get-info', info);
    await expect(
      invokeHandler('app:get-info', undefined, 'http://localhost:5173/'),
    ).resolves.toMatchObject({
      ok: true,
    });
    app.isPackaged = true;
    handle('app:get-info', info);
    await expect(
      invokeHandler('app:get-info', undefined, 'http://localhost:5173/'),
    ).resolves.toMatchObject({
      ok: false,
    });
    vi.unstubAllEnvs();
  });
});
