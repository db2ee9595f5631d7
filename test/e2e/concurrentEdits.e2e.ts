import { describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { RecordConflictPage } from './pages/RecordConflictPage';
import { currentQuarter } from './support/plan';
import { capture } from './support/capture';
import { BrowserSession } from './support/session';

/*
 * Two windows of one profile (one browser context, two pages) editing the same records, as two
 * tabs of `npm run web` or two desktop windows would: no save overwrites the other unseen.
 * With QUARTERDECK_SCREENSHOTS set, the conflict prompt is captured into test-results/.
 */

const OBJECTIVE = 'Checkout never gets in the way of buying';
const KR = {
  title: 'Raise checkout success rate from 94% to 98%',
  metric: 'Checkout success rate',
  unit: '%',
  baseline: '94',
  target: '98',
  owner: 'Ana',
};
const RENAMED_KR = 'Checkout success rate from 94% to 98.5%';

describe('concurrent edits in two windows of one profile', () => {
  it('never loses a save: a key result, an objective and a retrospective answer', async (context) => {
    const session = await BrowserSession.start(context.task.name.replace(/\W+/g, '-'));
    const a = new AppPage(session.page);
    await a.createTeam('Payments Platform', 'platform');
    await a.createQuarter(currentQuarter().label, 'monthly');
    await a.addObjective({ title: OBJECTIVE });
    await a.addKeyResult(OBJECTIVE, KR);

    const b = new AppPage(await session.secondWindow());
    const conflicts = new RecordConflictPage(b.page);

    // Key result, the case: B opens it and changes the owner; A renames it and saves.
    const bEditor = await b.openKeyResult(KR.title);
    await bEditor.getByLabel('Owner', { exact: true }).fill('Ben');
    await a.editKeyResult(KR.title, { title: RENAMED_KR });
    // B's open form says so at once, and keeps what B typed.
    await expect
      .poll(() => conflicts.notice(bEditor).innerText())
      .toBe(
        'This key result was changed in another window: title. Your edits are kept; saving will ask what to keep.',
      );
    expect(await bEditor.getByLabel('Owner', { exact: true }).inputValue()).toBe('Ben');
    await capture(b.page, 'changed-elsewhere-notice');
    await bEditor.getByRole('button', { name: 'Save key result' }).click();
    await conflicts.dialog('key result').waitFor();
    expect(await conflicts.rows('key result')).toEqual([
      [KR.title, RENAMED_KR],
      ['Ben', 'Ana'],
    ]);
    await capture(b.page, 'conflict-dialog');
    await conflicts.answer('key result', 'Save merged');
    await bEditor.waitFor({ state: 'detached' });
    // A's rename is not reverted, and B's owner is kept: both windows show both.
    for (const app of [a, b]) {
      await app.keyResult(RENAMED_KR).waitFor();
      await expect.poll(() => app.keyResult(RENAMED_KR).innerText()).toContain('Ben');
    }

    // Objective: both rename it; B also describes it, then takes A's title over its own.
    await b.settingStep('Objectives');
    await b.page.getByRole('button', { name: `Edit objective: ${OBJECTIVE}` }).click();
    const bObjective = b.dialog('Edit objective');
    await bObjective.getByLabel('Objective title').fill('Checkout is effortless');
    await bObjective.getByLabel('Description').fill('Fewer steps, fewer failures');
    await a.settingStep('Objectives');
    await a.page.getByRole('button', { name: `Edit objective: ${OBJECTIVE}` }).click();
    const aObjective = a.dialog('Edit objective');
    await aObjective.getByLabel('Objective title').fill('Buying is never blocked by checkout');
    await aObjective.getByRole('button', { name: 'Save objective' }).click();
    await aObjective.waitFor({ state: 'detached' });
    await expect.poll(() => conflicts.notice(bObjective).innerText()).toContain('title');
    await bObjective.getByRole('button', { name: 'Save objective' }).click();
    await conflicts.dialog('objective').waitFor();
    await conflicts.choose('objective', 'title', 'theirs');
    await capture(b.page, 'conflict-dialog-both-changed');
    await conflicts.answer('objective', 'Save merged');
    await bObjective.waitFor({ state: 'detached' });
    for (const app of [a, b]) {
      const card = app.objective('Buying is never blocked by checkout');
      await expect.poll(() => card.innerText()).toContain('Fewer steps, fewer failures');
    }

    // Retrospective answer: both answer the same key result; B keeps its own answers.
    // A takes the quarter to its retrospective: started, then scored.
    await a.startQuarter();
    await a.moveToScoring();
    await a.page.getByRole('button', { name: 'Move the quarter to the retrospective' }).click();
    await a.page.getByLabel('What worked?').waitFor();
    await b.phaseNav('Retrospective').click();
    await b.page.getByLabel('What worked?').fill('Error budgets on the payment page');
    await a.page.getByLabel('What did not work?').fill('Provider outages dominated');
    await a.page.getByRole('button', { name: 'Save and next' }).click();
    await a.page.getByRole('heading', { name: 'The quarter, looking back' }).waitFor();
    const bRetro = b.page.getByRole('region', { name: 'Retrospective' });
    await expect
      .poll(() => conflicts.notice(bRetro).innerText())
      .toBe(
        'This retrospective answer was changed in another window: what did not work. Your edits are kept; saving will ask what to keep.',
      );
    await b.page.getByRole('button', { name: 'Save and next' }).click();
    await conflicts.dialog('retrospective answer').waitFor();
    expect(await conflicts.rows('retrospective answer')).toEqual([
      ['Error budgets on the payment page', '(empty)'],
      ['(empty)', 'Provider outages dominated'],
    ]);
    await conflicts.answer('retrospective answer', 'Keep mine');
    await b.page.getByRole('heading', { name: 'The quarter, looking back' }).waitFor();

    // A third window reads what was saved: B's answers over A's, as B chose.
    const c = await session.secondWindow();
    await new AppPage(c).phaseNav('Retrospective').click();
    await c.getByRole('button', { name: '← Previous' }).click();
    await expect
      .poll(() => c.getByLabel('What worked?').inputValue())
      .toBe('Error budgets on the payment page');
    expect(await c.getByLabel('What did not work?').inputValue()).toBe('');
    expect(session.pageErrors).toEqual([]);
  });
});
