import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION } from '../../shared/backup/fileFormat';
import { AppPage } from './pages/AppPage';
import { BackupPage } from './pages/BackupPage';
import { expectAccessible } from './support/axe';
import { BrowserSession } from './support/session';

const OBJECTIVE = 'Checkout never gets in the way of buying';
const KR = 'Checkout success rate from 94% to 98%';

describe('backup and restore', () => {
  it('backs up, restores a deleted team, and refuses a damaged file without changing anything', async (context) => {
    const session = await BrowserSession.start(context.task.name.replace(/\W+/g, '-'));
    const page = session.page;
    const app = new AppPage(page);
    const teamOptions = () =>
      page.getByLabel('Team', { exact: true }).getByRole('option').allTextContents();
    await app.createTeam('Data', 'data');
    await app.createTeam('Payments Platform', 'platform');
    await app.createQuarter('2027-Q1', 'biweekly');
    await app.addObjective({ title: OBJECTIVE });
    await app.addKeyResult(OBJECTIVE, {
      title: KR,
      metric: 'success rate',
      unit: '%',
      baseline: '94',
      target: '98',
    });

    // Back up everything: the browser downloads one JSON file.
    await page.getByRole('button', { name: 'Back up or restore…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Back up and restore' });
    await expectAccessible(page, 'backup dialog');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Back up all data' }).click();
    const backupPath = await (await download).path();
    const { readFile } = await import('node:fs/promises');
    const backupText = await readFile(backupPath, 'utf8');
    expect(JSON.parse(backupText)).toMatchObject({
      format: 'quarterdeck-backup',
      formatVersion: BACKUP_VERSION,
    });
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Delete the team; its quarter and key results go with it.
    const question = await app.askToDeleteTeam('Payments Platform');
    await question.getByRole('button', { name: 'Delete team' }).click();
    await expect.poll(() => page.getByLabel('Team', { exact: true }).inputValue()).not.toBe('');
    await expect.poll(() => teamOptions()).toEqual(['Data']);

    // A damaged backup is refused with the reason, and nothing changes.
    // (Backups are compact JSON; a file of an earlier build was pretty-printed.)
    const damaged = backupText
      .replace('"94"', '"95"')
      .replace(/"baseline": ?94\b/, '"baseline":95');
    expect(damaged).not.toBe(backupText);
    await page.getByRole('button', { name: 'Back up or restore…' }).click();
    let chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose a backup file…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'damaged.json',
      mimeType: 'application/json',
      buffer: Buffer.from(damaged),
    });
    await expect.poll(() => dialog.getByRole('alert').first().innerText()).toContain('checksum');
    expect(await dialog.getByRole('alert').first().innerText()).toContain('Nothing was changed');
    expect(await teamOptions()).toEqual(['Data']);

    // The real backup: preview, then restore; the deleted team is back with its key result.
    chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose a backup file…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backupText),
    });
    await expect
      .poll(() => dialog.getByRole('list', { name: 'Teams in the backup' }).innerText())
      .toContain('Payments Platform');
    await expect
      .poll(() => dialog.getByRole('table', { name: 'What would change' }).innerText())
      .toMatch(/Key result\s+1/);
    await expectAccessible(page, 'restore preview');
    await dialog.getByRole('button', { name: /^Restore( \(nothing would change\))?$/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => teamOptions()).toEqual(['Data', 'Payments Platform']);
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Payments Platform' });
    await expect.poll(() => app.keyResultTitles(OBJECTIVE)).toEqual([KR]);
    expect(session.pageErrors).toEqual([]);
  });

  it('takes an automatic backup on a start with data and restores it after a restart', async (context) => {
    const session = await BrowserSession.start(context.task.name.replace(/\W+/g, '-'));
    const app = new AppPage(session.page);
    await app.createTeam('Payments Platform', 'platform');
    await app.createQuarter('2027-Q1', 'biweekly');
    await app.addObjective({ title: OBJECTIVE });

    // The first start had nothing to back up; this one finds data and no backup yet, so the
    // app takes one as it starts (handed over from the backup worker as bytes).
    const page = await session.restart();
    const backups = new BackupPage(page);
    await backups.open();
    expect(await backups.newestAutomaticBackup()).toMatch(/\t(?:Daily|On quit)\t/);

    // Restoring it reads the kept file back whole: the preview names the team in it.
    await backups.automaticBackups
      .first()
      .getByRole('button', { name: /^Restore the backup of / })
      .click();
    await expect
      .poll(() => backups.dialog.getByRole('list', { name: 'Teams in the backup' }).innerText())
      .toContain('Payments Platform');
    await backups.confirmRestore();
    expect(session.pageErrors).toEqual([]);
  });
});
