import { describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { CheckInsPage } from './pages/CheckInsPage';
import { SettingWizardPage } from './pages/SettingWizardPage';
import { expectAccessible } from './support/axe';
import { capture } from './support/capture';
import { currentQuarter, RELIABILITY_KRS, RELIABILITY_OBJECTIVE } from './support/plan';
import { BrowserSession } from './support/session';

const OBJECTIVE = RELIABILITY_OBJECTIVE;
const KRS = RELIABILITY_KRS;

/** A team and a quarter with the reliability objective and its three well-formed KRs. */
async function planQuarter(app: AppPage, label: string): Promise<void> {
  await app.createTeam('Payments Platform', 'platform');
  await app.createQuarter(label, 'monthly');
  await app.addObjective({ title: OBJECTIVE });
  for (const kr of KRS) await app.addKeyResult(OBJECTIVE, kr);
}

describe('guard rails: the coach sees the numbers wherever they were typed', () => {
  it('fills fields from the title, reports a disagreement and applies its fix with undo', async (context) => {
    const session = await BrowserSession.start(context.task.name.replace(/\W+/g, '-'));
    const page = session.page;
    const app = new AppPage(page);
    const wizard = new SettingWizardPage(page);
    await app.createTeam('Payments Platform', 'platform');
    await app.createQuarter(currentQuarter().label, 'monthly');
    await app.addObjective({ title: OBJECTIVE });

    // Numbers typed only in the title: the coach says so and shows what it would fill.
    await app.settingStep('Key results');
    const dialog = await wizard.openNewKeyResult(OBJECTIVE);
    const p1 = 'Cut P1 payment incidents from 8 per quarter to 2';
    await dialog.getByLabel('Key result title').fill(p1);
    const onlyInText = wizard.finding('Numbers only in the title', wizard.coach());
    await expect.poll(() => onlyInText.innerText()).toContain('cannot be scored');
    const preview = onlyInText.getByRole('definition');
    expect(await preview.allInnerTexts()).toEqual(['8', '2', 'decrease']);
    expect(await dialog.getByLabel('Baseline', { exact: true }).inputValue()).toBe('');
    await onlyInText.getByRole('button', { name: 'Fill the fields from the title' }).click();
    expect(await dialog.getByLabel('Baseline', { exact: true }).inputValue()).toBe('8');
    expect(await dialog.getByLabel('Target', { exact: true }).inputValue()).toBe('2');
    await expect.poll(() => onlyInText.count()).toBe(0);
    await dialog.getByRole('button', { name: 'Save key result' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await app.keyResult(p1).innerText()).toContain('8 → 2');

    // Saved with the numbers only in its title (say, typed before the coach had read it):
    // the row in the plan offers the same fill, saying what it sets.
    const mttr = 'Cut MTTR from 120 to 30 minutes';
    await app.addKeyResult(OBJECTIVE, { title: mttr, metric: 'MTTR' });
    const row = app.keyResult(mttr);
    await expect.poll(() => row.innerText()).toContain('baseline 120 min, target 30 min');
    await row.getByRole('button', { name: `Fill the fields from the title: ${mttr}` }).click();
    await expect.poll(() => row.innerText()).toContain('120 min → 30 min');
    // As in the dialog: a note with Undo, and the keyboard on it.
    const rowUndo = row.getByRole('button', { name: 'Undo' });
    await expect.poll(() => rowUndo.evaluate((b) => b === document.activeElement)).toBe(true);
    await capture(page, 'guardrails-plan-list-fix-note');

    // Title and fields disagree: a warning in the review, whose fix rewrites the title.
    const lead = 'Cut lead time from 48 hours to 4 hours';
    await app.addKeyResult(OBJECTIVE, {
      title: lead,
      metric: 'Lead time',
      unit: 'min',
      baseline: '25',
      target: '8',
      direction: 'decrease',
    });
    await app.settingStep('Review');
    const group = page.getByRole('region', { name: `Findings for ${OBJECTIVE}` });
    const disagreement = wizard.finding('Title disagrees with fields', group);
    await expect
      .poll(() => disagreement.innerText())
      .toContain('The title says 48 hours → 4 hours but the fields say 25 min → 8 min');
    // The review's summary line: its counts, or that nothing is left to flag.
    const lede = page.getByText(
      /(Fix a finding, or keep it on purpose with a reason|The coach has nothing to flag in this plan)\.$/,
    );
    const before = await lede.innerText();
    await expectAccessible(page, 'review with a disagreement finding');
    await disagreement.getByRole('button', { name: 'Apply suggestion' }).click();
    const fixed = 'Cut lead time from 25 min to 8 min';
    await expect.poll(() => disagreement.count()).toBe(0);
    await expect.poll(() => lede.innerText()).not.toBe(before);
    const note = page.getByRole('status').filter({ hasText: `Suggestion applied to “${fixed}”` });
    const undo = note.getByRole('button', { name: 'Undo' });
    await expect.poll(() => undo.evaluate((b) => b === document.activeElement)).toBe(true);
    await capture(page, 'guardrails-review-fix-note');
    await page.keyboard.press('Enter');
    // The finding is back, with the keyboard on the fix it undid.
    const again = disagreement.getByRole('button', { name: 'Apply suggestion' });
    await expect.poll(() => again.evaluate((b) => b === document.activeElement)).toBe(true);
    await app.settingStep('Key results');
    await expect.poll(() => app.keyResult(lead).isVisible()).toBe(true);
    expect(session.pageErrors).toEqual([]);
  });
});

describe('guard rails: moves that a slip cannot make for good', () => {
  it('moves to scoring early only after a question, and every phase move can be taken back', async (context) => {
    const session = await BrowserSession.start(context.task.name.replace(/\W+/g, '-'));
    const page = session.page;
    const app = new AppPage(page);
    // Next quarter: it has not begun, so the end is weeks away whatever today is.
    const label = currentQuarter().next;
    await planQuarter(app, label);
    await app.startQuarter();
    await app.undo();
    await expect.poll(() => app.isInPhase('Setting')).toBe(true);
    await app.startQuarter();

    // Scoring is not offered as the next step weeks before the end.
    const checkIns = new CheckInsPage(page);
    await checkIns.open();
    // Its first day is ahead: the page says when check-ins can be held, and offers none yet.
    await page.getByText(`${label} starts on 1 `).waitFor();
    expect(await page.getByRole('button', { name: 'Start check-in' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /move the quarter to scoring/i }).count()).toBe(
      0,
    );
    await app.quarterMenu('Move the quarter to scoring early…');
    const question = page.getByRole('alertdialog', { name: `Move ${label} to scoring now?` });
    // How soon it starts, not the weeks to its end, which would read as if it were running.
    expect(await question.innerText()).toMatch(/has not begun: it starts (in \d+ \w+|tomorrow)/);
    await question.getByRole('button', { name: 'Keep checking in' }).click();
    await question.waitFor({ state: 'detached' });
    expect(await app.isInPhase('Check-ins')).toBe(true);

    await app.quarterMenu('Move the quarter to scoring early…');
    await question.getByRole('button', { name: 'Move the quarter to scoring' }).click();
    await expect.poll(() => app.isInPhase('Scoring')).toBe(true);
    await app.undo();
    await expect.poll(() => app.isInPhase('Check-ins')).toBe(true);

    // Back to Setting from the menu, with the plan as it was.
    await app.quarterMenu('Move the quarter back to setting');
    await expect.poll(() => app.isInPhase('Setting')).toBe(true);
    expect(await app.keyResultTitles(OBJECTIVE)).toEqual(KRS.map((kr) => kr.title));

    // The dark appearance, chosen by hand, reads as well as the light one.
    await page.getByLabel('Appearance').selectOption('dark');
    await expectAccessible(page, 'setting, key results, dark');
    await app.settingStep('Review');
    await expectAccessible(page, 'setting, review, dark');
    await checkIns.open();
    await page.getByText(`${label} starts on 1 `).waitFor();
    await expectAccessible(page, 'check-ins, dark');
    expect(session.pageErrors).toEqual([]);
  });

  it('answers empty and negative check-ins clearly, refuses an over-long note, and asks before closing or deleting, with undo', async (context) => {
    const session = await BrowserSession.start(context.task.name.replace(/\W+/g, '-'));
    const page = session.page;
    const app = new AppPage(page);
    const quarter = currentQuarter();
    await planQuarter(app, quarter.label);
    await app.startQuarter();

    // A first check-in, then one where the value is left empty and confidence typed negative.
    const checkIns = new CheckInsPage(page);
    await checkIns.open();
    await page.getByRole('button', { name: 'Start check-in' }).click();
    await checkIns.answerByKeyboard({ value: '5', confidence: 70 });
    await checkIns.answerByKeyboard({ value: '96', confidence: 60 });
    await checkIns.answerByKeyboard({ value: '75', confidence: 50 });
    await page.getByRole('button', { name: 'Start check-in' }).click();
    const value = page.getByLabel(/^Current value/);
    await value.fill('');
    await expect
      .poll(() => page.getByText(/^No value: this check-in skips measuring/).innerText())
      .toContain('The latest value stays 5');
    const confidence = page.getByRole('textbox', { name: /^Confidence it will be met/ });
    await confidence.fill('-20');
    await confidence.press('Enter');
    await expect.poll(() => checkIns.meeting().getByText('Use 0 or more.').isVisible()).toBe(true);
    expect(await checkIns.currentKeyResult()).toBe(KRS[0]!.title);
    await confidence.fill('40');
    await confidence.press('Enter');
    await expect.poll(() => checkIns.currentKeyResult()).toBe(KRS[1]!.title);
    await page.getByRole('button', { name: 'Pause' }).click();
    const home = page.getByRole('region', { name: `Progress of ${OBJECTIVE}` });
    await expect.poll(() => home.innerText()).toContain('5 (not measured');

    // Retrospective: a 20,000-character note gets a sentence next to the field, never JSON.
    await app.phaseNav('Retrospective').click();
    const learned = page.getByLabel('What did we learn?');
    await learned.fill('x'.repeat(20_000));
    await page.getByRole('button', { name: 'Save and next' }).click();
    await expect
      .poll(() => page.getByText(/^Keep this to 2,000 characters or fewer/).isVisible())
      .toBe(true);
    expect(await page.getByText('"code"').count()).toBe(0);
    await learned.fill('Paging earlier halves MTTR');
    await page.getByRole('button', { name: 'Save and next' }).click();
    await page.getByText('Key result 2 of 3').waitFor();
    await page.getByRole('button', { name: 'Save and next' }).click();
    await page.getByText('Key result 3 of 3').waitFor();
    await page.getByRole('button', { name: 'Save and next' }).click();

    // Closing asks first and says what happens; Undo puts the quarter back.
    await page.getByRole('button', { name: 'Close quarter and start next' }).click();
    const closing = page.getByRole('alertdialog', {
      name: `Close ${quarter.label} and start ${quarter.next}?`,
    });
    expect(await closing.innerText()).toContain('0 carried-forward key results');
    await expectAccessible(page, 'close quarter question');
    await closing.getByRole('button', { name: `Close and start ${quarter.next}` }).click();
    const heading = (label: string) =>
      page.getByRole('heading', { name: `Payments Platform · ${label}` });
    await expect.poll(() => heading(quarter.next).isVisible()).toBe(true);
    await app.undo();
    await expect.poll(() => heading(quarter.label).isVisible()).toBe(true);
    await page.getByRole('heading', { name: 'The quarter, looking back' }).waitFor();
    const quarters = page.getByLabel('Quarter', { exact: true });
    expect(await quarters.getByRole('option').allInnerTexts()).not.toContain(quarter.next);

    // Closing again for real; then deleting the team says what goes, in numbers, with Undo.
    await page.getByRole('button', { name: 'Close quarter and start next' }).click();
    await closing.getByRole('button', { name: `Close and start ${quarter.next}` }).click();
    await expect.poll(() => heading(quarter.next).isVisible()).toBe(true);
    const deleting = await app.askToDeleteTeam('Payments Platform');
    expect(await deleting.innerText()).toContain(
      'This deletes Payments Platform with 2 quarters, 1 objective, 3 key results and 4 check-ins.',
    );
    await deleting.getByRole('button', { name: 'Keep the team' }).click();
    await deleting.waitFor({ state: 'detached' });
    await app.askToDeleteTeam('Payments Platform');
    await deleting.getByRole('button', { name: 'Delete team' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Edit team' }).count()).toBe(0);
    await app.undo();
    await expect.poll(() => page.getByRole('button', { name: 'Edit team' }).count()).toBe(1);
    expect(await quarters.getByRole('option').allInnerTexts()).toEqual(
      expect.arrayContaining([quarter.label, quarter.next]),
    );
    expect(session.pageErrors).toEqual([]);
  });
});
