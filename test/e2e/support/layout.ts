import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Waits until the screen has settled, as a person looks at it: the scroll position, the focused
 * control and the toasts stand where they stood a few frames (and one task) before. A fixed two
 * frames was not enough on a busy machine: a toast is placed again after the focus scrolls its
 * field into view, in work React schedules for later, and a look taken between the two saw the
 * toast where it was about to leave.
 */
export async function untilStill(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const where = () =>
          JSON.stringify([
            window.scrollX,
            window.scrollY,
            ...Array.from(document.querySelectorAll('[role="status"] > *, :focus'), (el) => {
              const box = el.getBoundingClientRect();
              return [box.left, box.top, box.width, box.height];
            }),
          ]);
        const frame = () => new Promise((done) => requestAnimationFrame(done));
        const before = where();
        await frame();
        await new Promise((done) => setTimeout(done, 0));
        await frame();
        await frame();
        return where() === before;
      }),
    )
    .toBe(true);
}

/**
 * Where `target` is against the window: wholly inside it (`isInView`); its start inside it
 * (`isStartInView`: its top 24 px, enough to read or click, for a field taller than what is left
 * of the window); whether a click there reaches it (`isReachable`: nothing drawn over it), and if
 * not, whether a bar docked to the window's foot is what covers it (`isCoveredByFooter`).
 */
export async function whereOnScreen(target: Locator) {
  await target.waitFor();
  return target.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const start = Math.min(box.height, 24);
    const isAcross = box.left >= 0 && box.right <= window.innerWidth;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + start / 2);
    const isReachable = hit !== null && el.contains(hit);
    return {
      isInView: isAcross && box.top >= 0 && box.bottom <= window.innerHeight,
      isStartInView: isAcross && box.top >= 0 && box.top + start <= window.innerHeight,
      isReachable,
      isCoveredByFooter: !isReachable && hit?.closest('[data-docked-footer]') != null,
      top: Math.round(box.top),
    };
  });
}

/**
 * What a person would see as broken on the screen as it is now, in words: the page scrolling
 * sideways, a control cut off by the window's edge or too narrow for its label, a toast over the
 * sidebar or over the field being typed in. An empty list when the screen reads cleanly.
 */
export async function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults: string[] = [];
    const width = window.innerWidth;
    const root = document.documentElement;
    if (root.scrollWidth > width + 1) {
      faults.push(`the page scrolls sideways (${root.scrollWidth}px wide in ${width}px)`);
    }
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && el.checkVisibility();
    };
    const nameOf = (el: Element) =>
      (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60);
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

    for (const control of Array.from(
      document.querySelectorAll('button, a[href], input, select, textarea'),
    )) {
      if (!shown(control)) continue;
      const box = control.getBoundingClientRect();
      // Inside something that scrolls sideways on purpose (a wide table), it can be reached.
      let scroller = control.parentElement;
      while (scroller && scroller !== document.body) {
        const overflowX = getComputedStyle(scroller).overflowX;
        if (overflowX === 'auto' || overflowX === 'scroll') break;
        scroller = scroller.parentElement;
      }
      const isInScroller = scroller !== null && scroller !== document.body;
      if (!isInScroller && (box.right > width + 1 || box.left < -1)) {
        faults.push(`“${nameOf(control)}” is cut off by the window’s edge`);
      }
      if (control.tagName === 'BUTTON' && control.scrollWidth > control.clientWidth + 1) {
        faults.push(`“${nameOf(control)}” is too narrow for its label`);
      }
    }

    // The sidebar beside the main column; in a narrow window it stands above the content and
    // scrolls away with the page like a header, so a toast at the window's foot may cross it.
    const aside = document.querySelector('aside');
    const main = document.querySelector('main');
    const isBeside =
      aside !== null &&
      main !== null &&
      aside.getBoundingClientRect().right <= main.getBoundingClientRect().left + 1;
    const sidebar = isBeside ? aside : null;
    const toasts = Array.from(document.querySelectorAll('[role="status"] > *')).filter(shown);
    const focused = document.activeElement;
    for (const toast of toasts) {
      const box = toast.getBoundingClientRect();
      if (sidebar && overlap(box, sidebar.getBoundingClientRect())) {
        faults.push(`the toast “${nameOf(toast)}” covers the sidebar`);
      }
      if (
        focused instanceof HTMLElement &&
        focused.matches('input, textarea, select') &&
        overlap(box, focused.getBoundingClientRect())
      ) {
        faults.push(`the toast “${nameOf(toast)}” covers the field being typed in`);
      }
    }
    return faults;
  });
}

/**
 * What the keyboard is on, if any of it is under a bar docked to the window's foot or beyond the
 * window: its name, else null when it is in full view (or nothing is focused).
 */
export async function focusHiddenByFooter(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return null;
    if (focused.closest('[data-docked-footer]')) return null;
    const box = focused.getBoundingClientRect();
    const footer = document.querySelector('[data-docked-footer]')?.getBoundingClientRect();
    const isUnder = footer !== undefined && box.bottom > footer.top && box.top < footer.bottom;
    if (!isUnder && box.bottom <= window.innerHeight) return null;
    const name = focused.getAttribute('aria-label') ?? focused.textContent ?? focused.tagName;
    return `${focused.tagName.toLowerCase()} "${name.trim().slice(0, 60)}"`;
  });
}

/**
 * Tabs through every control in a table that scrolls sideways (`region`, a TableScroll) and
 * names those the pinned first column hides, even in part, once the focus has scrolled them
 * into view: empty when each stays in sight beside it.
 */
export async function focusHiddenByPinnedColumn(page: Page, region: Locator): Promise<string[]> {
  const hidden: string[] = [];
  const walk = async (key: 'Tab' | 'Shift+Tab') => {
    for (let step = 0; step < 40; step += 1) {
      await page.keyboard.press(key);
      await untilStill(page);
      const fault = await region.evaluate((box) => {
        const focused = document.activeElement;
        if (!focused || !box.contains(focused) || focused === box) return 'left';
        const cell = focused.closest('td, th');
        const pinned = cell?.parentElement?.firstElementChild;
        if (!cell || !pinned || pinned === cell) return null;
        const at = focused.getBoundingClientRect();
        if (at.left >= pinned.getBoundingClientRect().right - 1) return null;
        const name = focused.getAttribute('aria-label') ?? focused.textContent ?? focused.tagName;
        return `${focused.tagName.toLowerCase()} "${name.trim().slice(0, 60)}"`;
      });
      if (fault === 'left') return;
      if (fault) hidden.push(`${fault} (${key})`);
    }
  };
  await region.focus();
  await walk('Tab');
  // Back from past the end: the cells nearest the pinned column are reached while the table is
  // scrolled to its far side, which is when the column would cover them.
  await walk('Shift+Tab');
  return hidden;
}
