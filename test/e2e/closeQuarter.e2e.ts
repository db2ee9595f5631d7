import { describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { CheckInsPage } from './pages/CheckInsPage';
import { ExportPage } from './pages/ExportPage';
import { expectAccessible } from './support/axe';
import { currentQuarter, RELIABILITY_KRS, RELIABILITY_OBJECTIVE } from './support/plan';
import { BrowserSession } from './support/session';

const OBJECTIVE = RELIABILITY_OBJECTIVE;
const KRS = RELIABILITY_KRS;

describe('scoring and retrospective: close the quarter, learn from it, carry forward', () => {
  it('scores with an override, resumes the retro after a restart, and carries two KRs into the next quarter', async (context) => {
    const session = await BrowserSession.start(context.task.name.replace(/\W+/g, '-'));
    let page = session.page;
    const app = new AppPage(page);
    const quarter = currentQuarter();
    await app.createTeam('Payments Platform', 'platform');
    await app.createQuarter(quarter.label, 'monthly');
    await app.addObjective({ title: OBJECTIVE });
    for (const kr of KRS) await app.addKeyResult(OBJECTIVE, kr);
    await app.startQuarter();

    // One check-in gives every KR a latest value.
    const checkIns = new CheckInsPage(page);
    await checkIns.open();
    await page.getByRole('button', { name: 'Start check-in' }).click();
    await checkIns.answerByKeyboard({ value: '3', confidence: 70 });
    await checkIns.answerByKeyboard({ value: '96', confidence: 60 });
    await checkIns.answerByKeyboard({ value: '75', confidence: 50 });
    await page.getByRole('button', { name: 'Start check-in' }).waitFor();

    // Scoring opens with its phase (before it, the screen shows provisional readings only): a
    // final value for one KR, an override with a reason for another.
    await app.moveToScoring();
    const scores = page.getByRole('region', { name: `Scores of ${OBJECTIVE}` });
    await expect.poll(() => scores.isVisible()).toBe(true);
    await page.getByLabel(`Final value of ${KRS[0]!.title}`).fill('2');
    await page.getByLabel(`Final value of ${KRS[0]!.title}`).press('Enter');
    const firstRow = scores.getByRole('row', { name: new RegExp(`^${KRS[0]!.title}`) });
    await expect.poll(() => firstRow.innerText()).toContain('1.0');
    await page.getByLabel(`Override score of ${KRS[1]!.title}`).selectOption('0.3');
    const reason = page.getByLabel(`Reason for overriding ${KRS[1]!.title}`);
    await reason.press('Enter');
    await expect
      .poll(() => scores.getByRole('alert').first().innerText())
      .toContain('Say why the score is overridden');
    await reason.fill('The rise came from a pricing change, not from checkout fixes');
    await reason.press('Enter');
    const secondRow = scores.getByRole('row', { name: new RegExp(`^${KRS[1]!.title}`) });
    await expect.poll(() => secondRow.innerText()).toContain('computed 0.5');
    expect(await secondRow.innerText()).toContain('0.3');
    await expectAccessible(page, 'scoring');
    await page.getByRole('button', { name: 'Move the quarter to the retrospective' }).click();

    // Retro: two KRs answered and carried forward, then a restart in the middle.
    await expect.poll(() => page.getByText('Key result 1 of 3').isVisible()).toBe(true);
    await expectAccessible(page, 'retrospective, one key result');
    await page.getByLabel('What worked?').fill('The DB failover runbook');
    await page.getByLabel(/^Carry this key result/).check();
    await page.getByRole('button', { name: 'Save and next' }).click();
    await expect.poll(() => page.getByText('Key result 2 of 3').isVisible()).toBe(true);
    await page.getByLabel('What did not work?').fill('Provider outages dominated');
    await page.getByLabel(/^Carry this key result/).check();
    await page.getByRole('button', { name: 'Save and next' }).click();
    await expect.poll(() => page.getByText('Key result 3 of 3').isVisible()).toBe(true);

    page = await session.restart();
    await expect.poll(() => page.getByText('Key result 3 of 3').isVisible()).toBe(true);
    await page.getByLabel('What did we learn?').fill('Paging earlier halves MTTR');
    await page.getByRole('button', { name: 'Save and next' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'The quarter, looking back' }).isVisible())
      .toBe(true);
    await page
      .getByLabel('Which working assumptions were wrong?')
      .fill('That checkout errors were ours');
    await page.getByLabel(`Calibration of ${KRS[0]!.title}`).selectOption('too-easy');
    await page
      .getByLabel('The quarter in two or three sentences')
      .fill('Incidents fell by half. Checkout is not yet fast enough.');
    await page.getByLabel('What do we ask for next quarter?').fill('A DBA two days a week');
    await expectAccessible(page, 'retrospective, the quarter');
    await page.getByRole('button', { name: 'Close quarter and start next' }).click();
    await page
      .getByRole('alertdialog', { name: `Close ${quarter.label} and start ${quarter.next}?` })
      .getByRole('button', { name: `Close and start ${quarter.next}` })
      .click();

    // The next quarter, in Setting, with the carried KRs at their last values (in the title
    // too, so title and fields agree) and lineage shown.
    const next = new AppPage(page);
    const carriedP1 = 'P1 incidents from 2 to 2 per quarter';
    const carriedCheckout = 'Checkout success rate from 96% to 98%';
    await expect
      .poll(() =>
        page.getByRole('heading', { name: `Payments Platform · ${quarter.next}` }).isVisible(),
      )
      .toBe(true);
    await expect.poll(() => next.keyResultTitles(OBJECTIVE)).toEqual([carriedP1, carriedCheckout]);
    expect(await next.keyResult(carriedP1).innerText()).toContain(`2 → 2`);
    expect(await next.keyResult(carriedP1).innerText()).toContain(`Carried from ${quarter.label}`);
    expect(await next.keyResult(carriedCheckout).innerText()).toContain('96% → 98%');

    // The old quarter is closed and read-only, and shows where its KRs went.
    await page.getByLabel('Quarter', { exact: true }).selectOption({ label: quarter.label });
    await page
      .getByRole('navigation', { name: 'Cycle phases' })
      .getByRole('button', { name: 'Scoring' })
      .click();
    await expect.poll(() => page.getByText(`${quarter.label} is closed`).isVisible()).toBe(true);
    expect(await page.getByLabel(`Final value of ${KRS[0]!.title}`).isDisabled()).toBe(true);
    expect(
      await page.getByRole('region', { name: `Scores of ${OBJECTIVE}` }).innerText(),
    ).toContain(`carried into ${quarter.next}`);

    // Its review opens with the team's headline and asks.
    const md = (await new ExportPage(page).exportAs(/^Markdown/)).bytes.toString('utf8');
    expect(md).toContain(
      '## Summary\n\nIncidents fell by half. Checkout is not yet fast enough.\n',
    );
    expect(md).toContain('**Asks for next quarter**\n\n- A DBA two days a week\n');
    expect(session.pageErrors).toEqual([]);
  });
});
