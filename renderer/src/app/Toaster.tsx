import { type FocusEvent, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTopDialog } from '../components/dialogStack';
import { Icon } from '../components/Icon';
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
import { type Toast, useToastStore } from '../state/toastStore';
import { useUiStore, viewKey } from '../state/uiStore';
import { useWorkshopUi } from '../state/workshopUiStore';

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

/**
 * Live regions for confirmations, errors and Undo; screen readers announce each message. Outside a
 * dialog the toasts stay inside the main column (never over the sidebar), clear of a docked
 * footer's buttons and of the control being used. While a modal dialog is open the toasts that
 * come meanwhile live inside it (everything outside a modal is inert, so an Undo there could not
 * be pressed), placed where they do not cover the dialog's buttons; those from before stay
 * outside, behind it, rather than cover the dialog the person has just opened.
 */
export function Toaster() {
  useLeaveScreenWithToasts();
  const toasts = useToastStore((s) => s.toasts);
  const dismiss = useToastStore((s) => s.dismiss);
  const dialog = useTopDialog();
  const ref = useRef<HTMLDivElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<ToastPlacement>(BOTTOM_CENTRE);
  const [column, setColumn] = useState<ColumnPlacement | null>(null);
  // A window too short for both the toast and the field being edited with its label and hint
  // (200% zoom and large text): the toast shrinks to one line of its message and its buttons.
  // Decided on the toast's full height, so that shrinking does not undo the decision.
  const [isCompact, setCompact] = useState(false);
  const isCompactNow = useRef(false);
  const fullHeight = useRef(0);

  // The newest toast when each open dialog opened: later ones are the dialog's, also once a
  // question shown over it has closed again.
  const [openedAt] = useState(() => new WeakMap<HTMLElement, number>());
  if (dialog && !openedAt.has(dialog))
    openedAt.set(dialog, Math.max(0, ...toasts.map((t) => t.id)));
  const after = dialog ? (openedAt.get(dialog) ?? 0) : null;
  const inDialog = after === null ? [] : toasts.filter((t) => t.id > after);
  const outside = after === null ? toasts : toasts.filter((t) => t.id <= after);

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
    // A toast wraps onto more lines once it has its width: the corners are measured again.
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
  }, [dialog, toasts]);

  // While the pointer or the keyboard is on the toasts, their clocks stop: no toast goes while
  // someone reads it or reaches for its Undo.
  const isPointerIn = useRef(false);
  const hold = useToastStore((s) => s.hold);
  const release = useToastStore((s) => s.release);
  const syncHold = useCallback(() => {
    const regions = [ref.current, dialogRef.current].filter((r) => r !== null);
    const isFocusIn = regions.some((r) => r.contains(document.activeElement));
    const isShowing = regions.some((r) => r.childElementCount > 0);
    if (isShowing && (isPointerIn.current || isFocusIn)) hold();
    else release();
  }, [hold, release]);
  // A toast dismissed from under the pointer or the focus leaves nothing to hold for.
  useEffect(() => {
    if (toasts.length === 0) isPointerIn.current = false;
    syncHold();
  }, [toasts, syncHold]);
  useEffect(() => release, [release]);

  // Escape dismisses the newest toast, unless something else (a dialog, a form) took the key.
  useEffect(() => {
    if (toasts.length === 0) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target as Node | null;
      const isInToasts = [ref.current, dialogRef.current].some((r) => r?.contains(target));
      const isEditing = (target as HTMLElement | null)?.closest?.(
        'input, textarea, select, [contenteditable="true"]',
      );
      if (!isInToasts && (dialog || isEditing)) return;
      // With a dialog open, only its own toasts can be reached.
      const newest = (after === null ? toasts : toasts.filter((t) => t.id > after)).at(-1);
      if (newest) dismiss(newest.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [after, dialog, dismiss, toasts]);

  const holdHandlers = {
    onPointerEnter: () => {
      isPointerIn.current = true;
      syncHold();
    },
    onPointerLeave: () => {
      isPointerIn.current = false;
      syncHold();
    },
    onFocus: syncHold,
    onBlur: (event: FocusEvent<HTMLDivElement>) => {
      // The focus moving between a toast's buttons keeps the hold.
      const next = event.relatedTarget as Node | null;
      if (![ref.current, dialogRef.current].some((r) => r?.contains(next))) release();
    },
  };

  const list = (shown: readonly Toast[]) =>
    shown.map((toast) => (
      <div key={toast.id} className={`toast toast--${toast.tone}`}>
        <span className="toast__message" title={toast.message}>
          {toast.message}
        </span>
        {toast.actions?.map((action) => (
          <button
            key={action.label}
            type="button"
            className="button button--inverse"
            onClick={() => {
              dismiss(toast.id);
              action.run();
            }}
          >
            {action.label}
          </button>
        ))}
        {toast.undo && (
          <button
            type="button"
            className="button button--inverse"
            // The newest Undo is also Ctrl+Z from anywhere outside a text field.
            aria-keyshortcuts="Control+Z"
            title="Undo (Ctrl+Z)"
            onClick={() => {
              dismiss(toast.id);
              void toast.undo?.();
            }}
          >
            Undo
          </button>
        )}
        <button
          type="button"
          className="icon-button icon-button--inverse"
          onClick={() => dismiss(toast.id)}
          aria-label="Dismiss"
          title="Dismiss (Esc)"
        >
          <Icon name="close" size={16} />
        </button>
      </div>
    ));

  return (
    <>
      <div
        ref={ref}
        className={`${column ? 'toaster toaster--column' : 'toaster toaster--bottom toaster--center'}${isCompact ? ' toaster--compact' : ''}`}
        style={column ?? undefined}
        role="status"
        aria-live="polite"
        {...holdHandlers}
      >
        {list(outside)}
      </div>
      {dialog &&
        createPortal(
          <div
            ref={dialogRef}
            className={`toaster toaster--${placement.edge} toaster--${placement.align}`}
            role="status"
            aria-live="polite"
            {...holdHandlers}
          >
            {list(inDialog)}
          </div>,
          dialog,
        )}
    </>
  );
}

/**
 * Tells the toasts when the person goes to another screen (team, quarter, phase, check-in view,
 * organisation screen, workshop), so those about the screen left behind get out of the way of
 * the new one (see `leaveScreen`).
 */
function useLeaveScreenWithToasts(): void {
  const screen = useUiStore((s) => viewKey(s));
  const isWorkshopScreen = useWorkshopUi((s) => s.isScreenOpen);
  const leaveScreen = useToastStore((s) => s.leaveScreen);
  const shown = `${screen}|${isWorkshopScreen}`;
  const previous = useRef(shown);
  useEffect(() => {
    if (previous.current === shown) return;
    previous.current = shown;
    leaveScreen();
  }, [shown, leaveScreen]);
}
