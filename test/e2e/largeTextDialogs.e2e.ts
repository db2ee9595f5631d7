import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { OrganisationPage } from './pages/OrganisationPage';
import { RecordConflictPage } from './pages/RecordConflictPage';
import { WorkshopPage } from './pages/WorkshopPage';
import { expectDialogFits, USUAL } from './support/dialogFits';
import { currentQuarter, RELIABILITY_KRS, RELIABILITY_OBJECTIVE } from './support/plan';
import { BrowserSession } from './support/session';

/*
 * The dialogs largeText.e2e.ts does not reach on its way through a quarter, at 200% zoom, 200%
 * text and both: the question a stale save asks (a second window), the workshop's end and its
 * summary's export, and adding a level to the organisation.
 */

/** A second window on the same profile, open on the same team and quarter. */
async function secondWindow(session: BrowserSession): Promise<Page> {
  if (!session.context) throw new Error('The browser is not running.');
  const page = await session.context.newPage();
  await page.setViewportSize(USUAL);
  await page.goto(inject('baseUrl'));
  await page.getByRole('navigation', { name: 'Cycle phases' }).waitFor();
  return page;
}

describe('the other dialogs at 200% zoom and 200% text', () => {
  it('keep their titles and buttons on screen, the body the one scroller between them', async () => {
    const session = await BrowserSession.start('large-text-dialogs', USUAL);
    const a = new AppPage(session.page);
    await a.createTeam('Payments Platform', 'platform');
    await a.createQuarter(currentQuarter().label, 'monthly');
    await a.addObjective({ title: RELIABILITY_OBJECTIVE });
    const kr = RELIABILITY_KRS[0];
    await a.addKeyResult(RELIABILITY_OBJECTIVE, kr);

    // A stale save: B changes the owner while A renames; B's save asks what to keep.
    const b = new AppPage(await secondWindow(session));
    const conflicts = new RecordConflictPage(b.page);
    await b.settingStep('Key results');
    await b.page.getByRole('button', { name: `Edit key result: ${kr.title}` }).click();
    const bEditor = b.dialog('Edit key result');
    await bEditor.getByLabel('Owner', { exact: true }).fill('Ben');
    await a.editKeyResult(kr.title, { title: `${kr.title} (renamed)` });
    await expect.poll(() => conflicts.notice(bEditor).isVisible()).toBe(true);
    await bEditor.getByRole('button', { name: 'Save key result' }).click();
    await expectDialogFits(b.page, conflicts.dialog('key result'), 'record-conflict');
    await conflicts.answer('key result', 'Save merged');
    await bEditor.waitFor({ state: 'detached' });
    await b.page.close();

    // A workshop ended, and its summary's export.
    const page = a.page;
    const workshop = new WorkshopPage(page);
    await workshop.open();
    await workshop.create('Planning workshop');
    await page.getByRole('button', { name: 'End workshop…' }).first().click();
    const end = page.getByRole('dialog', { name: 'End the workshop' });
    await expectDialogFits(page, end, 'end-workshop');
    await end.getByRole('button', { name: 'End workshop' }).click();
    await end.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Export summary…' }).first().click();
    const exportSummary = page.getByRole('dialog', { name: 'Export the workshop summary' });
    await expectDialogFits(page, exportSummary, 'export-workshop-summary');
    await exportSummary.getByRole('button', { name: 'Cancel' }).click();
    await exportSummary.waitFor({ state: 'detached' });

    // A level of the organisation.
    await new OrganisationPage(page).open('Levels and teams');
    await page.getByRole('button', { name: 'Add organisation level' }).click();
    const level = page.getByRole('dialog', { name: 'Add the organisation level' });
    await expectDialogFits(page, level, 'add-level');
    await level.getByRole('button', { name: 'Cancel' }).click();
    await level.waitFor({ state: 'detached' });
    expect(session.pageErrors).toEqual([]);
  });
});
