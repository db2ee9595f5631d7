/*
 * Where the keyboard goes when the focused control disappears: the "Save and continue" of a step
 * that is replaced by the next, the empty state's "Add objective" once there is an objective, the
 * button of a dialog's opener that the dialog's save removed. The browser then drops the focus to
 * the page, and the next Tab starts again at "Skip to content". Instead the focus moves to a
 * control of the same name that took its place, else to the heading of what now stands where it
 * was (announced, and the next Tab goes on from there), else to the main area.
 */

type Remembered = { element: HTMLElement; name: string; ancestors: HTMLElement[] };

const HEADINGS = 'h1, h2, h3, h4';
const CONTROLS = 'button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** A control's name as a person reads it: its label, else its text. */
function nameOf(element: Element): string {
  return (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
}

function isUsable(element: Element): element is HTMLElement {
  return (
    element instanceof HTMLElement &&
    element.isConnected &&
    !element.matches(':disabled') &&
    element.closest('[inert], [hidden]') === null &&
    // Laid out and shown (content-visibility, display: none); where unsupported, assumed so.
    (typeof element.checkVisibility !== 'function' || element.checkVisibility())
  );
}

/** What was focused, with where it stood, so a place can be found once it has gone. */
export function rememberFocus(element: HTMLElement): Remembered {
  const ancestors: HTMLElement[] = [];
  for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
    ancestors.push(up);
  }
  return { element, name: nameOf(element), ancestors };
}

/** Moves the focus to the nearest sensible place for `lost`, a control that has gone. */
export function rescueFocus(lost: Remembered): void {
  const { element, name } = lost;
  if (name !== '') {
    const twin = [...document.querySelectorAll(element.tagName)]
      .filter(isUsable)
      .find((candidate) => candidate !== element && nameOf(candidate) === name);
    if (twin) {
      twin.focus();
      return;
    }
  }
  for (const place of lost.ancestors) {
    if (!place.isConnected) continue;
    const heading = [...place.querySelectorAll(HEADINGS)].find(isUsable);
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
      return;
    }
    const control = [...place.querySelectorAll(CONTROLS)].find(isUsable);
    if (control) {
      control.focus();
      return;
    }
    if (place.id === 'main') break;
  }
  document.getElementById('main')?.focus();
}

/**
 * Watches for the focused control leaving the page (and the focus with it) and rescues the focus;
 * returns the way to stop. A focus put on the page on purpose (a click on nothing) stays there:
 * only a control that has gone is replaced.
 */
export function watchFocus(): () => void {
  let last: Remembered | null = null;
  const onFocusIn = (event: FocusEvent) => {
    if (event.target instanceof HTMLElement) last = rememberFocus(event.target);
  };
  const observer = new MutationObserver(() => {
    if (!last || last.element.isConnected) return;
    // A dialog's own controls: the dialog gives the focus back to what opened it as it closes.
    if (last.ancestors.some((place) => place instanceof HTMLDialogElement)) {
      last = null;
      return;
    }
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const lost = last;
    last = null;
    rescueFocus(lost);
  });
  document.addEventListener('focusin', onFocusIn);
  observer.observe(document.body, { childList: true, subtree: true });
  return () => {
    document.removeEventListener('focusin', onFocusIn);
    observer.disconnect();
  };
}
