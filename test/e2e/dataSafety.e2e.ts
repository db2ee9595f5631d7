import { describe, expect, it } from 'vitest';
import { hostileBytes } from '../support/hostileCorpus';
import { AppPage } from './pages/AppPage';
import { BrowserSession } from './support/session';

const HEADER = 'team,quarter,objective,key_result,metric,unit,baseline,target,direction';

/** A plan of `rows` key results, four to an objective: a few MB of CSV. */
function bigPlan(rows: number): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i += 1) {
    lines.push(
      `Payments,2027-Q1,Paying is effortless ${Math.floor(i / 4)},"Raise checkout success from 94% to 98% (${i})",success rate,%,94,98,increase`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Gives the open file chooser `name` with `bytes`, after `click` opened it. */
async function choose(
  session: BrowserSession,
  click: () => Promise<void>,
  name: string,
  bytes: Uint8Array | string,
) {
  const chooser = session.page.waitForEvent('filechooser');
  await click();
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(bytes) });
}

describe('data safety through the UI', () => {
  it('refuses hostile backups in plain words and changes nothing', async (context) => {
    const session = await BrowserSession.start(context.task.name.replace(/\W+/g, '-'));
    const page = session.page;
    const app = new AppPage(page);
    await app.createTeam('Payments Platform', 'platform');

    await page.getByRole('button', { name: 'Back up or restore…' }).click();
    const dialog = app.dialog('Back up and restore');
    const pick = () => dialog.getByRole('button', { name: 'Choose a backup file…' }).click();

    // A year-0000 date: read in the worker, refused with the row and field.
    await choose(session, pick, 'year-0000.json', await hostileBytes('backup-year-0000.json'));
    const refusal = dialog.getByRole('alert').filter({ hasText: 'year-0000.json' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toBe(
      'year-0000.json: Check-in 1 (data.checkIns[0].date): The date must be between 1970-01-01 and 2200-12-31. Nothing was changed.',
    );

    // A backup saved as UTF-16: refused when the file is read, as every door refuses it.
    await choose(session, pick, 'unicode.json', await hostileBytes('backup-utf16le-bom.json'));
    await dialog
      .getByRole('alert')
      .filter({ hasText: 'unicode.json: The file is UTF-16 text; Quarterdeck reads UTF-8 only.' })
      .waitFor();

    expect(await page.locator('#team-picker option').allTextContents()).toEqual([
      'Payments Platform',
    ]);
    expect(session.pageErrors).toEqual([]);
  });

  it('previews a large plan off the UI thread with progress and a way to stop, and refuses a hostile one', async (context) => {
    const session = await BrowserSession.start(context.task.name.replace(/\W+/g, '-'));
    const page = session.page;
    const app = new AppPage(page);
    await app.createTeam('Payments', 'platform');
    await app.createQuarter('2027-Q1', 'biweekly');
    await app.settingStep('Objectives');
    const importCsv = () => page.getByRole('button', { name: 'Import CSV…' }).click();

    // 60,000 rows: the page stays usable while the worker reads them, and Stop ends it.
    await choose(session, importCsv, 'big-plan.csv', bigPlan(60_000));
    const dialog = app.dialog('Import a plan');
    await dialog.getByRole('progressbar').waitFor();
    await dialog.getByRole('button', { name: 'Stop reading' }).click();
    await dialog
      .getByRole('status')
      .filter({ hasText: 'Stopped reading big-plan.csv. Nothing was imported' })
      .waitFor();

    // A hostile file chosen instead: refused in words, the dialog still usable.
    await choose(
      session,
      () => dialog.getByRole('button', { name: 'Choose another file' }).click(),
      'plan.csv',
      await hostileBytes('plan-400-digit-baseline.csv'),
    );
    await dialog.getByRole('alert').filter({ hasText: '1 row has an error' }).waitFor();
    expect(await dialog.innerText()).toContain('is too large a number');
    expect(await dialog.getByRole('button', { name: /^Import/ }).isDisabled()).toBe(true);

    // A smaller plan is read in the worker and imported.
    await choose(
      session,
      () => dialog.getByRole('button', { name: 'Choose another file' }).click(),
      'plan.csv',
      bigPlan(400),
    );
    await dialog.getByRole('button', { name: 'Import 100 objectives' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => app.objective('Paying is effortless 99').isVisible()).toBe(true);
    expect(session.pageErrors).toEqual([]);
  });
});
