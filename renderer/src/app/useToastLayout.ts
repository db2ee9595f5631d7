import { type RefObject, useLayoutEffect, useRef, useState } from 'react';
import {
  type ColumnPlacement,
  columnPlacement,
  DOCKED_FOOTER_SELECTOR,
  focusedRegion,
  footerClearance,
  isOverlapping,
  placedBox,
  TOAST_WIDTH_REM,
  toastPlacement,
  type ToastPlacement,
} from '../components/toastPlacement';
import type { Toast } from '../state/toastStore';

/** What in a docked footer a toast must not hide. */
const CONTROLS = 'button, a[href], input, select, textarea, [tabindex]';

const BOTTOM_CENTRE: ToastPlacement = { edge: 'bottom', align: 'center' };

/**
 * A ResizeObserver calling `place`, or none where the browser has none or refuses one: the
 * toasts are then placed again on resize, scroll and focus only, and the window never fails.
 */
function observeResizes(place: () => void): ResizeObserver | null {
  try {
    return typeof ResizeObserver === 'function' ? new ResizeObserver(place) : null;
  } catch {
    return null;
  }
}

/** The screen's main actions, which the toasts leave uncovered where they can. */
const MAIN_ACTIONS = '.button--primary:not(:disabled)';

/** What the toasts keep clear of: the control the keyboard is on, if any, outside the toasts. */
const FOCUSABLE_CONTROL =
  'input, textarea, select, button, a[href], [contenteditable="true"], [role="slider"]';

function focusedControl(toaster: HTMLElement | null): Element | null {
  const active = document.activeElement;
  if (!active || !active.matches(FOCUSABLE_CONTROL)) return null;
  return toaster?.contains(active) ? null : active;
}

function sameColumn(a: ColumnPlacement | null, b: ColumnPlacement): boolean {
  return (
    a !== null &&
    a.left === b.left &&
    a.width === b.width &&
    a.top === b.top &&
    a.bottom === b.bottom
  );
}

export interface ToastLayout {
  /** Where the toasts inside an open dialog sit. */
  placement: ToastPlacement;
  /** The toasts' column inside the main area, or null to sit at the bottom centre. */
  column: ColumnPlacement | null;
  /** Toasts shrunk to one line each, so the field being edited stays in sight. */
  isCompact: boolean;
}

/**
 * Places the toasts (the measuring half of the Toaster): measured again on resize, scroll,
 * focus and whenever the toasts, the dialog or the page change size.
 */
export function useToastLayout(
  toasts: readonly Toast[],
  dialog: HTMLElement | null,
  ref: RefObject<HTMLDivElement | null>,
  dialogRef: RefObject<HTMLDivElement | null>,
): ToastLayout {
  const [placement, setPlacement] = useState<ToastPlacement>(BOTTOM_CENTRE);
  const [column, setColumn] = useState<ColumnPlacement | null>(null);
  // A window too short for both the toast and the field being edited with its label and hint
  // (200% zoom and large text): the toast shrinks to one line of its message and its buttons.
  // Decided on the toast's full height, so that shrinking does not undo the decision.
  const [isCompact, setCompact] = useState(false);
  const isCompactNow = useRef(false);
  const fullHeight = useRef(0);

  useLayoutEffect(() => {
    // Measuring lays the page out there and then: with nothing to show (every start), no need.
    if (toasts.length === 0) return;
    const place = () => {
      const viewport = { width: window.innerWidth, height: window.innerHeight };
      if (dialog) {
        const own = dialogRef.current?.getBoundingClientRect();
        const next = toastPlacement(dialog.getBoundingClientRect(), viewport, {
          width: own?.width ?? 0,
          height: own?.height ?? 0,
        });
        setPlacement((current) =>
          current.edge === next.edge && current.align === next.align ? current : next,
        );
      }
      const main = document.getElementById('main');
      if (!main) return setColumn(null);
      // Above any bar docked to the bottom (a wizard's Back/Next bar).
      const footers = [...document.querySelectorAll(DOCKED_FOOTER_SELECTOR)].map((f) => ({
        box: f.getBoundingClientRect(),
        controls: [...f.querySelectorAll(CONTROLS)].map((c) => c.getBoundingClientRect()),
      }));
      const height = ref.current?.getBoundingClientRect().height ?? 0;
      if (!isCompactNow.current || fullHeight.current === 0) fullHeight.current = height;
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const control = focusedControl(ref.current);
      // The field being edited with its label, hint and message, not the box alone.
      const region = control ? focusedRegion(control) : null;
      const placeAt = (tall: number) =>
        columnPlacement(
          main.getBoundingClientRect(),
          viewport,
          tall,
          TOAST_WIDTH_REM * rem,
          footerClearance(footers, viewport, tall),
          region,
          [...main.querySelectorAll(MAIN_ACTIONS)].map((a) => a.getBoundingClientRect()),
          control?.getBoundingClientRect() ?? null,
        );
      const full = placeAt(fullHeight.current);
      const compact =
        region !== null && isOverlapping(placedBox(full, viewport, fullHeight.current), region);
      if (compact !== isCompactNow.current) {
        isCompactNow.current = compact;
        setCompact(compact);
      }
      const nextColumn = compact ? placeAt(height) : full;
      setColumn((current) => (sameColumn(current, nextColumn) ? current : nextColumn));
    };
    place();
    window.addEventListener('resize', place);
    // Scrolling docks or undocks a sticky bar; the focus moving may put a field under the toasts.
    window.addEventListener('scroll', place, { capture: true, passive: true });
    // A focus often scrolls the page a moment later (into view): measured again after that too.
    let frame = 0;
    const placeOnFocus = () => {
      place();
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(place);
    };
    document.addEventListener('focusin', placeOnFocus);
    // A toast wraps onto more lines once it has its width: its place is measured again.
    const observer = observeResizes(place);
    // So does the page, when something above the focused field grows (a chart drawn at its width).
    // The app's own box, not the body: #root is the window's size (a query container, base.css),
    // so the body keeps its size however the page grows.
    const app = document.getElementById('main')?.parentElement ?? document.body;
    for (const box of [ref.current, dialogRef.current, app]) if (box) observer?.observe(box);
    return () => {
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, { capture: true });
      document.removeEventListener('focusin', placeOnFocus);
      cancelAnimationFrame(frame);
      observer?.disconnect();
    };
  }, [dialog, toasts, ref, dialogRef]);

  return { placement, column, isCompact };
}
