import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { PresentationPage } from './pages/PresentationPage';
import { WorkshopPage } from './pages/WorkshopPage';
import { expectAccessible } from './support/axe';
import { BrowserSession } from './support/session';

const PEOPLE = ['Ana', 'Ben', 'Chloé', 'Dev'] as const;

/** Twelve sticky notes from a planning room; two say the same thing. */
const CARDS = [
  'Checkout loads in under two seconds',
  'Fewer abandoned carts on mobile',
  'One-click reorder for regulars',
  'Payments retry on provider errors',
  'Survive Black Friday without paging',
  'Autoscaling reacts within a minute',
  'Self-serve refunds',
  'Faster checkout',
  'Fraud checks stop blocking good customers',
  'Status page customers trust',
  'Cheaper cloud bill per order',
  'On-call that lets people sleep',
] as const;

const KR = 'Checkout p75 LCP from 3.2 s to 1.5 s';

/** Where the screenshots a person looks at go (never committed: test-results/ is ignored). */
const shot = (name: string) => join('test-results', `workshop-${name}.png`);

/** More screens to look at, on request: `QUARTERDECK_SCREENSHOTS=workshop`. */
const extraShot = async (
  target: { screenshot: (o: { path: string }) => Promise<unknown> },
  name: string,
) => {
  if (process.env.QUARTERDECK_SCREENSHOTS === 'workshop')
    await target.screenshot({ path: shot(name) });
};

describe('the facilitator’s workshop', () => {
  it('runs a planning session from one laptop with the projector in step, and survives a restart', async (context) => {
    const T0 = new Date('2027-01-11T09:00:00.000Z');
    const session = await BrowserSession.start(
      context.task.name.replace(/\W+/g, '-').slice(0, 60),
      { width: 1280, height: 800 },
      null,
      { clockAt: T0 },
    );
    let page = session.page;
    const clock = () => page.context().clock;
    const app = new AppPage(page);
    let w = new WorkshopPage(page);
    await app.createTeam('Payments Platform', 'platform');
    await app.createQuarter('2027-Q1', 'biweekly');

    // The facilitator builds the agenda from the one Quarterdeck proposes.
    await w.open();
    await expectAccessible(page, 'workshops of a quarter');
    await w.create('Planning workshop');
    await w.editAgendaItem('Context: business need → engineering lever', {
      title: 'Why we are here',
      minutes: '5',
    });
    await w.moveAgendaItem('Dependencies on other teams', 'up');
    await w.addAgendaItem('Discussion', 'Coffee break', '10');
    await w.removeAgendaItem('Dependencies on other teams');
    expect(await w.agendaTitles()).toEqual([
      'Why we are here',
      'Silent writing: objective ideas',
      'Cluster the ideas',
      'Dot vote on the objectives',
      'Key results for the chosen objectives',
      'Confidence vote',
      'Wrap-up: decisions and owners',
      'Coffee break',
    ]);
    await w.moveAgendaItem('Coffee break', 'up');
    await w.moveAgendaItem('Coffee break', 'up');
    for (const name of PEOPLE) await w.addParticipant(name);

    // The projector: a second tab of the same app, in step through the database.
    const screen = new PresentationPage(await w.openPresentation());
    await expect.poll(() => screen.title().innerText()).toBe('Planning workshop · 2027-Q1');
    await extraShot(screen.page, 'presentation-before-start');

    // Item 1 moves the app to the chain step, and runs over its five minutes.
    await w.startItem('Why we are here');
    const chainStep = page
      .getByRole('navigation', { name: 'Setting steps' })
      .getByRole('button', { name: /^The chain/ });
    await expect.poll(() => chainStep.getAttribute('aria-current')).toBe('step');
    await expect.poll(() => w.bar().getByRole('timer').innerText()).toContain('Running');
    await extraShot(page, 'bar-on-setting');
    await expect.poll(() => screen.title().innerText()).toBe('Why we are here');
    await clock().fastForward('03:30');
    await expect.poll(() => w.timer().innerText()).toContain('Under 2 minutes left');
    await expect.poll(() => screen.timer().innerText()).toContain('Under 2 minutes left');
    await clock().fastForward('02:00');
    await expect.poll(() => w.timer().innerText()).toMatch(/^\+0:\d\d\s+Over time$/);
    await expect.poll(() => screen.timer().innerText()).toContain('Over time');
    await w.addMinutes(1);
    await expect.poll(() => w.timer().innerText()).toContain('Under 2 minutes left');
    await w.timerButton('Next item →');

    // Item 2 brings the workshop screen back: twelve cards, typed and Entered, on the projector.
    await w.cardField().waitFor();
    expect(await w.agendaItem('Why we are here').innerText()).toContain('Done');
    await w.captureCards(CARDS.slice(0, 6), 'Ana');
    await w.captureCards(CARDS.slice(6), 'Ben');
    await expect.poll(() => screen.main().innerText()).toContain('12 ideas');
    for (const card of CARDS) expect(await screen.main().innerText()).toContain(card);
    await w.timerButton('Pause');
    await expect.poll(() => w.timer().innerText()).toContain('Paused');
    const paused = await w.timer().innerText();
    await clock().fastForward('05:00');
    expect(await w.timer().innerText()).toBe(paused);
    await w.timerButton('Resume');
    await w.timerButton('Next item →');

    // Clustering, by keyboard and by drag; a duplicate merged.
    // The capture step shows the same cards: wait for them on the clustering board.
    await w.boardCard(CARDS[0]).waitFor();
    await w.pressOnCard(CARDS[0], 'n');
    await w.renameCluster(CARDS[0], 'Checkout speed');
    for (const card of [CARDS[1], CARDS[2], CARDS[3]]) await w.pressOnCard(card, '1');
    await w.pressOnCard(CARDS[4], 'n');
    await w.renameCluster(CARDS[4], 'Peak readiness');
    await w.dragCardTo(CARDS[5], w.cluster('Peak readiness', 2));
    await w.pressOnCard(CARDS[9], '2');
    await w.mergeDuplicate('Faster checkout', CARDS[0]);
    const speed = w.cluster('Checkout speed', 1);
    await expect.poll(() => speed.getByRole('button', { name: /^Card: / }).count()).toBe(4);
    await expect
      .poll(() =>
        w
          .cluster('Peak readiness', 2)
          .getByRole('button', { name: /^Card: / })
          .count(),
      )
      .toBe(3);
    await expect.poll(() => w.card('Faster checkout').count()).toBe(0);
    expect(await speed.innerText()).toContain('+1 duplicate');
    await expect.poll(() => screen.cluster('Checkout speed').isVisible()).toBe(true);
    await expectAccessible(page, 'workshop, clustering');
    await page.getByRole('heading', { name: 'Cluster the ideas' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('facilitator-1280x800') });
    await screen.resize(1920, 1080);
    await expectAccessible(screen.page, 'presentation, light');
    await screen.page.screenshot({ path: shot('presentation-light-1920x1080') });

    // A dot vote with four participants: private turns, revealed together, top two promoted.
    await w.timerButton('Next item →');
    const ballots: Record<(typeof PEOPLE)[number], Record<string, number>> = {
      Ana: { 'Checkout speed': 2, 'Peak readiness': 1 },
      Ben: { 'Checkout speed': 1, 'Self-serve refunds': 2 },
      Chloé: { 'Peak readiness': 2, 'Self-serve refunds': 1 },
      Dev: { 'Checkout speed': 2, 'Peak readiness': 1 },
    };
    for (const [i, name] of PEOPLE.entries()) {
      await w.placeDots(name, ballots[name]);
      await expect.poll(() => w.voteStatus().innerText()).toContain(`${i + 1} of 4 have voted`);
      // Between people the screen shows who has voted, never what.
      expect(await page.getByRole('region', { name: /is voting$/ }).count()).toBe(0);
      expect(await w.dotResults().count()).toBe(0);
      await expect.poll(() => screen.main().innerText()).toContain(`${i + 1} of 4 have voted`);
      if (i === 1) await extraShot(screen.page, 'presentation-voting');
    }
    expect(await w.dotResults().count()).toBe(0);
    await w.revealDots();
    const ranked = w.dotResults().getByRole('listitem');
    await expect
      .poll(() => ranked.first().getAttribute('aria-label'))
      .toBe('Rank 1: Checkout speed, 5 dots');
    expect(await ranked.nth(1).getAttribute('aria-label')).toBe('Rank 2: Peak readiness, 4 dots');
    expect(await ranked.nth(2).getAttribute('aria-label')).toBe(
      'Rank 3: Self-serve refunds, 3 dots',
    );
    await expect.poll(() => screen.dotResults().isVisible()).toBe(true);
    await extraShot(page, 'dot-results-facilitator');
    await w.setDarkProjector(true);
    await expect.poll(() => screen.main().getAttribute('class')).toContain('present--dark');
    await expectAccessible(screen.page, 'presentation, dark');
    await screen.page.screenshot({ path: shot('presentation-dark-1920x1080') });
    await w.promoteWinners();
    await expect.poll(() => page.getByText('✓ Checkout speed → objective').isVisible()).toBe(true);

    // The key-results item moves the app to that step, where the promoted objectives wait.
    await w.timerButton('Next item →');
    const krStep = page
      .getByRole('navigation', { name: 'Setting steps' })
      .getByRole('button', { name: /^Key results/ });
    await expect.poll(() => krStep.getAttribute('aria-current')).toBe('step');
    await app.objective('Checkout speed').waitFor();
    await app.objective('Peak readiness').waitFor();
    expect(await app.objective('Checkout speed').innerText()).toContain('Faster checkout');
    await app.addKeyResult('Checkout speed', {
      title: KR,
      metric: 'Real-user p75 LCP',
      unit: 's',
      baseline: '3.2',
      target: '1.5',
      direction: 'decrease',
      owner: 'Web platform',
    });
    await w.timerButton('Next item →');
    await w.timerButton('Skip item');

    // A confidence vote on one key result with a wide spread.
    await w.startConfidenceVote(KR);
    const values = { Ana: 20, Ben: 85, Chloé: 50, Dev: 70 };
    for (const [i, name] of PEOPLE.entries()) {
      await w.castConfidence(name, values[name]);
      await expect.poll(() => w.voteStatus().innerText()).toContain(`${i + 1} of 4 have voted`);
      expect(await page.getByText(`${values[name]}%`).count()).toBe(0);
    }
    await expect.poll(() => screen.main().innerText()).toContain('4 of 4 have voted');
    await w.revealConfidence();
    const results = w.confidenceResults();
    await expect.poll(() => results.innerText()).toContain('Median 60% · spread 65 points');
    expect(await results.getByRole('status').first().innerText()).toContain(
      'The votes are 65 points apart (20% to 85%)',
    );
    await expect.poll(() => screen.main().innerText()).toContain('Let’s talk');
    await extraShot(screen.page, 'presentation-confidence-dark');
    await extraShot(page, 'confidence-facilitator');
    await w.agreeConfidence(60);
    await expect.poll(() => results.innerText()).toContain('Agreed starting confidence: 60%');

    // Wrap-up: a decision; an open question typed but not added when the laptop is closed.
    await w.timerButton('Next item →');
    await w.addToList('New decision', 'Checkout speed and peak readiness are the objectives');
    await page.getByLabel('New open question').fill('Who measures mobile LCP?');
    await clock().fastForward('00:12');
    const closedAt = await page.evaluate(() => Date.now());
    page = await session.restart({ clockAt: new Date(closedAt + 30 * 60_000) });
    w = new WorkshopPage(page);

    // Reopened half an hour later: same item, timer paused, cards, votes and typing kept.
    await expect.poll(() => w.timer().innerText()).toContain('Paused');
    expect(await w.timer().innerText()).not.toContain('Over time');
    expect(await page.getByRole('heading', { name: 'Wrap-up: decisions and owners' }).count()).toBe(
      1,
    );
    expect(await page.getByLabel('New open question').inputValue()).toBe(
      'Who measures mobile LCP?',
    );
    expect(
      await page.getByText('Checkout speed and peak readiness are the objectives').count(),
    ).toBe(1);
    expect(await w.agendaItem('Dot vote on the objectives').innerText()).toContain('Done');
    await w.timerButton('Resume');
    await page.getByLabel('New open question').press('Enter');
    await w.addAction('Share the hand-out with the team', 'Ana');
    await expect.poll(() => page.getByText('Share the hand-out with the team').count()).toBe(1);
    await w.endWorkshop();
    // Ended, it is a record: the agenda can no longer be edited, moved or added to.
    await page.getByRole('button', { name: 'Reopen workshop' }).waitFor();
    expect(await w.agenda().getByRole('button', { name: 'Add agenda item' }).count()).toBe(0);
    expect(
      await w
        .agenda()
        .getByRole('button', { name: /^(Edit|Move) / })
        .count(),
    ).toBe(0);

    // The hand-out, exported through the document pipeline.
    const md = await w.exportSummary('Markdown');
    expect(md.name).toBe('Payments-Platform-2027-Q1-workshop-summary.md');
    const text = await readFile(md.path, 'utf8');
    expect(text).toContain('# Planning workshop · 2027-Q1');
    expect(text).toContain('**Objective: Checkout speed**');
    expect(text).toContain('| 1 | Checkout speed | 5 | 3 |');
    expect(text).toContain('Ana 20% · Ben 85% · Chloé 50% · Dev 70%');
    expect(text).toContain('**Agreed starting confidence: 60%**');
    expect(text).toContain('- Who measures mobile LCP?');
    expect(text).toContain('| Share the hand-out with the team | Ana |');
    const html = await w.exportSummary('HTML');
    expect(await readFile(html.path, 'utf8')).toContain('<h2>Who owns what</h2>');

    // The quarter home counts the workshop's person-hours and shows the agreed confidence.
    await page
      .getByRole('navigation', { name: 'Cycle phases' })
      .getByRole('button', { name: 'Check-ins' })
      .click();
    const effort = page.getByRole('region', { name: 'Time spent on the cycle' });
    await expect
      .poll(() => effort.innerText())
      .toMatch(/person-hours spent of a 3–4 person-day budget/);
    expect(await effort.getByRole('row', { name: /Setting/ }).innerText()).not.toMatch(/\t0\t0/);
    await expectAccessible(page, 'quarter home with effort');
    await effort.scrollIntoViewIfNeeded();
    await extraShot(page, 'effort-on-quarter-home');
    expect(await page.getByRole('row', { name: new RegExp(KR) }).innerText()).toContain(
      '60% at start',
    );
    expect(session.pageErrors).toEqual([]);
  });
});
