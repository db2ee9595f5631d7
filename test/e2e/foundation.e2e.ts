import { beforeEach, describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { expectAccessible } from './support/axe';
import { BrowserSession } from './support/session';

const OBJECTIVE = 'Checkout never gets in the way of buying';
const KRS = [
  {
    title: 'Checkout success rate from 94% to 98%',
    metric: 'checkout success rate',
    unit: '%',
    baseline: '94',
    target: '98',
  },
  {
    title: 'Cut checkout p75 LCP from 3.2 s to 1.5 s',
    metric: 'p75 LCP',
    unit: 's',
    baseline: '3.2',
    target: '1.5',
    direction: 'decrease' as const,
  },
  {
    title: 'Payment 5xx rate below 0.2%',
    metric: 'payment 5xx rate',
    unit: '%',
    baseline: '0.8',
    target: '0.2',
    direction: 'decrease' as const,
  },
];

describe('foundation: teams, quarters, objectives and key results in Chromium', () => {
  let session: BrowserSession;
  let app: AppPage;

  beforeEach(async (context) => {
    session = await BrowserSession.start(context.task.name.replace(/\W+/g, '-'));
    app = new AppPage(session.page);
  });

  it('creates, edits, reorders, deletes with undo, and keeps everything across a restart', async () => {
    const page = session.page;
    await expect
      .poll(() => page.getByRole('heading', { name: 'Welcome to Quarterdeck' }).isVisible())
      .toBe(true);
    await expectAccessible(page, 'welcome');

    await app.createTeam('Payments Platform', 'platform');
    await expect
      .poll(() =>
        page.getByRole('heading', { name: 'Payments Platform has no quarters yet' }).isVisible(),
      )
      .toBe(true);
    await expectAccessible(page, 'team without quarters');

    await page.getByRole('button', { name: 'New quarter' }).first().click();
    await expectAccessible(page, 'new quarter dialog');
    await page.keyboard.press('Escape');
    await app.createQuarter('2027-Q1', 'biweekly');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Payments Platform · 2027-Q1' }).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByText('1 Jan 2027 – 31 Mar 2027').isVisible()).toBe(true);
    await expectAccessible(page, 'empty objectives');

    await app.addObjective({
      title: OBJECTIVE,
      description: 'Buyers who reach checkout should finish it.',
      businessNeed: 'Grow revenue',
      engineeringLever: 'Improve conversion',
    });
    for (const kr of KRS) await app.addKeyResult(OBJECTIVE, kr);
    // The list shows a saved key result a moment after its dialog closes.
    await expect.poll(() => app.keyResultTitles(OBJECTIVE)).toEqual(KRS.map((k) => k.title));
    await expect.poll(() => app.keyResult(KRS[1]!.title).innerText()).toContain('3.2 s → 1.5 s');
    await expectAccessible(page, 'objectives with key results');

    // Edit: the new values show in the list.
    await page.getByRole('button', { name: `Edit key result: ${KRS[0]!.title}` }).click();
    await expectAccessible(page, 'edit key result dialog');
    await page
      .getByRole('dialog', { name: 'Edit key result' })
      .getByRole('button', { name: 'Cancel' })
      .click();
    await app.editKeyResult(KRS[0]!.title, {
      title: 'Checkout success rate from 94% to 99%',
      target: '99',
      owner: 'Team',
    });
    const edited = 'Checkout success rate from 94% to 99%';
    await expect.poll(() => app.keyResult(edited).innerText()).toContain('94% → 99%');

    // Reorder: the last key result moves up one place.
    await page.getByRole('button', { name: `Move key result up: ${KRS[2]!.title}` }).click();
    await expect
      .poll(() => app.keyResultTitles(OBJECTIVE))
      .toEqual([edited, KRS[2]!.title, KRS[1]!.title]);

    // Delete, then undo with the toast's button; delete again and undo with Ctrl+Z.
    await app.deleteKeyResult(KRS[1]!.title);
    await expect.poll(() => app.keyResultTitles(OBJECTIVE)).toEqual([edited, KRS[2]!.title]);
    await expect.poll(() => page.getByRole('status').innerText()).toContain('deleted');
    await expectAccessible(page, 'deletion toast');
    await app.undo();
    await expect
      .poll(() => app.keyResultTitles(OBJECTIVE))
      .toEqual([edited, KRS[2]!.title, KRS[1]!.title]);
    await app.deleteKeyResult(KRS[2]!.title);
    await expect.poll(() => app.keyResultTitles(OBJECTIVE)).toEqual([edited, KRS[1]!.title]);
    // Focus leaves the list (a heading takes no focus), so Ctrl+Z is the app's, not a field's.
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => app.keyResultTitles(OBJECTIVE))
      .toEqual([edited, KRS[2]!.title, KRS[1]!.title]);

    // The other phases open on this quarter: its key results to check in on, and what scoring
    // and the retrospective will hold once the quarter has started.
    for (const [nav, heading] of [
      ['Check-ins', 'Check-ins'],
      ['Scoring', 'Scoring comes later in 2027-Q1'],
      ['Retrospective', 'The retrospective comes later in 2027-Q1'],
    ] as const) {
      await app.phaseNav(nav).click();
      await expect
        .poll(() => page.getByRole('heading', { name: heading, level: 2 }).first().isVisible())
        .toBe(true);
      await expectAccessible(page, `${nav} phase`);
    }
    await app.phaseNav('Setting').click();

    // Quit and relaunch on the same profile: everything is still there, on the same screen.
    const restarted = await session.restart();
    const again = new AppPage(restarted);
    await expect
      .poll(() =>
        restarted.getByRole('heading', { name: 'Payments Platform · 2027-Q1' }).isVisible(),
      )
      .toBe(true);
    await expect
      .poll(() => again.keyResultTitles(OBJECTIVE))
      .toEqual([edited, KRS[2]!.title, KRS[1]!.title]);
    await expect.poll(() => again.keyResult(edited).innerText()).toContain('Owner: Team');
    expect(await again.objective(OBJECTIVE).innerText()).toContain(
      'Grow revenue → Improve conversion',
    );
    expect(session.pageErrors).toEqual([]);
  });

  it('shows clear errors for bad input and saves nothing until it is fixed', async () => {
    const page = session.page;
    await app.createTeam('Data', 'data');
    await page.getByRole('button', { name: 'New quarter' }).first().click();
    const quarter = app.dialog('New quarter');
    await quarter.getByLabel('Quarter label').fill('Spring');
    await quarter.getByRole('button', { name: 'Create quarter' }).click();
    await expect
      .poll(() => quarter.getByRole('alert').first().innerText())
      .toContain('Use a label like 2027-Q1');
    await expectAccessible(page, 'quarter dialog with errors');
    await quarter.getByLabel('Quarter label').fill('2027-Q2');
    await quarter.getByRole('button', { name: 'Create quarter' }).click();
    await quarter.waitFor({ state: 'detached' });

    // The same label twice for one team is refused with a reason.
    await page.getByRole('button', { name: 'New quarter' }).first().click();
    await app.dialog('New quarter').getByLabel('Quarter label').fill('2027-Q2');
    await app.dialog('New quarter').getByRole('button', { name: 'Create quarter' }).click();
    await expect
      .poll(() => app.dialog('New quarter').getByRole('alert').first().innerText())
      .toContain('already has a quarter called 2027-Q2');
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Discard changes' }).click();

    await app.addObjective({ title: 'Dashboards people trust' });
    await app.settingStep('Key results');
    await app
      .objective('Dashboards people trust')
      .getByRole('button', { name: 'Add key result' })
      .click();
    const kr = app.dialog('Add key result');
    await kr
      .getByLabel('Key result title', { exact: true })
      .fill('All dashboards under 15 min stale');
    await kr.getByLabel('Baseline', { exact: true }).fill('twelve');
    await kr.getByRole('button', { name: 'Save key result' }).click();
    await expect
      .poll(() => kr.getByRole('alert').first().innerText())
      .toContain('"twelve" is not a number');
    await kr.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Discard changes' }).click();
    await expect.poll(() => app.keyResultTitles('Dashboards people trust')).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
