import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { BackupPage } from '../../../test/e2e/pages/BackupPage';
import { assertNoPageErrors, openSession, waitForQuiet, waitForReady } from '../browser';
import type { Served } from '../profiles';
import { PAGES } from '../site';
import type { PathRuns } from '../stats';
import { TOOLS_FILE_LABEL, TOOLS_GLOBAL } from '../toolsTypes';

/** Settle time before a timed action, so loading the page does not count against it. */
const SETTLE_MS = 1_000;

/** The app on its home with the backup dialog open and the page idle. */
async function appWithBackupDialog(served: Served, page: Page): Promise<BackupPage> {
  await page.goto(new URL(PAGES.app, served.baseUrl).href);
  await waitForReady(page);
  const backups = new BackupPage(page);
  await backups.open();
  await waitForQuiet(page, SETTLE_MS, 'now');
  return backups;
}

async function toolsPage(served: Served, page: Page): Promise<void> {
  await page.goto(new URL(PAGES.tools, served.baseUrl).href);
  await waitForQuiet(page, SETTLE_MS, 'now');
}

/** Restore through the dialog: from choosing the file, through the preview, to done. */
async function restoreInApp(served: Served, page: Page, file: string): Promise<number> {
  const backups = await appWithBackupDialog(served, page);
  const chooser = await backups.chooseFile();
  const started = performance.now();
  await chooser.setFiles(file);
  await backups.confirmRestore();
  return performance.now() - started;
}

/** The floor: the same file read, parsed and written with one clear + bulkPut transaction. */
async function restoreRaw(served: Served, page: Page, file: string): Promise<number> {
  await toolsPage(served, page);
  const started = performance.now();
  await page.getByLabel(TOOLS_FILE_LABEL).setInputFiles(file);
  await page.evaluate(`globalThis.${TOOLS_GLOBAL}.restored()`);
  return performance.now() - started;
}

/** Clicks "Back up all data" in an open dialog: the time until the browser starts the download. */
async function timedBackUp(backups: BackupPage): Promise<number> {
  const started = performance.now();
  const download = await backups.backUpAll();
  const elapsed = performance.now() - started;
  // Let the file finish writing before the next run, outside the timing.
  await download.path();
  await download.delete();
  return elapsed;
}

/** "Back up all data" with the dialog open and the page quiet (the file prepared meanwhile). */
async function backUpInApp(served: Served, page: Page): Promise<number> {
  return timedBackUp(await appWithBackupDialog(served, page));
}

/**
 * "Back up all data" without waiting: the dialog opened (where the file starts being built) and
 * the button clicked as soon as the dialog has listed its automatic backups, timed like the path
 * above from the click until the download starts. The file's head start is only the dialog's
 * opening, so how much of it is built before the click depends on the machine's load.
 */
async function backUpInAppAtOnce(served: Served, page: Page): Promise<number> {
  await page.goto(new URL(PAGES.app, served.baseUrl).href);
  await waitForReady(page);
  await waitForQuiet(page, SETTLE_MS, 'now');
  const backups = new BackupPage(page);
  await backups.open();
  return timedBackUp(backups);
}

/** The floor: every table read with toArray in one transaction, then JSON.stringify. */
async function backUpRaw(served: Served, page: Page): Promise<number> {
  await toolsPage(served, page);
  const started = performance.now();
  await page.evaluate(`globalThis.${TOOLS_GLOBAL}.backUp()`);
  return performance.now() - started;
}

/**
 * Restore over the existing large workspace (the same backup again, as after a bad day) and a
 * full backup, each against its raw-Dexie floor, in one browser. One tab goes back and forth
 * between the app and the tools page, so the app's live queries never react to a floor's write
 * while the floor is being timed.
 */
export async function measureRestoreAndBackup(
  served: Served,
  profileDir: string,
  backupFile: string,
  runs: number,
): Promise<PathRuns[]> {
  const session = await openSession(profileDir, served.probe);
  try {
    const restore = { app: [] as number[], floor: [] as number[] };
    const backup = { app: [] as number[], floor: [] as number[] };
    const backupAtOnce = { app: [] as number[], floor: [] as number[] };
    for (let i = 0; i < runs; i += 1) {
      restore.app.push(await restoreInApp(served, session.page, backupFile));
      restore.floor.push(await restoreRaw(served, session.page, backupFile));
    }
    for (let i = 0; i < runs; i += 1) {
      backup.app.push(await backUpInApp(served, session.page));
      backup.floor.push(await backUpRaw(served, session.page));
    }
    for (let i = 0; i < runs; i += 1) {
      backupAtOnce.app.push(await backUpInAppAtOnce(served, session.page));
      backupAtOnce.floor.push(await backUpRaw(served, session.page));
    }
    assertNoPageErrors(session, 'restore and backup');
    return [
      { name: 'restore over the large workspace via the UI vs raw bulkPut', ...restore },
      { name: 'full backup vs raw toArray + JSON.stringify', ...backup },
      {
        name: 'full backup, clicked as the dialog opens (no wait) vs the same floor',
        ...backupAtOnce,
      },
    ];
  } finally {
    await session.close();
  }
}
