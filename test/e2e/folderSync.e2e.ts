import { mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { AppPage } from './pages/AppPage';
import { FolderPage } from './pages/FolderPage';
import { currentQuarter } from './support/plan';
import { capture } from './support/capture';
import { BrowserSession } from './support/session';

/*
 * Two laptops (two Chromium profiles) share one folder, as a sync client or a network share would
 * give them. A browser's folder picker is native UI that no test can click, so each profile's
 * picker answers with a directory handle over the shared temporary folder (the File System Access
 * API's shape, backed by the test's file system): everything from the handle on is the app's own.
 */

const FAKE_PICKER = `(() => {
  const call = (op, name, text) => window.__qdFolder(op, name ?? null, text ?? null);
  const fileHandle = (name) => ({
    kind: 'file',
    name,
    async getFile() { return new File([await call('read', name)], name); },
    async createWritable() {
      let text = '';
      return { async write(part) { text += part; }, async close() { await call('write', name, text); } };
    },
  });
  const folder = {
    kind: 'directory',
    name: 'team-okrs',
    async *values() { for (const name of await call('list')) yield fileHandle(name); },
    async getFileHandle(name) { return fileHandle(name); },
    async removeEntry(name) { await call('remove', name); },
    async queryPermission() { return 'granted'; },
    async requestPermission() { return 'granted'; },
  };
  window.showDirectoryPicker = async () => folder;
})();`;

/** A laptop: its own profile, its picker answering with `folder`. */
async function laptop(name: string, folder: string) {
  const session = await BrowserSession.start(name, { width: 1280, height: 800 }, FAKE_PICKER);
  if (!session.context) throw new Error('The browser is not running.');
  await session.context.exposeFunction(
    '__qdFolder',
    async (op: string, file: string | null, text: string | null) => {
      const path = join(folder, String(file));
      if (op === 'list') return readdir(folder);
      if (op === 'read') return readFile(path, 'utf8');
      if (op === 'remove') return rm(path);
      // As a writable stream does: a temporary file, swapped in when closed.
      await writeFile(`${path}.crswap`, String(text));
      await rename(`${path}.crswap`, path);
      return null;
    },
  );
  return { app: new AppPage(session.page), folder: new FolderPage(session.page) };
}

const OBJECTIVE = 'Checkout never gets in the way of buying';
const KR_ONE = {
  title: 'Raise checkout success rate from 94% to 98%',
  metric: 'Checkout success rate',
  unit: '%',
  baseline: '94',
  target: '98',
  owner: 'Ana',
};
const KR_TWO = {
  title: 'Cut p95 checkout latency from 900 ms to 400 ms',
  metric: 'p95 checkout latency',
  unit: 'ms',
  baseline: '900',
  target: '400',
  direction: 'decrease' as const,
  owner: 'Ben',
};

describe('a workspace folder shared by two laptops', () => {
  it('carries edits both ways, asks about a clash, and reports a broken file by name', async () => {
    const shared = await mkdtemp(join(tmpdir(), 'quarterdeck-folder-'));
    onTestFinished(() => rm(shared, { recursive: true, force: true }));
    const a = await laptop('folder-a', shared);
    await a.app.createTeam('Payments Platform', 'platform');
    await a.app.createQuarter(currentQuarter().label, 'monthly');
    await a.app.addObjective({ title: OBJECTIVE });
    await a.app.addKeyResult(OBJECTIVE, KR_ONE);
    await a.app.addKeyResult(OBJECTIVE, KR_TWO);
    await a.folder.connect();
    await capture(a.app.page, 'folder-connected');
    await a.folder.close();
    const fileName = `Payments-Platform-${currentQuarter().label}.okrs.json`;
    expect(await readdir(shared)).toEqual([fileName]);

    // B starts empty and gets A's quarter from the folder.
    const b = await laptop('folder-b', shared);
    await b.folder.connect();
    await b.folder.close();
    await expect
      .poll(() => b.app.page.getByRole('combobox', { name: 'Team' }).inputValue())
      .not.toBe('');
    expect(await b.app.keyResultTitles(OBJECTIVE)).toEqual([KR_ONE.title, KR_TWO.title]);

    // Different key results on each laptop: both see both.
    await a.app.editKeyResult(KR_ONE.title, { title: 'Raise checkout success rate to 98.5%' });
    await b.app.editKeyResult(KR_TWO.title, { title: 'Cut p95 checkout latency to 350 ms' });
    const both = ['Raise checkout success rate to 98.5%', 'Cut p95 checkout latency to 350 ms'];
    for (const side of [a, b, a]) await side.folder.syncNow();
    await b.folder.syncNow();
    for (const side of [a, b]) {
      await side.folder.close();
      expect(await side.app.keyResultTitles(OBJECTIVE)).toEqual(both);
    }

    // The same title on both: A's reaches the folder first; B is asked, and nothing is lost.
    // What B took from the folder is a save too, synced a moment later: once B's sidebar says
    // it is synced, B has nothing waiting and cannot see A's next change until asked to sync.
    await expect.poll(() => b.folder.link.innerText()).toMatch(/synced with team-okrs$/);
    await a.app.editKeyResult(both[0] ?? '', { title: 'Checkout success rate to 99%' });
    await a.folder.syncNow();
    await expect
      .poll(() => readFile(join(shared, fileName), 'utf8'))
      .toContain('Checkout success rate to 99%');
    await a.folder.close();
    await b.app.editKeyResult(both[0] ?? '', { title: 'Checkout success at 98.8%' });
    await b.folder.syncNow();
    await b.folder.dialog.getByRole('heading', { name: 'Waiting for you (1)' }).waitFor();
    await capture(b.app.page, 'folder-waiting');
    expect(await readFile(join(shared, fileName), 'utf8')).toContain(
      'Checkout success rate to 99%',
    );
    const prompt = await b.folder.openConflict('key result “Checkout success at 98.8%”');
    await capture(b.app.page, 'folder-conflict');
    await prompt.getByRole('radio', { name: 'Take their title' }).check();
    await prompt.getByRole('button', { name: 'Save merged' }).click();
    await prompt.waitFor({ state: 'detached' });
    await b.folder.dialog
      .getByRole('heading', { name: /^Waiting for you/ })
      .waitFor({ state: 'detached' });
    await b.folder.close();
    const settled = ['Checkout success rate to 99%', both[1]];
    expect(await b.app.keyResultTitles(OBJECTIVE)).toEqual(settled);
    await a.folder.syncNow();
    await a.folder.close();
    expect(await a.app.keyResultTitles(OBJECTIVE)).toEqual(settled);

    // A file with git conflict markers is named with what to do; the rest still loads.
    const broken = 'Data-Platform-2027-Q1.okrs.json';
    await writeFile(join(shared, broken), '<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> theirs\n');
    await b.folder.syncNow();
    await expect
      .poll(() => b.folder.problems().innerText())
      .toContain(`${broken} has git conflict markers`);
    await capture(b.app.page, 'folder-problems');
    await b.folder.close();
    expect(await b.app.keyResultTitles(OBJECTIVE)).toEqual(settled);
  });

  it('disconnects and connects again from the keyboard, saying what happened', async () => {
    const shared = await mkdtemp(join(tmpdir(), 'quarterdeck-folder-'));
    onTestFinished(() => rm(shared, { recursive: true, force: true }));
    const a = await laptop('folder-keys', shared);
    await a.app.createTeam('Payments Platform', 'platform');
    await a.app.createQuarter(currentQuarter().label, 'monthly');
    await a.folder.connect();

    await a.folder.dialog.getByRole('button', { name: 'Disconnect' }).focus();
    await a.app.page.keyboard.press('Enter');
    await a.app.page
      .getByRole('status')
      .getByText(/^The folder is disconnected\. Its files and your data here are as they were/)
      .waitFor();
    await capture(a.app.page, 'folder-disconnected');
    // The button pressed is gone with the connection: the keyboard is on the way back, not lost.
    const choose = a.folder.dialog.getByRole('button', { name: 'Choose a folder…' });
    await expect.poll(() => choose.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await readdir(shared)).toHaveLength(1);

    await a.app.page.keyboard.press('Enter');
    await a.folder.dialog.getByText(/^Last synced /).waitFor();
    const syncNow = a.folder.dialog.getByRole('button', { name: 'Sync now' });
    await expect.poll(() => syncNow.evaluate((b) => b === document.activeElement)).toBe(true);
  });
});
