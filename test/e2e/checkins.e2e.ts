import { describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { CheckInsPage } from './pages/CheckInsPage';
import { expectAccessible } from './support/axe';
import { currentQuarter, RELIABILITY_KRS, RELIABILITY_OBJECTIVE } from './support/plan';
import { BrowserSession } from './support/session';

const OBJECTIVE = RELIABILITY_OBJECTIVE;
const KRS = RELIABILITY_KRS;

describe('check-ins: a keyboard-first meeting, an honest at-risk list, and history that is kept', () => {
  it('runs a check-in by keyboard across a restart, flags a confidence drop, and keeps corrected history', async (context) => {
    const session = await BrowserSession.start(context.task.name.replace(/\W+/g, '-'));
    let page = session.page;
    const app = new AppPage(page);
    await app.createTeam('Payments Platform', 'platform');
    await app.createQuarter(currentQuarter().label, 'biweekly');
    await app.addObjective({ title: OBJECTIVE });
    for (const kr of KRS) await app.addKeyResult(OBJECTIVE, kr);

    let checkIns = new CheckInsPage(page);
    await checkIns.open();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Check-ins', level: 2 }).isVisible())
      .toBe(true);
    await expectAccessible(page, 'check-ins home before any check-in');

    // Values at their targets keep the pace rule quiet whatever day of the quarter this runs.
    // First check-in, by keyboard: two KRs, pause, restart, resume, finish.
    await page.getByRole('button', { name: 'Start check-in' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => checkIns.currentKeyResult()).toBe(KRS[0]!.title);
    await expect.poll(() => page.getByText('1 of 3').isVisible()).toBe(true);
    await expectAccessible(page, 'check-in meeting');
    await checkIns.answerByKeyboard({
      value: '2',
      confidence: 80,
      changed: 'Six fewer P1s after the DB fix',
    });
    await expect.poll(() => checkIns.currentKeyResult()).toBe(KRS[1]!.title);
    await checkIns.answerByKeyboard({
      value: '98',
      confidence: 70,
      blockers: 'Waiting on the payments provider',
    });
    await expect.poll(() => checkIns.currentKeyResult()).toBe(KRS[2]!.title);
    // Type part of the third answer, then pause from the keyboard.
    await page.keyboard.type('35');
    await page.getByRole('button', { name: 'Pause' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('button', { name: /Resume check-in \(1 left\)/ }).isVisible())
      .toBe(true);

    page = await session.restart();
    checkIns = new CheckInsPage(page);
    await expect
      .poll(() => page.getByRole('button', { name: /Resume check-in \(1 left\)/ }).isVisible())
      .toBe(true);
    await page.getByRole('button', { name: /Resume check-in/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => checkIns.currentKeyResult()).toBe(KRS[2]!.title);
    await expect.poll(() => page.getByLabel(/^Current value/).inputValue()).toBe('35');
    await checkIns.answerByKeyboard({ value: '30', confidence: 60 });
    await expect
      .poll(() => page.getByRole('button', { name: 'Start check-in' }).isVisible())
      .toBe(true);
    await expect
      .poll(() => page.getByRole('region', { name: 'Blockers' }).innerText())
      .toContain('Waiting on the payments provider');
    await expect
      .poll(() => page.getByRole('region', { name: 'At risk' }).innerText())
      .toContain('Nothing at risk');

    // Second check-in: the first KR's confidence drops by 30 points.
    await page.getByRole('button', { name: 'Start check-in' }).click();
    await expect.poll(() => page.getByLabel(/^Current value/).inputValue()).toBe('2');
    await checkIns.answerByKeyboard({
      value: '2',
      confidence: 50,
      changed: 'A new P1 class appeared',
    });
    await checkIns.answerByKeyboard({ value: '98', confidence: 70 });
    await checkIns.answerByKeyboard({ value: '30', confidence: 65 });
    const risky = checkIns.atRiskItem(KRS[0]!.title);
    await expect.poll(() => risky.innerText()).toContain('Confidence fell 30 points');
    expect(await page.getByRole('region', { name: 'At risk' }).innerText()).not.toContain(
      KRS[1]!.title,
    );
    await expectAccessible(page, 'check-ins home with an at-risk KR');

    // Correct the latest check-in of the first KR: the earlier version stays visible.
    await risky.getByRole('button', { name: KRS[0]!.title }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: KRS[0]!.title, level: 2 }).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByRole('img').count()).toBe(2);
    await expectAccessible(page, 'key result detail');
    await page.getByRole('button', { name: 'Correct…' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Correct check-in' });
    await dialog.getByLabel('Value (count)').fill('3');
    await dialog.getByRole('button', { name: 'Save correction' }).click();
    await dialog.waitFor({ state: 'detached' });
    const history = page.getByRole('region', { name: 'Check-in history' });
    await expect.poll(() => history.innerText()).toContain('before it said 2, 50% confident');
    expect(await history.getByRole('listitem', { name: /^Check-in of/ }).count()).toBe(2);
    expect(session.pageErrors).toEqual([]);
  });
});
