/** A box on screen, as `getBoundingClientRect` gives it. */
export type Box = { top: number; bottom: number; left: number; right: number };
export type Size = { width: number; height: number };

/** Where the toasts go: an edge of the window, centred unless a corner is named. */
export type ToastPlacement =
  { edge: 'bottom' | 'top'; align: 'center' } | { edge: 'bottom'; align: 'left' | 'right' };

/** The gap kept between the toasts, the window's edge and a dialog. */
export const TOAST_MARGIN = 16;

/**
 * Where toasts go so they never cover an open dialog's buttons: below the dialog when there is
 * room, else above it, else beside it; a dialog that fills the window gets them at the top, over
 * its heading and away from its footer, where its buttons are. Without a dialog: bottom centre.
 */
export function toastPlacement(dialog: Box | null, viewport: Size, toaster: Size): ToastPlacement {
  if (!dialog) return { edge: 'bottom', align: 'center' };
  const tall = toaster.height + 2 * TOAST_MARGIN;
  const wide = toaster.width + 2 * TOAST_MARGIN;
  if (viewport.height - dialog.bottom >= tall) return { edge: 'bottom', align: 'center' };
  if (dialog.top >= tall) return { edge: 'top', align: 'center' };
  if (dialog.left >= wide) return { edge: 'bottom', align: 'left' };
  if (viewport.width - dialog.right >= wide) return { edge: 'bottom', align: 'right' };
  return { edge: 'top', align: 'center' };
}

/** What marks a control bar docked to the window's bottom edge (a wizard's Back/Next bar). */
export const DOCKED_FOOTER_SELECTOR = '[data-docked-footer]';

/**
 * How far above the window's bottom edge the toasts sit so they cover no docked footer: above
 * the highest one that reaches the bottom edge (a sticky bar scrolled away from it does not
 * count), else the usual margin.
 */
export function footerClearance(footers: readonly Box[], viewport: Size): number {
  const docked = footers.filter(
    (f) => f.bottom >= viewport.height - TOAST_MARGIN * 2 && f.top < viewport.height,
  );
  if (docked.length === 0) return TOAST_MARGIN;
  const top = Math.min(...docked.map((f) => f.top));
  return Math.max(TOAST_MARGIN, viewport.height - top + TOAST_MARGIN);
}
