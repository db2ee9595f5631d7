import type { Page } from 'playwright-core';

/**
 * Controls on screen that are too small to hit with a pointer, in words: WCAG 2.5.8 asks for a
 * target of at least 24×24 CSS px. A check box or radio button counts with its label (a click on
 * the label ticks it), and a link inside a sentence is exempt, as the criterion allows. An empty
 * list when every control is big enough.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 24;
    const faults: string[] = [];
    const nameOf = (el: Element) =>
      (
        el.getAttribute('aria-label') ??
        (el as HTMLInputElement).labels?.[0]?.textContent ??
        el.textContent ??
        ''
      )
        .trim()
        .replace(/\s+/g, ' ')
        .slice(0, 50);
    const selector =
      'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="slider"], [role="option"], [role="menuitem"], [tabindex]:not([tabindex="-1"])';
    for (const control of Array.from(document.querySelectorAll(selector))) {
      if (!control.checkVisibility({ visibilityProperty: true })) continue;
      let box = control.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // Off screen (scrolled away, or out of a scrolling region's view): looked at where it shows.
      if (box.bottom < 0 || box.top > window.innerHeight) continue;
      const isToggle = control.matches('input[type="checkbox"], input[type="radio"]');
      const label = isToggle ? (control as HTMLInputElement).labels?.[0] : null;
      if (label) box = label.getBoundingClientRect();
      const isInlineLink =
        control.tagName === 'A' &&
        getComputedStyle(control).display === 'inline' &&
        (control.parentElement?.textContent ?? '').trim().length >
          (control.textContent ?? '').trim().length;
      if (isInlineLink) continue;
      if (box.width < MIN - 0.5 || box.height < MIN - 0.5) {
        faults.push(
          `“${nameOf(control)}” (${control.tagName.toLowerCase()}${
            control.getAttribute('type') ? `[${control.getAttribute('type')}]` : ''
          }) is ${Math.round(box.width)}×${Math.round(box.height)} px`,
        );
      }
    }
    return faults;
  });
}
