import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentBytes, registerExportHandlers } from '../../../electron/main/exportDocument';
import { registerFileHandlers } from '../../../electron/main/files';
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
  dir = await mkdtemp(join(tmpdir(), 'quarterdeck-export-'));
  app.setPath('documents', dir);
  new BrowserWindow({});
  registerFileHandlers();
  registerExportHandlers();
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const markdownFilter = [{ name: 'Markdown', extensions: ['md'] }];

/** Answers the next save dialog with `name` in the temp folder; returns its path. */
function choose(name: string): string {
  const chosen = join(dir, name);
  dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
  return chosen;
}

describe('export:save-document', () => {
  it('offers the suggested name in Documents and writes the text where the person chose', async () => {
    const chosen = choose('Platform 2027-Q1.md');
    const result = await invokeHandler('export:save-document', {
      suggestedName: 'Platform 2027-Q1.md',
      filters: markdownFilter,
      document: { kind: 'text', text: '# Platform — 2027-Q1\n' },
    });
    expect(result).toEqual({ ok: true, data: { saved: true, path: chosen, printed: false } });
    expect(await readFile(chosen, 'utf8')).toBe('# Platform — 2027-Q1\n');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({
        defaultPath: join(dir, 'Platform 2027-Q1.md'),
        filters: markdownFilter,
      }),
    );
  });

  it('writes bytes exactly as sent, with no encoding on the way', async () => {
    const chosen = choose('review.docx');
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x7f]);
    await invokeHandler('export:save-document', {
      suggestedName: 'review.docx',
      filters: [],
      document: { kind: 'bytes', bytes },
    });
    expect(new Uint8Array(await readFile(chosen))).toEqual(bytes);
  });

  it('prints HTML to PDF in main and writes the PDF, with no round trip through the page', async () => {
    const chosen = choose('review.pdf');
    const result = await invokeHandler('export:save-document', {
      suggestedName: 'review.pdf',
      filters: [],
      document: { kind: 'pdf', html: '<!doctype html><title>Review</title>' },
    });
    expect(result).toEqual({ ok: true, data: { saved: true, path: chosen, printed: false } });
    expect(await readFile(chosen, 'utf8')).toBe('%PDF-1.7 printed by the mock');
    const printer = BrowserWindow.instances[1];
    expect(printer?.options).toMatchObject({ show: false });
    expect(printer?.loadURL).toHaveBeenCalledWith(expect.stringMatching(/^data:text\/html/));
    expect(printer?.destroy).toHaveBeenCalled();
  });

  it('writes nothing, and prints nothing, when the dialog is cancelled', async () => {
    const result = await invokeHandler('export:save-document', {
      suggestedName: 'a.pdf',
      filters: [],
      document: { kind: 'pdf', html: '<p>x</p>' },
    });
    expect(result).toEqual({ ok: true, data: { saved: false, path: null, printed: false } });
    expect(await readdir(dir)).toEqual([]);
    expect(BrowserWindow.instances).toHaveLength(1);
  });

  it('explains a failed write in words', async () => {
    choose(join('no-such-folder', 'a.md'));
    const result = await invokeHandler('export:save-document', {
      suggestedName: 'a.md',
      filters: [],
      document: { kind: 'text', text: 'x' },
    });
    expect(result).toEqual({
      ok: false,
      error: 'Could not save “a.md”: no such file.',
    });
  });

  it.each([
    ['..', 'text'],
    ['.', 'text'],
    ['../notes.md', 'text'],
    ['folder/notes.md', 'text'],
    ['C:\\temp\\notes.md', 'text'],
    ['notes.md ', 'text'],
    ['CON.md', 'text'],
    ['notes\u0000.md', 'text'],
    ['run.sh', 'text'],
    ['review.exe', 'bytes'],
    ['review.md', 'bytes'],
    ['review.html', 'pdf'],
    ['backup.json.lnk', 'text'],
  ])('refuses to save %j as a %s document, before any dialog', async (name, kind) => {
    const document =
      kind === 'text'
        ? { kind, text: 'x' }
        : kind === 'bytes'
          ? { kind, bytes: new Uint8Array([1]) }
          : { kind, html: '<p>x</p>' };
    const result = await invokeHandler('export:save-document', {
      suggestedName: name,
      filters: [],
      document,
    });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('suggestedName') });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes only the app’s own types, whatever name is typed in the dialog', async () => {
    const typed = choose('report.exe');
    const result = await invokeHandler('export:save-document', {
      suggestedName: 'report.md',
      filters: [
        { name: 'Markdown', extensions: ['md'] },
        { name: 'Programs', extensions: ['exe', 'md'] },
      ],
      document: { kind: 'text', text: '# Report' },
    });
    expect(result).toEqual({
      ok: true,
      data: { saved: true, path: `${typed}.md`, printed: false },
    });
    expect(await readdir(dir)).toEqual(['report.exe.md']);
    // The dialog offered only the kind's own extensions.
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({
        filters: [
          { name: 'Markdown', extensions: ['md'] },
          { name: 'Programs', extensions: ['md'] },
        ],
      }),
    );
  });

  it('refuses a request from a page that is not the app, without showing a dialog', async () => {
    const result = await invokeHandler(
      'export:save-document',
      { suggestedName: 'a.md', filters: [], document: { kind: 'text', text: 'x' } },
      'https://evil.example/',
    );
    expect(result).toMatchObject({ ok: false });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('documentBytes', () => {
  it('encodes text as UTF-8 and prints PDF HTML with the printer it is given', async () => {
    expect(new TextDecoder().decode(await documentBytes({ kind: 'text', text: 'Größe ✓' }))).toBe(
      'Größe ✓',
    );
    const print = vi.fn(async (html: string) => new TextEncoder().encode(`PDF of ${html}`));
    const pdf = await documentBytes({ kind: 'pdf', html: '<p>x</p>' }, print);
    expect(new TextDecoder().decode(pdf)).toBe('PDF of <p>x</p>');
  });
});

describe('file:reveal and file:open-saved', () => {
  it('show and open a file the person saved, and nothing else', async () => {
    const chosen = choose('review.html');
    await invokeHandler('export:save-document', {
      suggestedName: 'review.html',
      filters: [{ name: 'HTML', extensions: ['html'] }],
      document: { kind: 'text', text: '<!doctype html>' },
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
