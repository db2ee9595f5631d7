/*
 * Where the keyboard goes when the focused control disappears: a step's button replaced by the
 * next step, the empty state's "Add objective" once there is an objective, the
 * button of a dialog's opener that the dialog's save removed. The browser then drops the focus to
 * the page, and the next Tab starts again at "Skip to content". Instead the focus moves to a
 * control of the same name that took its place, else to the heading of what now stands where it
 * was (announced, and the next Tab goes on from there), else to the main area. Outside the main
 * area (a toast's Undo, the sidebar) a control of the same name, else the main area.
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

/**
 * Moves the focus to the nearest sensible place for `lost`, a control that has gone; true when
 * it found one. Without `isFinal`, a place still loading (nothing in it yet) is not settled for
 * the main area: the caller tries again once more of the page has arrived.
 */
export function rescueFocus(lost: Remembered, isFinal = true): boolean {
  const { element, name } = lost;
  if (name !== '') {
    const twin = [...document.querySelectorAll(element.tagName)]
      .filter(isUsable)
      .find((candidate) => candidate !== element && nameOf(candidate) === name);
    if (twin) {
      twin.focus();
      return true;
    }
  }
  // Outside the main area (the sidebar, a toast), what stood nearby says little: the main area.
  const places = lost.ancestors.some((place) => place.id === 'main') ? lost.ancestors : [];
  for (const place of places) {
    if (!place.isConnected) continue;
    if (place.id === 'main') break;
    const heading = [...place.querySelectorAll(HEADINGS)].find(isUsable);
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
      return true;
    }
    const control = [...place.querySelectorAll(CONTROLS)].find(isUsable);
    if (control) {
      control.focus();
      return true;
    }
    // The nearest place that is still there holds nothing yet (a screen loading): wait for it.
    if (!isFinal) return false;
  }
  document.getElementById('main')?.focus();
  return true;
}

/** How long a lost focus waits for the screen that replaces its control, before the main area. */
const WAIT_FOR_SCREEN_MS = 1500;

/**
 * Watches for the focused control leaving the page (and the focus with it) and rescues the focus;
 * returns the way to stop. A focus put on the page on purpose (a click on nothing) stays there:
 * only a control that has gone is replaced.
 */
export function watchFocus(): () => void {
  let last: Remembered | null = null;
  let since = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onFocusIn = (event: FocusEvent) => {
    if (event.target instanceof HTMLElement) last = rememberFocus(event.target);
  };
  const check = () => {
    if (!last || last.element.isConnected) return;
    // A dialog's own controls: the dialog gives the focus back to what opened it as it closes.
    const active = document.activeElement;
    if (last.ancestors.some((place) => place instanceof HTMLDialogElement)) last = null;
    else if (active instanceof HTMLElement && active !== document.body)
      last = rememberFocus(active);
    if (last?.element.isConnected) return;
    if (!last) {
      since = 0;
      return;
    }
    if (since === 0) since = Date.now();
    const lost = last;
    // Forgotten first: the rescue's own focus is remembered (focusin) as the next to watch.
    last = null;
    if (rescueFocus(lost, Date.now() - since >= WAIT_FOR_SCREEN_MS)) {
      since = 0;
      return;
    }
    last = lost;
    // Nothing more may change on the page: the main area then, once the wait is over.
    clearTimeout(timer);
    timer = setTimeout(check, WAIT_FOR_SCREEN_MS);
  };
  const observer = new MutationObserver(check);
  document.addEventListener('focusin', onFocusIn);
  observer.observe(document.body, { childList: true, subtree: true });
  return () => {
    clearTimeout(timer);
    document.removeEventListener('focusin', onFocusIn);
    observer.disconnect();
  };
}
