import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { capture } from './capture';
import { untilStill, whereOnScreen } from './layout';
import { smallTargets } from './targets';

/*
 * A person at 200% zoom on a laptop (640×360 CSS px), with the text at 200%, or both: a dialog
 * keeps its title and its buttons on screen, its body (the one scroller) between them.
 */
export const USUAL = { width: 1280, height: 800 };
export const ZOOMED = { width: 640, height: 360 };

type Look = {
  name: string;
  apply: (page: Page) => Promise<void>;
  undo: (page: Page) => Promise<void>;
};
const LOOKS: Look[] = [
  {
    name: '200% zoom',
    apply: (page) => page.setViewportSize(ZOOMED),
    undo: (page) => page.setViewportSize(USUAL),
  },
  {
    name: '200% text',
    apply: (page) =>
      page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%')),
    undo: async (page) => {
      await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
    },
  },
  {
    name: '200% zoom and text',
    apply: async (page) => {
      await page.setViewportSize(ZOOMED);
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    },
    undo: async (page) => {
      await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
      await page.setViewportSize(USUAL);
    },
  },
];

/** The names of the controls Tab reaches in `dialog`, from its first control to its last. */
async function tabStops(page: Page, dialog: Locator): Promise<string[]> {
  const nameOf = () =>
    dialog.evaluate((el) => {
      const active = document.activeElement;
      if (!active || !el.contains(active)) return null;
      const round = window as unknown as { tabLast?: Element };
      // A date field takes a Tab per part (day, month, year): the same control is one stop.
      const isRepeat = round.tabLast === active;
      round.tabLast = active;
      return isRepeat ? '' : (active.getAttribute('aria-label') ?? active.textContent ?? '').trim();
    });
  await dialog.evaluate((el) => {
    (window as unknown as { tabLast?: Element }).tabLast = undefined;
    el.querySelector<HTMLElement>(
      'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href]',
    )?.focus();
  });
  const names: string[] = [];
  for (let i = 0; i < 60; i += 1) {
    const name = await nameOf();
    // Past the last control the focus leaves the dialog (for the browser's own controls).
    if (name === null) break;
    if (name !== '') names.push(name);
    await page.keyboard.press('Tab');
  }
  return names;
}

/**
 * In each look, the dialog's title and every button of its footer are on screen, can be clicked
 * and reached with Tab, and nothing in it is out of reach of its body's scrolling.
 */
export async function expectDialogFits(page: Page, dialog: Locator, name: string): Promise<void> {
  await dialog.waitFor();
  const buttons = dialog.locator('.dialog__footer').last().getByRole('button');
  const count = await buttons.count();
  expect(count, `${name}: buttons in its footer`).toBeGreaterThan(0);
  for (const look of LOOKS) {
    await look.apply(page);
    await untilStill(page);
    await capture(page, `large-text-${name}-${look.name.replace(/\W+/g, '-')}`);
    const title = await whereOnScreen(dialog.getByRole('heading', { level: 2 }).first());
    expect(title.isInView, `${name} at ${look.name}: the title is on screen`).toBe(true);
    // Nothing cut off by the dialog's edge: what does not fit scrolls in its body, and scrolled to
    // its end the body shows its last line above the buttons.
    const clipped = await dialog.evaluate((el) => {
      const body = el.querySelector('.dialog__body');
      if (!body) return 'no body';
      if (el.scrollHeight > el.clientHeight + 1) return 'the dialog is taller than the window';
      body.scrollTop = body.scrollHeight;
      const last = body.lastElementChild?.getBoundingClientRect();
      const frame = body.getBoundingClientRect();
      return last && last.bottom > frame.bottom + 1 ? 'its last line cannot be scrolled to' : '';
    });
    expect(clipped, `${name} at ${look.name}`).toBe('');
    // A short window has one scroller, the body: a panel scrolling inside it leaves a sliver of each.
    const inner = await dialog.evaluate((el) => {
      if (window.innerHeight > 480) return [];
      return Array.from(el.querySelectorAll<HTMLElement>('.dialog__body *'))
        .filter((node) => {
          const overflow = getComputedStyle(node).overflowY;
          return (
            (overflow === 'auto' || overflow === 'scroll') &&
            node.scrollHeight > node.clientHeight + 1
          );
        })
        .map((node) => node.className || node.tagName);
    });
    expect(inner, `${name} at ${look.name}: scrollers inside its body`).toEqual([]);
    // The dialog's own chrome (title, margins, footer) leaves its body room to read: at least two
    // lines of its text at a time, not a sliver between the title and the buttons.
    const bodyLines = await dialog.evaluate((el) => {
      const body = el.querySelector<HTMLElement>('.dialog__body');
      if (!body) return 0;
      const style = getComputedStyle(body);
      const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
      return body.clientHeight / line;
    });
    expect(
      bodyLines,
      `${name} at ${look.name}: lines of its body on screen`,
    ).toBeGreaterThanOrEqual(2);
    const stops = await tabStops(page, dialog);
    for (let i = 0; i < count; i += 1) {
      const button = buttons.nth(i);
      const label = (await button.innerText()).trim();
      const where = await whereOnScreen(button);
      expect(where, `${name} at ${look.name}: “${label}”`).toMatchObject({
        isInView: true,
        isReachable: true,
      });
      if (await button.isEnabled()) {
        expect(stops, `${name} at ${look.name}: Tab reaches “${label}”`).toContain(label);
      }
    }
    expect(await smallTargets(page), `${name} at ${look.name}`).toEqual([]);
    await look.undo(page);
  }
}
