import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { AppPage } from './pages/AppPage';
import { CheckInsPage } from './pages/CheckInsPage';
import { OrganisationPage } from './pages/OrganisationPage';
import { WorkshopPage } from './pages/WorkshopPage';
import { capture } from './support/capture';
import { layoutFaults, untilStill, whereOnScreen } from './support/layout';
import { currentQuarter, RELIABILITY_KRS, RELIABILITY_OBJECTIVE } from './support/plan';
import { BrowserSession } from './support/session';
import { smallTargets } from './support/targets';

/*
 * A person at 200% zoom on a laptop: 640×360 CSS pixels. On each main screen, what they notice
 * first: the page never scrolls sideways, the screen's heading and its main action are in the
 * first screenful without scrolling, the wizard's footer does not sit on top of them, and every
 * control is big enough to hit (24×24 CSS px). Dialogs: largeText.e2e.ts. The
 * way between screens is walked at the usual size (the page objects use the sidebar beside the
 * content); each screen is then looked at zoomed.
 */
const USUAL = { width: 1280, height: 800 };
const ZOOMED = { width: 640, height: 360 };

/**
 * Zoomed (or in `viewport`), the page does not scroll sideways, and each of `targets` is in view
 * and not under the footer.
 */
async function expectFirstScreenful(
  page: Page,
  name: string,
  targets: Locator[],
  viewport = ZOOMED,
  { isFromTop = true } = {},
) {
  await page.setViewportSize(viewport);
  // As a person sees it: once the page has painted, from the top (or, for a screen that focuses
  // a field as it opens, where that left it).
  if (isFromTop) await page.evaluate(() => window.scrollTo(0, 0));
  await untilStill(page);
  await capture(page, `small-window-${name}`);
  const width = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scroll: root.scrollWidth, client: root.clientWidth };
  });
  expect(width.scroll, `${name}: the page scrolls sideways`).toBeLessThanOrEqual(width.client);
  expect(await layoutFaults(page), name).toEqual([]);
  expect(await smallTargets(page), `${name}: controls too small to hit`).toEqual([]);
  for (const target of targets) {
    const where = await whereOnScreen(target);
    expect(where, `${name}: ${target.toString()}`).toMatchObject({
      isStartInView: true,
      isCoveredByFooter: false,
    });
  }
  await page.setViewportSize(USUAL);
}

describe('the main screens at 200% zoom (640×360)', () => {
  it('show their heading and main action in the first screenful, never scrolling sideways', async () => {
    const session = await BrowserSession.start('small-window', USUAL);
    const page = session.page;
    const app = new AppPage(page);
    const heading = (name: string | RegExp, level = 2) =>
      page.getByRole('heading', { level, name, exact: typeof name === 'string' });

    await app.createTeam('Payments Platform', 'platform');
    await app.createQuarter(currentQuarter().label, 'monthly');
    await app.settingStep('The chain');
    await expectFirstScreenful(page, 'setting-chain', [
      page.getByRole('navigation', { name: 'Setting steps' }),
      heading('The chain', 3),
      page.getByLabel('Business need'),
    ]);
    // The same with the text at 200% in a projector's window: the layout asks heights in rem.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    await expectFirstScreenful(
      page,
      'setting-chain-large-text',
      [heading('The chain', 3), page.getByLabel('Business need')],
      { width: 1280, height: 720 },
    );
    await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));

    await app.addObjective({ title: RELIABILITY_OBJECTIVE });
    await expectFirstScreenful(page, 'setting-objectives', [
      heading('Objectives', 3),
      page.getByRole('button', { name: 'Add objective' }),
    ]);
    for (const kr of RELIABILITY_KRS) await app.addKeyResult(RELIABILITY_OBJECTIVE, kr);
    await expectFirstScreenful(page, 'setting-key-results', [heading('Key results', 3)]);

    await app.startQuarter();
    const startCheckIn = page.getByRole('button', { name: 'Start check-in' });
    await expectFirstScreenful(page, 'checkins-home', [heading('Check-ins'), startCheckIn]);
    await startCheckIn.click();
    const checkIns = new CheckInsPage(page);
    await expectFirstScreenful(page, 'check-in-meeting', [
      checkIns.currentKeyResultHeading(),
      page.getByLabel(/^Current value/),
    ]);
    await checkIns.answerByKeyboard({ value: '3', confidence: 70 });
    await checkIns.answerByKeyboard({ value: '96', confidence: 60 });
    await checkIns.answerByKeyboard({ value: '75', confidence: 50 });
    await startCheckIn.waitFor();

    await app.moveToScoring();
    // The scores table is wider than the window: it scrolls in its own region, not the page.
    await page.getByRole('region', { name: /and their scores$/ }).waitFor();
    await expectFirstScreenful(page, 'scoring', [
      heading('Scoring'),
      page.getByRole('button', { name: 'Export review…' }),
    ]);
    // Opened zoomed, the screen puts the focus in its first question: that and the key result's
    // heading above it show (the chart comes after the questions, not between them).
    await page.setViewportSize(ZOOMED);
    await page.getByRole('button', { name: 'Move the quarter to the retrospective' }).click();
    const firstQuestion = page.getByLabel('What worked?');
    await expect
      .poll(() => firstQuestion.evaluate((el) => el === document.activeElement))
      .toBe(true);
    await expectFirstScreenful(
      page,
      'retrospective',
      [page.getByRole('heading', { level: 2, name: RELIABILITY_KRS[0].title }), firstQuestion],
      ZOOMED,
      { isFromTop: false },
    );

    const organisation = new OrganisationPage(page);
    await organisation.open('Overview');
    await expectFirstScreenful(page, 'overview', [
      heading(/^Overview/, 1),
      page.getByRole('button', { name: 'Export department review' }),
    ]);
    await organisation.open('Alignment tree');
    await expectFirstScreenful(page, 'alignment-tree', [heading(/^Alignment tree/, 1)]);
    await organisation.open('Dependency map');
    await expectFirstScreenful(page, 'dependency-map', [heading(/^Dependency map/, 1)]);
    await organisation.open('Levels and teams');
    await expectFirstScreenful(page, 'levels', [
      heading(/^Levels and teams/, 1),
      page.getByRole('button', { name: 'Add organisation level' }),
    ]);

    const workshop = new WorkshopPage(page);
    await workshop.open();
    await expectFirstScreenful(page, 'workshops', [heading(/^Workshops · /)]);
    expect(session.pageErrors).toEqual([]);
  });
});
