import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_VERSION } from '../../shared/backup/fileFormat';
import { channels, methodName } from '../../shared/ipc/contract';
import { AppPage, type KeyResultFields } from '../e2e/pages/AppPage';
import { ExportPage } from '../e2e/pages/ExportPage';
import { FolderPage } from '../e2e/pages/FolderPage';
import { electronSkipReason, findElectronBinary } from './electronBinary';
import {
  answerDialogs,
  createProfile,
  launchQuarterdeck,
  recordedCalls,
  removeProfile,
  repoRoot,
  type RunningApp,
  type TestProfile,
} from './launch';

const run = promisify(execFile);
const skipReason = electronSkipReason();
if (skipReason) console.warn(skipReason);
const isSkipped = skipReason !== null;
const binary = findElectronBinary();
const executablePath = binary.isInstalled ? binary.path : '';

const OBJECTIVE = 'Make shipping boring and safe';
const KEY_RESULTS: KeyResultFields[] = [
  {
    title: 'Raise deploy frequency from 3 to 10 per week',
    metric: 'Production deploys per week',
    unit: 'count',
    baseline: '3',
    target: '10',
  },
  {
    title: 'Raise service test coverage from 55% to 80%',
    metric: 'Line coverage of core services',
    unit: '%',
    baseline: '55',
    target: '80',
  },
  {
    title: 'Grow self-service environments from 2 to 12',
    metric: 'Environments created without a ticket',
    unit: 'count',
    baseline: '2',
    target: '12',
  },
];

describe('Quarterdeck desktop app', () => {
  let profile: TestProfile | null = null;
  let running: RunningApp | null = null;
  let pageErrors: string[] = [];

  const launch = async (): Promise<RunningApp & { ui: AppPage }> => {
    if (!profile) throw new Error('No profile');
    running = await launchQuarterdeck(executablePath, profile);
    running.window.on('pageerror', (error) => pageErrors.push(error.message));
    return { ...running, ui: new AppPage(running.window) };
  };

  const quit = async (): Promise<void> => {
    await running?.app.close();
    running = null;
  };

  /** A team, its quarter and one objective with key results, through the UI. */
  const planAQuarter = async (ui: AppPage, krs: KeyResultFields[] = KEY_RESULTS) => {
    await ui.createTeam('Platform', 'platform');
    await ui.createQuarter('2027-Q1', 'weekly');
    await ui.addObjective({ title: OBJECTIVE });
    for (const kr of krs) await ui.addKeyResult(OBJECTIVE, kr);
  };

  beforeEach(async () => {
    pageErrors = [];
    if (!isSkipped) profile = await createProfile();
  });

  afterEach(async (context) => {
    if (running && context.task.result?.state === 'fail') {
      const dir = join(repoRoot, 'test-results', 'electron-e2e');
      await mkdir(dir, { recursive: true });
      const name = context.task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
      await running.window.screenshot({ path: join(dir, `${name}.png`) }).catch(() => undefined);
    }
    await quit();
    if (profile) await removeProfile(profile);
    profile = null;
  });

  it.skipIf(isSkipped)(
    'opens one window titled Quarterdeck, served from the app protocol',
    async () => {
      const { app, window } = await launch();
      const titles = await app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows().map((win) => win.getTitle()),
      );
      expect(titles).toEqual(['Quarterdeck']);
      expect(window.url()).toMatch(/^app:\/\/quarterdeck\//);
      await window.getByRole('heading', { name: 'Welcome to Quarterdeck' }).waitFor();
      expect(pageErrors).toEqual([]);
    },
  );

  it.skipIf(isSkipped)(
    'gives the page one bridge method per IPC channel, and no Node.js',
    async () => {
      const { window } = await launch();
      expect(await window.evaluate('typeof require')).toBe('undefined');
      expect(await window.evaluate('typeof process')).toBe('undefined');
      expect(await window.evaluate('Object.keys(window.quarterdeck).sort()')).toEqual(
        channels.map(methodName).sort(),
      );
      expect(await window.evaluate('window.quarterdeck.appGetInfo()')).toMatchObject({
        ok: true,
        data: { name: 'Quarterdeck', host: 'desktop' },
      });
      const csp = await window.evaluate(
        "fetch('/index.html').then((response) => response.headers.get('content-security-policy'))",
      );
      expect(csp).toContain("frame-ancestors 'none'");
    },
  );

  it.skipIf(isSkipped)(
    'keeps a team, quarter, objective and key results across a restart',
    async () => {
      const { ui } = await launch();
      await planAQuarter(ui);
      await expect
        .poll(() => ui.keyResultTitles(OBJECTIVE))
        .toEqual(KEY_RESULTS.map((kr) => kr.title));
      await quit();

      const { window, ui: reopened } = await launch();
      await window.getByRole('heading', { level: 1, name: 'Platform · 2027-Q1' }).waitFor();
      await reopened.objective(OBJECTIVE).waitFor();
      await expect
        .poll(() => reopened.keyResultTitles(OBJECTIVE))
        .toEqual(KEY_RESULTS.map((kr) => kr.title));
      expect(pageErrors).toEqual([]);
    },
  );

  it.skipIf(isSkipped)(
    'exports the review as a PDF printed by main, then shows and opens the saved file',
    async () => {
      const { window, ui } = await launch();
      await planAQuarter(ui);
      const pdfPath = join(profile!.root, 'Platform review.pdf');
      await answerDialogs(profile!, { save: pdfPath });

      await new ExportPage(window).exportToFile(/^PDF/);
      await window.getByText('Saved Platform-2027-Q1-review.pdf.').waitFor();

      const pdf = await readFile(pdfPath);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const info = (await run('pdfinfo', [pdfPath])).stdout;
      expect(Number(info.match(/Pages:\s+(\d+)/)?.[1])).toBeGreaterThan(0);
      const text = (await run('pdftotext', ['-layout', pdfPath, '-'])).stdout;
      expect(text).toContain(OBJECTIVE);
      expect(text).toContain(KEY_RESULTS[0]!.title);

      // The confirmation offers the file: Show in folder, then (after a second export) Open.
      const toast = window.getByRole('status');
      await toast.getByRole('button', { name: 'Show in folder' }).click();
      await new ExportPage(window).exportToFile(/^PDF/);
      await toast.getByRole('button', { name: 'Open', exact: true }).click();
      await expect
        .poll(async () => (await recordedCalls(profile!)).map((call) => call.kind))
        .toEqual(['save', 'reveal', 'save', 'open-path']);
      const calls = await recordedCalls(profile!);
      expect(calls[0]).toMatchObject({ kind: 'save', answer: pdfPath });
      expect(calls[0]).toMatchObject({
        defaultPath: expect.stringMatching(/Platform-2027-Q1-review\.pdf$/),
      });
      expect(calls[1]).toEqual({ kind: 'reveal', path: pdfPath });
      expect(calls[3]).toEqual({ kind: 'open-path', path: pdfPath });
      expect(pageErrors).toEqual([]);
    },
  );

  it.skipIf(isSkipped)(
    'saves a backup through main, restores it after the team is deleted, and keeps a safety backup on disk',
    async () => {
      const { window, ui } = await launch();
      await planAQuarter(ui, KEY_RESULTS.slice(0, 1));
      const backupPath = join(profile!.root, 'quarterdeck-backup.json');

      await answerDialogs(profile!, { save: backupPath });
      await window.getByRole('button', { name: 'Back up or restore…' }).click();
      const dialog = window.getByRole('dialog', { name: 'Back up and restore' });
      await dialog.getByRole('button', { name: 'Back up all data' }).click();
      await window.getByText(`Backed up all data to ${backupPath}.`).waitFor();
      const backup = JSON.parse(await readFile(backupPath, 'utf8'));
      expect(backup).toMatchObject({
        format: 'quarterdeck-backup',
        formatVersion: BACKUP_VERSION,
      });
      expect(backup.data.teams.map((team: { name: string }) => team.name)).toEqual(['Platform']);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'detached' });

      const question = await ui.askToDeleteTeam('Platform');
      await question.getByRole('button', { name: 'Delete team' }).click();
      await window.getByRole('heading', { name: 'Welcome to Quarterdeck' }).waitFor();

      await answerDialogs(profile!, { open: backupPath });
      await window.getByRole('button', { name: 'Back up or restore…' }).click();
      await dialog.getByRole('button', { name: 'Choose a backup file…' }).click();
      await dialog
        .getByRole('list', { name: 'Teams in the backup' })
        .getByText('Platform')
        .waitFor();
      await dialog.getByRole('button', { name: /^Restore( \(nothing would change\))?$/ }).click();
      await dialog.waitFor({ state: 'detached' });
      await window.getByRole('heading', { level: 1, name: 'Platform · 2027-Q1' }).waitFor();
      await expect.poll(() => ui.keyResultTitles(OBJECTIVE)).toEqual([KEY_RESULTS[0]!.title]);

      // The restore first took a safety backup, in the app's data folder, readable as a backup.
      const folder = join(profile!.userData, 'backups');
      const safety = (await readdir(folder)).filter((name) =>
        name.endsWith('-before-restore.json'),
      );
      expect(safety).toHaveLength(1);
      const kept = JSON.parse(await readFile(join(folder, safety[0]!), 'utf8'));
      expect(kept).toMatchObject({ format: 'quarterdeck-backup' });
      expect(kept.data.teams).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
  );

  it.skipIf(isSkipped)(
    'keeps a workspace folder through main: writes the quarter’s file, and takes a change made on disk',
    async () => {
      const { window, ui } = await launch();
      await planAQuarter(ui, KEY_RESULTS.slice(0, 1));
      const folder = join(profile!.root, 'okrs');
      await mkdir(folder);
      await answerDialogs(profile!, { open: folder });
      const folderUi = new FolderPage(window);
      await folderUi.connect();
      const [file] = (await readdir(folder)).filter((name) => name.endsWith('.okrs.json'));
      expect(file).toBe('Platform-2027-Q1.okrs.json');

      // A colleague's edit arrives on disk (a pull, a sync client): main's watcher notices it.
      const path = join(folder, file!);
      const text = await readFile(path, 'utf8');
      await writeFile(path, text.replace(KEY_RESULTS[0]!.title, 'Deploy ten times a week'));
      await folderUi.close();
      await expect.poll(() => ui.keyResultTitles(OBJECTIVE)).toEqual(['Deploy ten times a week']);
      expect(pageErrors).toEqual([]);
    },
  );

  it.skipIf(isSkipped)(
    'takes an automatic backup on disk once there is data, and lists it for restore',
    async () => {
      const { ui } = await launch();
      await planAQuarter(ui, KEY_RESULTS.slice(0, 1));
      await quit();

      // Quitting (best effort) or the check on the next start writes one.
      const { window } = await launch();
      const folder = join(profile!.userData, 'backups');
      await expect
        .poll(async () => (await readdir(folder).catch(() => [])).filter(isAutoBackup).length)
        .toBeGreaterThan(0);
      const [name] = (await readdir(folder)).filter(isAutoBackup);
      const automatic = JSON.parse(await readFile(join(folder, name!), 'utf8'));
      expect(automatic.data.teams.map((team: { name: string }) => team.name)).toEqual(['Platform']);

      await window.getByRole('button', { name: 'Back up or restore…' }).click();
      const dialog = window.getByRole('dialog', { name: 'Back up and restore' });
      await dialog
        .getByRole('button', { name: /^Restore the backup of / })
        .first()
        .click();
      await dialog
        .getByRole('list', { name: 'Teams in the backup' })
        .getByText('Platform')
        .waitFor();
      expect(pageErrors).toEqual([]);
    },
  );
});

function isAutoBackup(name: string): boolean {
  return /^auto-.*-(scheduled|on-quit)\.json$/.test(name);
}
