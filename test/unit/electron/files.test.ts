import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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
  shell,
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

const markdownFilter = [{ name: 'Markdown', extensions: ['md'] }];

describe('file:save', () => {
  it('offers the suggested name in Documents and writes the text where the person chose', async () => {
    const chosen = join(dir, 'Platform 2027-Q1.md');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    const result = await invokeHandler('file:save', {
      suggestedName: 'Platform 2027-Q1.md',
      content: '# Platform — 2027-Q1\n',
      encoding: 'utf8',
      filters: markdownFilter,
    });
    expect(result).toEqual({ ok: true, data: { saved: true, path: chosen } });
    expect(await readFile(chosen, 'utf8')).toBe('# Platform — 2027-Q1\n');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({
        defaultPath: join(dir, 'Platform 2027-Q1.md'),
        filters: markdownFilter,
      }),
    );
  });

  it('decodes base64 content to the exact bytes', async () => {
    const chosen = join(dir, 'review.docx');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x7f]);
    await invokeHandler('file:save', {
      suggestedName: 'review.docx',
      content: bytes.toString('base64'),
      encoding: 'base64',
      filters: [],
    });
    expect(await readFile(chosen)).toEqual(bytes);
  });

  it('writes nothing and reports saved: false when the dialog is cancelled', async () => {
    const result = await invokeHandler('file:save', {
      suggestedName: 'a.md',
      content: 'x',
      encoding: 'utf8',
      filters: [],
    });
    expect(result).toEqual({ ok: true, data: { saved: false, path: null } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses malformed base64 before asking where to save', async () => {
    const result = await invokeHandler('file:save', {
      suggestedName: 'a.docx',
      content: 'not base64!',
      encoding: 'base64',
      filters: [],
    });
    expect(result).toEqual({ ok: false, error: 'The file content is not valid base64.' });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('explains a failed write in words', async () => {
    const chosen = join(dir, 'no-such-folder', 'a.md');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    const result = await invokeHandler('file:save', {
      suggestedName: 'a.md',
      content: 'x',
      encoding: 'utf8',
      filters: [],
    });
    expect(result).toEqual({
      ok: false,
      error: 'Could not save “a.md”: the file or folder does not exist.',
    });
  });

  it('refuses a request from a page that is not the app, without showing a dialog', async () => {
    const result = await invokeHandler(
      'file:save',
      { suggestedName: 'a.md', content: 'x', encoding: 'utf8', filters: [] },
      'https://evil.example/',
    );
    expect(result).toMatchObject({ ok: false });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
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

describe('file:reveal and file:open-saved', () => {
  it('show and open a file the person saved, and nothing else', async () => {
    const chosen = join(dir, 'review.html');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    await invokeHandler('file:save', {
      suggestedName: 'review.html',
      content: '<!doctype html>',
      encoding: 'utf8',
      filters: [{ name: 'HTML', extensions: ['html'] }],
    });
    shell.openPath.mockResolvedValueOnce('');
    expect(await invokeHandler('file:reveal', { path: chosen })).toEqual({
      ok: true,
      data: undefined,
    });
    expect(shell.showItemInFolder).toHaveBeenCalledWith(chosen);
    expect(await invokeHandler('file:open-saved', { path: chosen })).toEqual({
      ok: true,
      data: undefined,
    });
    expect(shell.openPath).toHaveBeenCalledWith(chosen);

    const elsewhere = join(dir, 'not-saved-here.sh');
    expect(await invokeHandler('file:open-saved', { path: elsewhere })).toEqual({
      ok: false,
      error: 'Only files saved in this session can be opened.',
    });
    expect(await invokeHandler('file:reveal', { path: elsewhere })).toMatchObject({ ok: false });
    expect(shell.openPath).toHaveBeenCalledTimes(1);
  });
});
