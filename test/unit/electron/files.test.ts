import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerAppInfoHandlers } from '../../../electron/main/appInfo';
import { registerFileHandlers } from '../../../electron/main/files';
import {
  app,
  BrowserWindow,
  dialog,
  invokeHandler,
  resetElectronMock,
} from '../../support/electronMock';

vi.mock('electron', () => import('../../support/electronMock'));

let dir: string;

beforeEach(async () => {
  resetElectronMock();
  dir = await mkdtemp(join(tmpdir(), 'quarterdeck-files-'));
  app.setPath('documents', dir);
  new BrowserWindow({});
  registerFileHandlers();
  registerAppInfoHandlers();
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('file:open-text', () => {
  it('returns the chosen file name and its text without a byte-order mark', async () => {
    const chosen = join(dir, 'import.csv');
    await writeFile(chosen, '\uFEFFteam,objective\nPlatform,Faster deploys\n');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chosen] });
    await expect(invokeHandler('file:open-text', { filters: [] })).resolves.toEqual({
      ok: true,
      data: { name: 'import.csv', content: 'team,objective\nPlatform,Faster deploys\n' },
    });
  });

  it('returns null when the dialog is cancelled', async () => {
    await expect(invokeHandler('file:open-text', { filters: [] })).resolves.toEqual({
      ok: true,
      data: null,
    });
  });

  it('reports a file that is not UTF-8 text, as every door does', async () => {
    const chosen = join(dir, 'photo.jpg');
    await writeFile(chosen, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]));
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chosen] });
    await expect(invokeHandler('file:open-text', { filters: [] })).resolves.toEqual({
      ok: false,
      error:
        'photo.jpg: The file holds NUL bytes, so it is not a text file. Choose a file saved as UTF-8 text.',
    });
  });

  it('reads up to the size the renderer asks for, and refuses a larger file before reading it', async () => {
    const chosen = join(dir, 'plan.csv');
    await writeFile(chosen, 'x'.repeat(3 * 1024));
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chosen] });
    await expect(
      invokeHandler('file:open-text', { filters: [], maxBytes: 2 * 1024 }),
    ).resolves.toEqual({
      ok: false,
      error: 'plan.csv: The file is 3 KB; Quarterdeck reads files up to 2 KB.',
    });
  });

  it('never lets the renderer raise the limit every door shares', async () => {
    const result = await invokeHandler('file:open-text', { filters: [], maxBytes: 2 ** 40 });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('Invalid request') });
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('app:get-info', () => {
  it('describes the desktop host', async () => {
    await expect(invokeHandler('app:get-info')).resolves.toEqual({
      ok: true,
      data: { name: 'Quarterdeck', version: '0.1.0', platform: process.platform, host: 'desktop' },
    });
  });
});
