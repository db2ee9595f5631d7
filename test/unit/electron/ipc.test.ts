import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createIpcHandler, handle, type SenderEvent } from '../../../electron/main/ipc';
import { isTrustedUrl } from '../../../electron/main/origins';
import { app, invokeHandler, ipcMain, resetElectronMock } from '../../support/electronMock';

vi.mock('electron', () => import('../../support/electronMock'));

const fromApp: SenderEvent = { senderFrame: { url: 'app://quarterdeck/index.html' } };
const trustAppOnly = (url: string | undefined) => isTrustedUrl(url, null);
const validSave = {
  suggestedName: 'Q1 review.md',
  filters: [],
  document: { kind: 'text', text: '# Q1' },
};
const saved = { saved: true, path: '/tmp/x', printed: false };

beforeEach(resetElectronMock);

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
    const fn = vi.fn(() => saved);
    const handler = createIpcHandler('export:save-document', fn, trustAppOnly);
    const result = await handler(event, validSave);
    expect(result).toEqual({
      ok: false,
      error: 'Refused export:save-document: the request did not come from Quarterdeck.',
    });
    expect(fn).not.toHaveBeenCalled();
  });

  it('rejects an invalid request with an error naming the field, and never calls the handler', async () => {
    const fn = vi.fn(() => saved);
    const handler = createIpcHandler('export:save-document', fn, trustAppOnly);
    const result = await handler(fromApp, { ...validSave, suggestedName: '../../.bashrc' });
    expect(result).toEqual({
      ok: false,
      error: 'Invalid request for export:save-document: suggestedName: A file name, not a path',
    });
    expect(fn).not.toHaveBeenCalled();
  });

  it('rejects document bytes that are not bytes', async () => {
    const fn = vi.fn(() => saved);
    const handler = createIpcHandler('export:save-document', fn, trustAppOnly);
    const result = await handler(fromApp, {
      ...validSave,
      document: { kind: 'bytes', bytes: 'UEsDBA==' },
    });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('document.bytes') });
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
    const broken: () => typeof saved = () =>
      JSON.parse('{"saved":"yes","path":null,"printed":false}');
    const handler = createIpcHandler('export:save-document', broken, trustAppOnly);
    await expect(handler(fromApp, validSave)).resolves.toEqual({
      ok: false,
      error: 'Quarterdeck sent an unexpected response for export:save-document.',
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
