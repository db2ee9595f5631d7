import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBackup, readBackup, serializeBackup } from '../../shared/backup';
import { AppPage } from './pages/AppPage';
import { expectAccessible } from './support/axe';
import { BrowserSession } from './support/session';

const FAILURE = 'This screen could not be shown';

/**
 * A browser whose ResizeObserver throws: every chart fails while it is being drawn, so the
 * retrospective (which draws one per key result) cannot be shown. The app itself is unchanged:
 * this stands for any render failure, whatever its cause.
 */
const CHARTS_CANNOT_BE_MEASURED = `window.ResizeObserver = class {
  constructor() { throw new Error('This machine cannot measure charts'); }
};`;

/** A realistic backup: two teams, with key results whose retrospective draws charts. */
async function realisticBackup(): Promise<Buffer> {
  // Read as the app reads it, so the data is in the current format before it is written again.
  const read = await readBackup(await readFile('test/fixtures/backups/v1-realistic.json', 'utf8'));
  if (!read.ok) throw new Error(read.problem);
  return Buffer.from(serializeBackup(await createBackup(read.file.data, '0.1.0')));
}

async function restore(page: Page, buffer: Buffer): Promise<void> {
  await page.getByRole('button', { name: 'Back up or restore…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Back up and restore' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a backup file…' }).click();
  await (await chooser).setFiles({ name: 'backup.json', mimeType: 'application/json', buffer });
  await dialog.getByRole('button', { name: /^Restore( \(nothing would change\))?$/ }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('a screen that cannot be drawn', () => {
  it('explains itself instead of a blank window, offers a way on, and is not reopened on the next start', async (context) => {
    const session = await BrowserSession.start(
      context.task.name.replace(/\W+/g, '-'),
      undefined,
      CHARTS_CANNOT_BE_MEASURED,
    );
    let page = session.page;
    await session.context!.grantPermissions(['clipboard-read', 'clipboard-write']);
    await restore(page, await realisticBackup());
    await page.getByLabel('Quarter', { exact: true }).selectOption({ label: '2027-Q1' });
    let app = new AppPage(page);
    await app.phaseNav('Retrospective').click();

    const failure = page.getByRole('region', { name: FAILURE });
    await failure.waitFor();
    await expect.poll(() => failure.innerText()).toContain('Your data is safe');
    // The rest of the window is still there.
    await app.phaseNav('Check-ins').waitFor();
    await expectAccessible(page, 'screen that could not be shown');

    await failure.getByRole('button', { name: 'Copy error details' }).click();
    await failure.getByText('Copied the error details.').waitFor();
    const copied = String(await page.evaluate('navigator.clipboard.readText()'));
    expect(copied).toContain('This machine cannot measure charts');
    expect(copied).toContain('Screen: retrospective');

    const download = page.waitForEvent('download');
    await failure.getByRole('button', { name: 'Back up now' }).click();
    const backup = JSON.parse(await readFile(await (await download).path(), 'utf8'));
    expect(backup.data.teams.map((team: { name: string }) => team.name).sort()).toEqual([
      'Payments Platform',
      'Search Relevance',
    ]);
    expect(backup.data.keyResults).toHaveLength(4);

    // Quit and start again: the app opens elsewhere, not on the screen that failed.
    page = await session.restart();
    app = new AppPage(page);
    await page.getByRole('navigation', { name: 'Setting steps' }).waitFor();
    expect(await page.getByRole('region', { name: FAILURE }).count()).toBe(0);
    expect(await app.phaseNav('Retrospective').getAttribute('aria-current')).toBeNull();

    // The same screen fails again, and the quarter's home has everything the backup held.
    await page.getByLabel('Quarter', { exact: true }).selectOption({ label: '2027-Q1' });
    await app.phaseNav('Retrospective').click();
    await page.getByRole('region', { name: FAILURE }).waitFor();
    await page.getByRole('button', { name: 'Go to the quarter’s home' }).click();
    await page.getByRole('heading', { level: 2, name: 'Check-ins', exact: true }).waitFor();
    for (const title of [
      'Cut checkout p75 LCP from 3.2 s to 1.5 s',
      'Raise checkout completion from 61% to 68%',
      'Run a full peak-load game day',
    ])
      await page.getByRole('button', { name: title }).first().waitFor();
    expect(await page.getByRole('region', { name: FAILURE }).count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});
