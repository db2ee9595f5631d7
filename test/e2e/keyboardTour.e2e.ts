import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { AppPage } from './pages/AppPage';
import { expectAccessible } from './support/axe';
import { capture } from './support/capture';
import { focusHiddenByFooter } from './support/layout';
import { currentQuarter } from './support/plan';
import { BrowserSession } from './support/session';

/*
 * A newcomer's first quarter on a small laptop screen, with the keyboard alone: wherever a
 * control they pressed goes away (a step replaced by the next, an empty state by a list, a menu
 * item by its dialog), the focus lands somewhere that makes sense, never back at the page's top.
 */

const LONG_TEAM =
  'Payments Platform Reliability and Developer Experience Engineering (EMEA and Americas)';
const OBJECTIVE = 'Checkout never gets in the way of buying';

const hasFocus = (target: Locator) => () =>
  target.evaluate((element) => element === document.activeElement);

describe('a newcomer with the keyboard alone, in a 1024 px window', () => {
  it('plans, starts and scores a quarter without the focus falling to the page', async () => {
    const session = await BrowserSession.start('keyboard-tour', { width: 1024, height: 700 });
    const page = session.page;
    const app = new AppPage(page);
    const k = page.keyboard;

    // New team by its key (a browser keeps Ctrl+Shift+N), then Tab to Create.
    await k.press('Alt+Shift+N');
    const teamDialog = app.dialog('New team');
    await teamDialog.waitFor();
    await k.type(LONG_TEAM);
    await teamDialog.getByRole('button', { name: 'Create team' }).focus();
    await k.press('Enter');
    await teamDialog.waitFor({ state: 'detached' });
    await k.press('Alt+N');
    const quarterDialog = app.dialog('New quarter');
    await quarterDialog.getByLabel('Quarter label').fill(currentQuarter().next);
    await k.press('Enter');
    await quarterDialog.waitFor({ state: 'detached' });

    // The header keeps one line however long the team's name: cut short, the whole on hover.
    const title = page.getByRole('heading', { level: 1 });
    await expect
      .poll(() => title.getAttribute('title'))
      .toBe(`${LONG_TEAM} · ${currentQuarter().next}`);
    const lineHeight = await title.evaluate((h) => parseFloat(getComputedStyle(h).lineHeight));
    expect((await title.boundingBox())?.height).toBeLessThan(lineHeight * 1.5);
    await capture(page, 'keyboard-tour-header-1024');

    // The chain, then Next, which saves it: the next step shows, and the focus stays on Next.
    await page.getByLabel('Business need').focus();
    await k.type('Grow revenue');
    await k.press('Tab');
    await k.type('Improve checkout conversion');
    await page.getByRole('button', { name: 'Next →' }).focus();
    await k.press('Enter');
    await page.getByRole('heading', { name: 'Objectives', level: 3 }).waitFor();
    await expect.poll(hasFocus(page.getByRole('button', { name: 'Next →' }))).toBe(true);

    // The empty state's "Add objective" is gone once there is one: the list's takes the focus.
    await k.press('Tab');
    await page.getByRole('button', { name: 'Add objective' }).first().focus();
    await k.press('Enter');
    await app.dialog('Add objective').waitFor();
    await k.type(OBJECTIVE);
    await k.press('Enter');
    await app.objective(OBJECTIVE).waitFor();
    await expect
      .poll(hasFocus(page.getByRole('button', { name: 'Add objective' }).first()))
      .toBe(true);

    // Alt+→ to key results; one key result; Alt+5 to the review, and start the quarter.
    await k.press('Alt+ArrowRight');
    await expect
      .poll(hasFocus(page.getByRole('heading', { name: 'Key results', level: 3 })))
      .toBe(true);
    await app.objective(OBJECTIVE).getByRole('button', { name: 'Add key result' }).focus();
    await k.press('Enter');
    const kr = app.dialog('Add key result');
    await kr.waitFor();
    await k.type('Raise checkout success rate from 94% to 98%');
    for (const [label, value] of [
      ['Metric', 'Checkout success rate'],
      ['Unit', '%'],
      ['Baseline', '94'],
      ['Target', '98'],
    ] as const) {
      await k.press('Tab');
      expect(
        await kr.getByLabel(label, { exact: true }).evaluate((f) => f === document.activeElement),
      ).toBe(true);
      await k.type(value);
    }
    await kr.getByRole('button', { name: 'Save key result' }).focus();
    await k.press('Enter');
    await kr.waitFor({ state: 'detached' });
    await k.press('Alt+5');
    await page.getByRole('button', { name: 'Start the quarter', exact: true }).focus();
    await k.press('Enter');
    // The review is gone with Setting: the focus is on the quarter's home.
    await expect
      .poll(hasFocus(page.getByRole('heading', { name: 'Check-ins', level: 2 })))
      .toBe(true);

    // The quarter's menu by keyboard; its question answered; the focus back on the menu.
    const menu = page.getByRole('button', { name: 'Quarter', exact: true });
    await menu.focus();
    await k.press('ArrowDown');
    await page.getByRole('menuitem', { name: /^Move the quarter to scoring/ }).focus();
    await k.press('Enter');
    const early = page.getByRole('alertdialog', { name: /to scoring now\?$/ });
    await early.getByRole('button', { name: 'Move the quarter to scoring' }).focus();
    await k.press('Enter');
    await app.phaseNav(/^Scoring now$/).waitFor();
    await expect.poll(hasFocus(menu)).toBe(true);
    await expectAccessible(page, 'scoring at 1024 px');
    expect(session.pageErrors).toEqual([]);
  });

  it('never tabs onto a control hidden under the wizard’s docked footer at 1280×720', async () => {
    const session = await BrowserSession.start('keyboard-footer', { width: 1280, height: 720 });
    const page = session.page;
    const app = new AppPage(page);
    await app.createTeam('Payments Platform', 'platform');
    await app.createQuarter(currentQuarter().next, 'monthly');
    await app.addObjective({ title: OBJECTIVE });
    await app.addKeyResult(OBJECTIVE, { title: 'Raise checkout success rate from 94% to 98%' });
    const hidden: string[] = [];
    for (const step of [
      'The chain',
      'Objectives',
      'Key results',
      'Dependencies',
      'Review',
    ] as const) {
      await app.settingStep(step);
      await page
        .getByRole('heading', { name: step === 'The chain' ? 'The chain' : step, level: 3 })
        .waitFor();
      await page
        .getByRole('navigation', { name: 'Setting steps' })
        .getByRole('button', { name: new RegExp(`^${step}`) })
        .focus();
      // Every control after the stepper, up to the footer's own.
      for (let i = 0; i < 60; i += 1) {
        await page.keyboard.press('Tab');
        const isInFooter = await page.evaluate(
          () => document.activeElement?.closest('[data-docked-footer]') != null,
        );
        if (isInFooter) break;
        const fault = await focusHiddenByFooter(page);
        if (fault) hidden.push(`${step}: ${fault}`);
      }
      await capture(page, `keyboard-footer-${step}`);
    }
    expect(hidden).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
