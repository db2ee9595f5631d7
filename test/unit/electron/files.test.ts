import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerAppInfoHandlers } from '../../../electron/main/appInfo';
import { readTextFile, registerFileHandlers } from '../../../electron/main/files';
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

  it('reports a file that is not UTF-8 text', async () => {
    const chosen = join(dir, 'photo.jpg');
    await writeFile(chosen, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]));
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chosen] });
    await expect(invokeHandler('file:open-text', { filters: [] })).resolves.toEqual({
      ok: false,
      error: '“photo.jpg” is not a UTF-8 text file.',
    });
  });
});

describe('readTextFile', () => {
  it('refuses a file over the limit with its size and the limit', async () => {
    const big = join(dir, 'big.csv');
    await writeFile(big, 'x'.repeat(3 * 1024));
    await expect(readTextFile(big, 2 * 1024)).rejects.toThrow(
      '“big.csv” is 3 KB; Quarterdeck opens text files up to 2 KB.',
    );
  });

  it('reads a file exactly at the limit', async () => {
    const edge = join(dir, 'edge.txt');
    await writeFile(edge, 'x'.repeat(2048));
    await expect(readTextFile(edge, 2048)).resolves.toMatchObject({ name: 'edge.txt' });
  });

  it('refuses a folder', async () => {
    await expect(readTextFile(dir)).rejects.toThrow('is not a file.');
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
