import type { Page } from 'playwright-core';

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
