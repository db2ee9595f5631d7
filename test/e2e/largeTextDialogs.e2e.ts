import { describe, expect, it } from 'vitest';
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
    const b = new AppPage(await session.secondWindow());
    const conflicts = new RecordConflictPage(b.page);
    const bEditor = await b.openKeyResult(kr.title);
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
