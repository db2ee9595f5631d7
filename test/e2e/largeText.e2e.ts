import { describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { CheckInsPage } from './pages/CheckInsPage';
import { capture } from './support/capture';
import { expectDialogFits, USUAL, ZOOMED } from './support/dialogFits';
import { untilStill, whereOnScreen } from './support/layout';
import { currentQuarter, RELIABILITY_KRS, RELIABILITY_OBJECTIVE } from './support/plan';
import { projectorOnFirstItem } from './support/projector';
import { BrowserSession } from './support/session';
import { smallTargets } from './support/targets';

/*
 * A person at 200% zoom on a laptop (640×360 CSS px), with the text at 200%, or both: every dialog keeps
 * its title and its buttons on screen, its body scrolling between them; the retrospective keeps
 * the key result's heading in view beside the field it focuses; every control is big enough to
 * hit. And the projector's view reads the same on a 1024×768 projector as on a 1920×1080 one.
 * The dialogs of a second window, a workshop and the organisation's levels: largeTextDialogs.e2e.ts.
 */

/** Two key results of a plan, the second's target written in words: an error to fix. */
const PLAN_WITH_A_MISTAKE = [
  'objective,objective_type,key_result,metric,unit,baseline,target,direction,owner',
  'Search people trust,committed,Zero-result searches from 9% to 3%,zero-result searches,%,9,3,decrease,',
  'Search people trust,committed,Search p95 under 400 ms,search p95,ms,900,four hundred,decrease,',
].join('\n');

describe('dialogs and the retrospective at 200% zoom and 200% text', () => {
  it('keep titles, buttons and headings on screen, with every control big enough to hit', async () => {
    const session = await BrowserSession.start('large-text', USUAL);
    const page = session.page;
    const app = new AppPage(page);

    await page.getByRole('button', { name: 'New team' }).first().click();
    await expectDialogFits(page, app.dialog('New team'), 'new-team');
    await app.dialog('New team').getByRole('button', { name: 'Cancel' }).click();
    await app.createTeam('Payments Platform', 'platform');
    await page.getByRole('button', { name: 'New quarter' }).first().click();
    await expectDialogFits(page, app.dialog('New quarter'), 'new-quarter');
    await app.dialog('New quarter').getByRole('button', { name: 'Cancel' }).click();
    await app.createQuarter(currentQuarter().label, 'monthly');
    await app.settingStep('Objectives');
    await page.getByRole('button', { name: 'Add objective' }).first().click();
    await expectDialogFits(page, app.dialog('Add objective'), 'add-objective');
    await app.dialog('Add objective').getByRole('button', { name: 'Cancel' }).click();
    await app.dialog('Add objective').waitFor({ state: 'detached' });
    await app.addObjective({ title: RELIABILITY_OBJECTIVE });
    for (const kr of RELIABILITY_KRS) await app.addKeyResult(RELIABILITY_OBJECTIVE, kr);

    // A long form (the key result and its coach), and the question before losing its edits.
    await app
      .objective(RELIABILITY_OBJECTIVE)
      .getByRole('button', { name: 'Add key result' })
      .click();
    const addKr = app.dialog('Add key result');
    await addKr.getByLabel('Key result title').fill('Deploys from 4 to 20 a week');
    await expectDialogFits(page, addKr, 'add-key-result');
    await addKr.getByRole('button', { name: 'Cancel' }).click();
    const discard = page.getByRole('alertdialog', { name: 'Discard unsaved changes?' });
    await expectDialogFits(page, discard, 'discard-changes');
    await discard.getByRole('button', { name: 'Discard changes' }).click();
    await addKr.waitFor({ state: 'detached' });

    // The question before deleting: a long description above two buttons.
    const deleteTeam = await app.askToDeleteTeam('Payments Platform');
    await expectDialogFits(page, deleteTeam, 'delete-team');
    await deleteTeam.getByRole('button', { name: 'Keep the team' }).click();
    await deleteTeam.waitFor({ state: 'detached' });

    await app.settingStep('Objectives');
    await page.getByRole('button', { name: 'Insert template…' }).click();
    await expectDialogFits(page, app.dialog('Insert a template'), 'insert-template');
    await app.dialog('Insert a template').getByRole('button', { name: 'Close' }).last().click();
    // A plan file with a mistake: the preview lists its rows and what is wrong with one.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import CSV…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'plan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(PLAN_WITH_A_MISTAKE),
    });
    const importPlan = app.dialog('Import a plan');
    await importPlan.getByRole('alert').first().waitFor();
    await expectDialogFits(page, importPlan, 'import-plan');
    await importPlan.getByRole('button', { name: 'Cancel' }).click();
    await importPlan.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Back up or restore…' }).click();
    await expectDialogFits(page, app.dialog('Back up and restore'), 'backup');
    await app.dialog('Back up and restore').getByRole('button', { name: 'Close' }).last().click();
    await page.getByRole('button', { name: 'Keyboard shortcuts…' }).click();
    await expectDialogFits(page, app.dialog('Keyboard shortcuts'), 'shortcuts');
    await app.dialog('Keyboard shortcuts').getByRole('button', { name: 'Close' }).last().click();

    await app.startQuarter();
    await page.getByRole('button', { name: 'Start check-in' }).click();
    const checkIns = new CheckInsPage(page);
    await page.getByLabel(/^Current value/).waitFor();
    // The confidence slider and the meeting's controls, at the usual size and zoomed.
    expect(await smallTargets(page), 'check-in meeting').toEqual([]);
    await page.setViewportSize(ZOOMED);
    await untilStill(page);
    expect(await smallTargets(page), 'check-in meeting zoomed').toEqual([]);
    await page.setViewportSize(USUAL);
    await checkIns.answerByKeyboard({ value: '3', confidence: 70 });
    await checkIns.answerByKeyboard({ value: '96', confidence: 60 });
    await checkIns.answerByKeyboard({ value: '75', confidence: 50 });
    await page.getByRole('button', { name: 'Start check-in' }).waitFor();
    // Correcting a check-in from the key result's history.
    await page.getByRole('button', { name: RELIABILITY_KRS[0].title, exact: true }).first().click();
    await page.getByRole('button', { name: 'Correct…' }).first().click();
    const correct = app.dialog('Correct check-in');
    await expectDialogFits(page, correct, 'correct-check-in');
    await correct.getByRole('button', { name: 'Cancel' }).click();
    await correct.waitFor({ state: 'detached' });
    await app.moveToScoring();

    await page.getByRole('button', { name: /^Export (review|plan)…$/ }).click();
    const exportDialog = page.getByRole('dialog', { name: /^Export the/ });
    await exportDialog.getByRole('radio', { name: /^PDF/ }).waitFor();
    await expectDialogFits(page, exportDialog, 'export');
    await exportDialog.getByRole('button', { name: 'Cancel' }).click();
    await exportDialog.waitFor({ state: 'detached' });

    // Arriving at the retrospective zoomed: the focus goes to the first question, and the key
    // result's heading stays in view above it (the chart comes after the questions).
    await page.setViewportSize(ZOOMED);
    await page.getByRole('button', { name: 'Move the quarter to the retrospective' }).click();
    const firstQuestion = page.getByLabel('What worked?');
    await expect
      .poll(() => firstQuestion.evaluate((el) => el === document.activeElement))
      .toBe(true);
    await untilStill(page);
    await capture(page, 'large-text-retrospective-zoomed');
    const heading = page.getByRole('heading', { level: 2, name: RELIABILITY_KRS[0].title });
    expect((await whereOnScreen(heading)).isInView, 'retrospective zoomed: the heading').toBe(true);
    expect(
      (await whereOnScreen(firstQuestion)).isStartInView,
      'retrospective zoomed: the field',
    ).toBe(true);
    expect(await smallTargets(page), 'retrospective zoomed').toEqual([]);
    await page.setViewportSize(USUAL);

    // With 200% text the same: the heading and the focused field in the first screenful.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    // As on arriving: the page at its top, then the focus put in the first question.
    await firstQuestion.blur();
    await page.evaluate(() => window.scrollTo(0, 0));
    await firstQuestion.focus();
    await untilStill(page);
    await capture(page, 'large-text-retrospective-text');
    expect((await whereOnScreen(heading)).isInView, 'retrospective 200% text: the heading').toBe(
      true,
    );
    expect(
      (await whereOnScreen(firstQuestion)).isStartInView,
      'retrospective 200% text: the field',
    ).toBe(true);
    await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
    expect(session.pageErrors).toEqual([]);
  });
});

describe('the projector’s view on different projectors', () => {
  it('keeps its proportions from 1024×768 to 1920×1080, and grows with zoom', async () => {
    const session = await BrowserSession.start('projector-scale', USUAL);
    const page = session.page;
    const screen = await projectorOnFirstItem(page);

    /** The title's type size as a share of the screen's width, and whether all of it fits. */
    const measure = async (viewport: { width: number; height: number }) => {
      await screen.resize(viewport.width, viewport.height);
      await untilStill(screen.page);
      await capture(screen.page, `projector-${viewport.width}x${viewport.height}`);
      const title = await whereOnScreen(screen.title());
      const timer = await whereOnScreen(screen.timer());
      const sizes = await screen.title().evaluate((el) => ({
        px: parseFloat(getComputedStyle(el).fontSize),
        sideways: document.documentElement.scrollWidth > window.innerWidth,
      }));
      return {
        fits: title.isInView && timer.isInView && !sizes.sideways,
        px: sizes.px,
        share: sizes.px / viewport.width,
      };
    };
    const large = await measure({ width: 1920, height: 1080 });
    const small = await measure({ width: 1024, height: 768 });
    // 200% zoom on the 1920×1080 screen: half the CSS pixels across.
    const zoomed = await measure({ width: 960, height: 540 });
    expect(large.fits, '1920×1080: title and timer on screen, no sideways scroll').toBe(true);
    expect(small.fits, '1024×768: title and timer on screen, no sideways scroll').toBe(true);
    expect(zoomed.fits, '200% zoom: title and timer on screen, no sideways scroll').toBe(true);
    // The same share of the screen within a fifth either way, not the same pixels.
    expect(small.share / large.share).toBeGreaterThan(0.8);
    expect(small.share / large.share).toBeLessThan(1.25);
    // Zoomed, every CSS pixel is two on the screen: the text is larger than unzoomed.
    expect(zoomed.px * 2).toBeGreaterThan(large.px);
    expect(session.pageErrors).toEqual([]);
  });
});
