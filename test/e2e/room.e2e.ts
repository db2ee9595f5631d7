import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { PresentationPage } from './pages/PresentationPage';
import { ParticipantPage, RoomPanel } from './pages/RoomPage';
import { WorkshopPage } from './pages/WorkshopPage';
import { expectAccessible } from './support/axe';
import { CHROMIUM_ARGS, findChromium } from './support/chromium';
import { BrowserSession } from './support/session';

const KR = 'Checkout success from 94 % to 98 %';
const shot = (name: string) => join('test-results', `room-${name}.png`);

let browser: Browser;
beforeAll(async () => {
  // The participants' devices: one browser, a separate context (no shared storage) for each.
  browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
});
afterAll(() => browser.close());

describe('the room', () => {
  it('lets three devices write, vote and be shown counts only, refuses what it should, and ends every page on close', async (context) => {
    const session = await BrowserSession.start(context.task.name.replace(/\W+/g, '-').slice(0, 60));
    const page = session.page;
    const app = new AppPage(page);
    const w = new WorkshopPage(page);
    const room = new RoomPanel(page);
    await app.createTeam('Payments Platform', 'platform');
    await app.createQuarter('2027-Q1', 'biweekly');
    await app.addObjective({ title: 'Checkout customers can rely on' });
    await app.addKeyResult('Checkout customers can rely on', {
      title: KR,
      metric: 'Checkout success rate',
      unit: '%',
      baseline: '94',
      target: '98',
      direction: 'increase',
      owner: 'Payments',
    });

    await w.open();
    await w.create('Planning workshop');
    await w.startItem('Silent writing: objective ideas');
    await w.cardField().waitFor();
    const { url, code } = await room.invite();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/r\/[A-Za-z0-9_-]{22}\/$/);
    expect(code).toMatch(/^[A-Z2-9]{6}$/);

    await room.region().screenshot({ path: shot('laptop-panel') });

    // The projector shows the QR code, the short URL and the code.
    const screen = new PresentationPage(await w.openPresentation());
    const invite = screen.page.getByRole('complementary', { name: 'Join the room' });
    await invite.getByRole('img', { name: `QR code for ${url}` }).waitFor();
    expect(await invite.innerText()).toContain(code);
    await screen.resize(1920, 1080);
    await screen.page.screenshot({ path: shot('projector-1920x1080') });

    // Three devices; the phone is 360 px wide. A wrong code first.
    const phone = await ParticipantPage.open(browser, url, { width: 360, height: 740 });
    const laptop = await ParticipantPage.open(browser, url);
    const tablet = await ParticipantPage.open(browser, url);
    await phone.page.screenshot({ path: shot('phone-join-360x740') });
    await expectAccessible(phone.page, 'the participant page: joining');
    await phone.join('WRONG2', 'Ana');
    await expect.poll(() => phone.error().innerText()).toContain('That code is not right');
    await expectAccessible(phone.page, 'the participant page: a wrong code');
    await phone.join(code.toLowerCase(), 'Ana');
    await laptop.join(code, 'Ben');
    await tablet.join(code, 'Chloé');
    for (const device of [phone, laptop, tablet]) {
      await expect.poll(() => device.heading().innerText()).toBe('Silent writing: objective ideas');
    }
    await expect.poll(() => screen.main().innerText()).toContain('3 people joined');

    // Cards arrive on the facilitator's board as they are sent; authors edit and withdraw theirs.
    await phone.writeCard('Checkout loads in under two seconds');
    await laptop.writeCard('Payments retry on provider errors');
    await laptop.writeCard('Self-serve refunds');
    await tablet.writeCard('Fewer abandoned carts');
    await w.card('Checkout loads in under two seconds').waitFor();
    await w.card('Self-serve refunds').waitFor();
    await tablet.editCard('Fewer abandoned carts', 'Fewer abandoned carts on mobile');
    await w.card('Fewer abandoned carts on mobile').waitFor();
    await laptop.withdrawCard('Self-serve refunds');
    await expect.poll(() => w.card('Self-serve refunds').count()).toBe(0);
    await phone.page.screenshot({ path: shot('phone-writing-360x740') });
    await expectAccessible(phone.page, 'the participant page: writing cards');

    // An oversized card is refused with a reason; nothing reaches the board.
    await phone.writeCard('x'.repeat(201));
    await expect.poll(() => phone.error().innerText()).toContain('at most 200 characters');

    // A flood of 1,000 posts from one device: nearly all refused, the others unaffected.
    const flood = await tablet.post(
      'api/send',
      Array.from({ length: 1000 }, (_, i) => ({ type: 'card:add', text: `flood ${i}` })),
    );
    expect(flood.filter((s) => s === 429).length).toBeGreaterThan(950);
    await laptop.writeCard('Survive Black Friday without paging');
    await w.card('Survive Black Friday without paging').waitFor();

    // Any other path, method or body is refused.
    const other = await phone.page.evaluate(async () => {
      const statuses: number[] = [];
      for (const path of [
        '/',
        '/index.html',
        'api/backup',
        'api/workspace',
        '../',
        '/__host/room:status',
        'api/events',
      ]) {
        statuses.push((await fetch(path)).status);
      }
      statuses.push((await fetch('api/send', { method: 'POST', body: '{}' })).status);
      return statuses;
    });
    expect(other).toEqual([404, 404, 404, 404, 404, 404, 401, 415]);
    const badMessage = await phone.post('api/send', [
      { type: 'export:backup' },
      { type: 'card:add', text: 'x', workshopId: 'w' },
    ]);
    expect(badMessage).toEqual([400, 400]);

    // Watch the screen while the facilitator clusters; then a dot vote on every device.
    await w.timerButton('Next item →');
    await expect
      .poll(() => phone.page.getByRole('status').innerText())
      .toContain('Watch the screen');
    await expectAccessible(phone.page, 'the participant page: watching the screen');
    await w.timerButton('Next item →');
    await expect.poll(() => phone.heading().innerText()).toBe('Dot vote on the objectives');
    await phone.placeDots({
      'Checkout loads in under two seconds': 2,
      'Payments retry on provider errors': 1,
    });
    await laptop.placeDots({ 'Payments retry on provider errors': 3 });
    await phone.page.screenshot({ path: shot('phone-dots-360x740') });
    await expectAccessible(phone.page, 'the participant page: a dot vote');
    await expect.poll(() => w.voteStatus().innerText()).toContain('2 of 3 have voted');
    await tablet.placeDots({ 'Checkout loads in under two seconds': 3 });
    await expect.poll(() => w.voteStatus().innerText()).toContain('3 of 3 have voted');
    // Counts, never values, until the reveal: on the laptop, the projector and the devices.
    expect(await w.dotResults().count()).toBe(0);
    expect(await screen.dotResults().count()).toBe(0);
    expect(await phone.page.getByRole('main').innerText()).not.toContain('6 dots');
    await w.revealDots();
    await expect
      .poll(() => w.dotResults().getByRole('listitem').first().getAttribute('aria-label'))
      .toBe('Rank 1: Checkout loads in under two seconds, 5 dots');

    // A confidence vote from the devices.
    await w.startItem('Confidence vote');
    await w.startConfidenceVote(KR);
    await expect
      .poll(() => phone.page.getByText(`How confident are you that we meet: ${KR}`).isVisible())
      .toBe(true);
    await expectAccessible(phone.page, 'the participant page: a confidence vote');
    await phone.castConfidence(20);
    await laptop.castConfidence(85);
    await tablet.castConfidence(60);
    await expect.poll(() => w.voteStatus().innerText()).toContain('3 of 3 have voted');
    expect(await page.getByText('85%').count()).toBe(0);
    await w.revealConfidence();
    await expect.poll(() => w.confidenceResults().innerText()).toContain('Median 60%');

    // Closing the room ends every participant page; a replayed message finds no server.
    await room.close();
    for (const device of [phone, laptop, tablet]) {
      await expect.poll(() => device.heading().innerText()).toBe('The session is over');
      expect(await device.page.getByRole('status').innerText()).toContain(
        'The facilitator closed the room',
      );
    }
    await phone.page.screenshot({ path: shot('phone-closed-360x740') });
    await expectAccessible(phone.page, 'the participant page: the session is over');
    expect(
      await laptop.post(`${new URL(url).pathname}api/send`, [
        { type: 'card:add', text: 'replayed' },
      ]),
    ).toEqual([0]);
    await expect
      .poll(() => screen.page.getByRole('complementary', { name: 'Join the room' }).count())
      .toBe(0);
  });
});
