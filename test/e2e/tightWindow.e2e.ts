import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { AppPage } from './pages/AppPage';
import { CheckInsPage } from './pages/CheckInsPage';
import { capture } from './support/capture';
import { untilStill } from './support/layout';
import { currentQuarter, RELIABILITY_KRS, RELIABILITY_OBJECTIVE } from './support/plan';
import { projectorOnFirstItem } from './support/projector';
import { BrowserSession } from './support/session';

/*
 * A facilitator's laptop at 200% zoom (640×360 CSS px), large text (200%), and both at once:
 * an Undo toast never hides the field being typed in nor what explains it; a chart's labels grow
 * with the text without running into each other; the projector's view can be read to its end.
 * Dialogs in the same looks: largeText.e2e.ts.
 */
const USUAL = { width: 1280, height: 800 };
const ZOOMED = { width: 640, height: 360 };

type Look = { name: string; viewport: { width: number; height: number }; isLargeText: boolean };
const LOOKS: Look[] = [
  { name: '200% zoom', viewport: ZOOMED, isLargeText: false },
  { name: '200% text', viewport: USUAL, isLargeText: true },
  { name: '200% zoom and text', viewport: ZOOMED, isLargeText: true },
];

async function setTextSize(page: Page, isLarge: boolean): Promise<void> {
  await page.evaluate((large) => {
    if (large) document.documentElement.style.setProperty('font-size', '200%');
    else document.documentElement.style.removeProperty('font-size');
  }, isLarge);
}

async function apply(page: Page, look: Look): Promise<void> {
  await page.setViewportSize(look.viewport);
  await setTextSize(page, look.isLargeText);
}

/**
 * The projector's business need → engineering lever: whether the lever stands under the need
 * (scrolled to), and how far the arrow between them is turned.
 */
async function chainLayout(page: Page): Promise<{ isStacked: boolean; arrowTurn: string }> {
  const chain = page.locator('.present-chain');
  await chain.scrollIntoViewIfNeeded();
  return chain.evaluate((list) => {
    const [need, arrow, lever] = Array.from(list.children);
    if (!need || !arrow || !lever) return { isStacked: false, arrowTurn: '(no chain)' };
    const isStacked = lever.getBoundingClientRect().top >= need.getBoundingClientRect().bottom - 1;
    return { isStacked, arrowTurn: getComputedStyle(arrow).rotate };
  });
}

async function undoLook(page: Page): Promise<void> {
  await setTextSize(page, false);
  await page.setViewportSize(USUAL);
}

/**
 * Where the newest toast stands against the focused field and what a person reads with it: its
 * label and the text that describes it (hint, message), each by its box on screen.
 */
async function toastAgainstField(page: Page) {
  return page.evaluate(() => {
    const toast = Array.from(document.querySelectorAll('[role="status"] > *')).at(-1);
    const field = document.activeElement as HTMLInputElement | null;
    if (!toast || !field) return { hasToast: Boolean(toast), covered: ['(no focus)'] };
    const parts: [string, Element][] = [['the field', field]];
    for (const label of Array.from(field.labels ?? [])) parts.push(['its label', label]);
    for (const id of (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)) {
      const described = document.getElementById(id);
      if (described) parts.push([`its description “${described.textContent?.trim()}”`, described]);
    }
    const box = toast.getBoundingClientRect();
    const covered = parts
      .filter(([, el]) => {
        const other = el.getBoundingClientRect();
        return (
          box.left < other.right - 1 &&
          other.left < box.right - 1 &&
          box.top < other.bottom - 1 &&
          other.top < box.bottom - 1
        );
      })
      .map(([name]) => name);
    return { hasToast: true, covered };
  });
}

/** The text boxes of a chart's axis labels: their type size in CSS px and where they stand. */
async function chartLabels(chart: Locator) {
  return chart.evaluate((svg) =>
    Array.from(svg.querySelectorAll('text'), (text) => {
      const box = text.getBoundingClientRect();
      return {
        text: text.textContent ?? '',
        height: box.height,
        box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
      };
    }),
  );
}

describe('toasts, charts and the projector at 200% zoom, 200% text and both', () => {
  it('an Undo toast leaves the field being typed in, its label and its hint readable', async () => {
    const session = await BrowserSession.start('tight-window-toast', USUAL);
    const page = session.page;
    const app = new AppPage(page);
    await app.createTeam('Payments Platform', 'platform');
    await app.createQuarter(currentQuarter().label, 'monthly');
    await app.addObjective({ title: RELIABILITY_OBJECTIVE });
    for (const kr of RELIABILITY_KRS) await app.addKeyResult(RELIABILITY_OBJECTIVE, kr);

    for (const [i, look] of LOOKS.entries()) {
      // A fresh Undo toast for each look, then the person goes on typing in the chain's field.
      await app.deleteKeyResult(RELIABILITY_KRS[i]!.title);
      const toast = page.getByRole('status').getByRole('button', { name: 'Undo' }).last();
      await toast.waitFor();
      await apply(page, look);
      await app.settingStep('The chain');
      const field = page.getByLabel('Business need');
      await field.focus();
      await untilStill(page);
      await capture(page, `tight-window-toast-${look.name.replace(/\W+/g, '-')}`);
      const where = await toastAgainstField(page);
      expect(where.hasToast, `${look.name}: the Undo toast is still there`).toBe(true);
      expect(where.covered, `${look.name}: what the toast covers`).toEqual([]);
      // The toast's Undo itself is on screen and can be pressed.
      expect(
        await toast.evaluate((button) => {
          const box = button.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return box.top >= 0 && box.bottom <= window.innerHeight && button.contains(hit);
        }),
        `${look.name}: Undo can be pressed`,
      ).toBe(true);
      await undoLook(page);
    }
    expect(session.pageErrors).toEqual([]);
  });

  it('a chart’s labels grow with the text and never overlap', async () => {
    const session = await BrowserSession.start('tight-window-chart', USUAL);
    const page = session.page;
    const app = new AppPage(page);
    await app.createTeam('Payments Platform', 'platform');
    await app.createQuarter(currentQuarter().label, 'monthly');
    await app.addObjective({ title: RELIABILITY_OBJECTIVE });
    for (const kr of RELIABILITY_KRS) await app.addKeyResult(RELIABILITY_OBJECTIVE, kr);
    await app.startQuarter();
    await page.getByRole('button', { name: 'Start check-in' }).click();
    const checkIns = new CheckInsPage(page);
    await checkIns.answerByKeyboard({ value: '3', confidence: 70 });
    await checkIns.answerByKeyboard({ value: '96', confidence: 60 });
    await checkIns.answerByKeyboard({ value: '75', confidence: 50 });
    await page.getByRole('button', { name: 'Start check-in' }).waitFor();
    await page.getByRole('button', { name: RELIABILITY_KRS[0].title }).first().click();
    // The key result's value over the quarter, named by its metric.
    const chart = page.getByRole('img', { name: new RegExp(`^${RELIABILITY_KRS[0].metric}`) });
    await chart.waitFor();
    await untilStill(page);
    const usual = await chartLabels(chart);
    const usualSize = Math.max(...usual.map((l) => l.height));

    for (const look of LOOKS) {
      await apply(page, look);
      await chart.scrollIntoViewIfNeeded();
      await untilStill(page);
      await capture(page, `tight-window-chart-${look.name.replace(/\W+/g, '-')}`);
      const labels = await chartLabels(chart);
      const size = Math.max(...labels.map((l) => l.height));
      if (look.isLargeText) {
        // Twice the text: the labels at least half as large again as usual (on the same CSS px).
        expect(size, `${look.name}: the labels' size`).toBeGreaterThan(usualSize * 1.5);
      }
      const overlapping = labels.flatMap((a, i) =>
        labels
          .slice(i + 1)
          .filter(
            (b) =>
              a.box.left < b.box.right - 1 &&
              b.box.left < a.box.right - 1 &&
              a.box.top < b.box.bottom - 1 &&
              b.box.top < a.box.bottom - 1,
          )
          .map((b) => `“${a.text}” and “${b.text}”`),
      );
      expect(overlapping, `${look.name}: labels drawn over each other`).toEqual([]);
      const outside = await chart.evaluate((svg) => {
        const frame = svg.getBoundingClientRect();
        return Array.from(svg.querySelectorAll('text'))
          .filter((text) => {
            const box = text.getBoundingClientRect();
            return box.left < frame.left - 1 || box.right > frame.right + 1;
          })
          .map((text) => text.textContent);
      });
      expect(outside, `${look.name}: labels cut off by the chart's edge`).toEqual([]);
      await undoLook(page);
    }
    expect(session.pageErrors).toEqual([]);
  });

  it('the projector’s view can be read to its end, nothing cut off', async () => {
    const session = await BrowserSession.start('tight-window-presentation', USUAL);
    const page = session.page;
    const screen = await projectorOnFirstItem(page);
    // In a usual window need and lever stand side by side, the arrow between them pointing on.
    expect(await chainLayout(screen.page)).toEqual({ isStacked: false, arrowTurn: 'none' });
    const stackedIn: string[] = [];

    for (const look of LOOKS) {
      await screen.resize(look.viewport.width, look.viewport.height);
      await setTextSize(screen.page, look.isLargeText);
      await untilStill(screen.page);
      await capture(screen.page, `tight-window-presentation-${look.name.replace(/\W+/g, '-')}`);
      // Everything the view shows is within the window's width, and scrolling down reaches the
      // last line ("Up next"); nothing is clipped by a box around it.
      const faults = await screen.page.evaluate(() => {
        const found: string[] = [];
        const root = document.scrollingElement ?? document.documentElement;
        if (root.scrollWidth > root.clientWidth + 1) found.push('the page scrolls sideways');
        const main = document.querySelector('main');
        for (const el of Array.from(main?.querySelectorAll('*') ?? [])) {
          if (el.children.length > 0 || !(el.textContent ?? '').trim()) continue;
          const box = el.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) continue;
          if (box.right > window.innerWidth + 1 || box.left < -1) {
            found.push(`“${el.textContent?.trim()}” runs past the window's edge`);
          }
          for (
            let box2 = el.parentElement;
            box2 && box2 !== document.body;
            box2 = box2.parentElement
          ) {
            const style = getComputedStyle(box2);
            if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
            const frame = box2.getBoundingClientRect();
            if (box.bottom > frame.bottom + 1 || box.right > frame.right + 1) {
              found.push(`“${el.textContent?.trim()}” is cut off by its box`);
            }
            break;
          }
        }
        return found;
      });
      expect(faults, `the projector at ${look.name}`).toEqual([]);
      const last = screen.main().locator('.present__next');
      await last.scrollIntoViewIfNeeded();
      const lastInView = await last.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight + 1;
      });
      expect(lastInView, `the projector at ${look.name}: “Up next” can be scrolled to`).toBe(true);
      const chain = await chainLayout(screen.page);
      await capture(screen.page, `tight-window-chain-${look.name.replace(/\W+/g, '-')}`);
      // Side by side where they fit; where the lever stands under the need, the arrow points down.
      expect(chain.arrowTurn, `the projector at ${look.name}: the arrow's turn`).toBe(
        chain.isStacked ? '90deg' : 'none',
      );
      if (chain.isStacked) stackedIn.push(look.name);
      await setTextSize(screen.page, false);
      await screen.page.evaluate(() => window.scrollTo(0, 0));
    }
    // The largest text in the smallest window has no room for the two side by side.
    expect(stackedIn).toContain('200% zoom and text');
    expect(session.pageErrors).toEqual([]);
  });
});
