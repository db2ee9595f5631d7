import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configureDialogs, isUsingTestDialogs } from '../../../electron/main/dialogs';
import { ANSWERS_FILE, CALLS_FILE, TEST_DIALOGS_ENV } from '../../../electron/main/testDialogs';
import { registerExportHandlers } from '../../../electron/main/exportDocument';
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

let folder: string;
let documents: string;

beforeEach(async () => {
  resetElectronMock();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  folder = await mkdtemp(join(tmpdir(), 'quarterdeck-dialogs-'));
  documents = await mkdtemp(join(tmpdir(), 'quarterdeck-documents-'));
  app.setPath('documents', documents);
  new BrowserWindow({});
  registerFileHandlers();
  registerExportHandlers();
});

afterEach(async () => {
  configureDialogs({}, false);
  vi.restoreAllMocks();
  await rm(folder, { recursive: true, force: true });
  await rm(documents, { recursive: true, force: true });
});

const answer = (answers: { save?: string | null; open?: string | null }) =>
  writeFile(join(folder, ANSWERS_FILE), JSON.stringify(answers));

const calls = async (): Promise<unknown[]> =>
  (await readFile(join(folder, CALLS_FILE), 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));

const saveRequest = {
  suggestedName: 'Platform-2027-Q1-review.md',
  filters: [{ name: 'Markdown', extensions: ['md'] }],
  document: { kind: 'text', text: '# Review\n' },
};

describe('the test dialogs switch', () => {
  it('answers the save dialog from the folder, writes the file there and records the call', async () => {
    configureDialogs({ [TEST_DIALOGS_ENV]: folder }, false);
    const target = join(folder, 'review.md');
    await answer({ save: target });

    const result = await invokeHandler('export:save-document', saveRequest);

    expect(result).toEqual({ ok: true, data: { saved: true, path: target, printed: false } });
    expect(await readFile(target, 'utf8')).toBe('# Review\n');
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(await calls()).toEqual([
      {
        kind: 'save',
        defaultPath: join(documents, 'Platform-2027-Q1-review.md'),
        answer: target,
      },
    ]);
  });

  it('answers the open dialog from the folder and reads that file', async () => {
    configureDialogs({ [TEST_DIALOGS_ENV]: folder }, false);
    const backup = join(folder, 'backup.json');
    await writeFile(backup, '{"format":"quarterdeck-backup"}');
    await answer({ open: backup });

    const result = await invokeHandler('file:open-text', { filters: [] });

    expect(result).toEqual({
      ok: true,
      data: { name: 'backup.json', content: '{"format":"quarterdeck-backup"}' },
    });
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(await calls()).toEqual([{ kind: 'open', answer: backup }]);
  });

  it('cancels when no answer was given, and never falls back to a native dialog', async () => {
    configureDialogs({ [TEST_DIALOGS_ENV]: folder }, false);

    expect(await invokeHandler('export:save-document', saveRequest)).toEqual({
      ok: true,
      data: { saved: false, path: null, printed: false },
    });
    await answer({ save: null });
    expect(await invokeHandler('file:open-text', { filters: [] })).toEqual({
      ok: true,
      data: null,
    });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('refuses a relative answer with a reason instead of saving somewhere unexpected', async () => {
    configureDialogs({ [TEST_DIALOGS_ENV]: folder }, false);
    await answer({ save: 'review.md' });

    const result = await invokeHandler('export:save-document', saveRequest);

    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('absolute path') });
  });

  it('records reveal and open of a saved file instead of launching anything', async () => {
    configureDialogs({ [TEST_DIALOGS_ENV]: folder }, false);
    const target = join(folder, 'review.md');
    await answer({ save: target });
    await invokeHandler('export:save-document', saveRequest);

    expect(await invokeHandler('file:reveal', { path: target })).toEqual({ ok: true });
    expect(await invokeHandler('file:open-saved', { path: target })).toEqual({ ok: true });

    expect(shell.showItemInFolder).not.toHaveBeenCalled();
    expect(shell.openPath).not.toHaveBeenCalled();
    expect((await calls()).slice(1)).toEqual([
      { kind: 'reveal', path: target },
      { kind: 'open-path', path: target },
    ]);
  });

  it('is ignored in a packaged app: the native dialog shows', async () => {
    configureDialogs({ [TEST_DIALOGS_ENV]: folder }, true);
    await answer({ save: join(folder, 'review.md') });

    await invokeHandler('export:save-document', saveRequest);

    expect(isUsingTestDialogs()).toBe(false);
    expect(dialog.showSaveDialog).toHaveBeenCalledOnce();
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('unpackaged build'));
  });

  it('is ignored for a relative folder', () => {
    configureDialogs({ [TEST_DIALOGS_ENV]: 'test-dialogs' }, false);
    expect(isUsingTestDialogs()).toBe(false);
  });

  it('is read once at startup: setting the variable later turns nothing on', async () => {
    configureDialogs({}, false);
    vi.stubEnv(TEST_DIALOGS_ENV, folder);
    await answer({ save: join(folder, 'review.md') });

    await invokeHandler('export:save-document', saveRequest);
    vi.unstubAllEnvs();

    expect(isUsingTestDialogs()).toBe(false);
    expect(dialog.showSaveDialog).toHaveBeenCalledOnce();
  });

  it('shows the native dialogs and shell when the switch is off', async () => {
    configureDialogs({}, false);
    const target = join(documents, 'review.md');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });

    await invokeHandler('export:save-document', saveRequest);
    await invokeHandler('file:reveal', { path: target });

    expect(shell.showItemInFolder).toHaveBeenCalledWith(target);
  });
});
