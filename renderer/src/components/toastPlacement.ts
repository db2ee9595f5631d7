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

/** A bar docked to the bottom: its box and the boxes of the controls in it. */
export type DockedFooter = { box: Box; controls: readonly Box[] };

/**
 * How far above the window's bottom edge the toasts sit so they hide no control of a docked
 * footer: where a footer's control would be under the toasts (at the usual margin), above that
 * footer; else the usual margin, so a bar that is not at the bottom (a short page, a sticky bar
 * scrolled away) costs no room.
 */
export function footerClearance(
  footers: readonly DockedFooter[],
  viewport: Size,
  toasterHeight: number,
): number {
  const bandTop = viewport.height - TOAST_MARGIN - toasterHeight;
  const bandBottom = viewport.height - TOAST_MARGIN;
  const covered = footers.filter((f) =>
    f.controls.some((c) => c.bottom > bandTop && c.top < bandBottom),
  );
  if (covered.length === 0) return TOAST_MARGIN;
  const top = Math.min(...covered.map((f) => f.box.top));
  return Math.max(TOAST_MARGIN, viewport.height - top + TOAST_MARGIN);
}

/** Where the toasts stand outside a dialog: inside the main column, in window coordinates. */
export type ColumnPlacement = { left: number; width: number } & (
  { bottom: number; top?: undefined } | { top: number; bottom?: undefined }
);

/** How wide the toasts are at most: a short line of text, so they cover little. */
export const TOAST_WIDTH_REM = 24;

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Where the toasts go outside a dialog: in one place on every screen, so a facilitator looking
 * for an Undo knows where it is. That place is the bottom centre of the main column (`column`),
 * never over the sidebar beside it; at most `maxWidth` wide, narrower when the column is; `bottom`
 * above the window's edge (clear of a docked footer's controls). Where they would cover the
 * focused control (`focused`, the field being typed in) or the screen's main actions (`actions`,
 * its primary buttons), they stay centred and rise just above what they would cover, the least
 * rise first; then just below the focused control; and only then the top centre (over the top
 * bar's actions); if each would cover something, the bottom centre. `focused` is the control
 * with what explains it (its label, hint and message: {@link focusedRegion}); where no place
 * clears all of that, one that clears the control itself (`control`) is taken.
 */
export function columnPlacement(
  column: Box,
  viewport: Size,
  toasterHeight: number,
  maxWidth: number,
  bottom: number,
  focused: Box | null,
  actions: readonly Box[] = [],
  control: Box | null = focused,
): ColumnPlacement {
  const left = Math.max(column.left, 0) + TOAST_MARGIN;
  const right = Math.min(column.right, viewport.width) - TOAST_MARGIN;
  const width = Math.max(0, Math.min(maxWidth, right - left));
  // Always centred: only the height changes, never the side.
  const x = Math.round(left + (right - left - width) / 2);
  const top = Math.max(column.top, 0) + TOAST_MARGIN;
  const at = (edge: { top: number } | { bottom: number }): ColumnPlacement =>
    'top' in edge ? { left: x, width, top: edge.top } : { left: x, width, bottom: edge.bottom };
  const candidates: ColumnPlacement[] = [at({ bottom })];
  const obstacles = [focused, control, ...actions].filter((box) => box !== null);
  // Lowest first: the least rise that clears each.
  for (const box of [...obstacles].sort((a, b) => b.top - a.top)) {
    const above = viewport.height - box.top + TOAST_MARGIN;
    if (above > bottom && viewport.height - above - toasterHeight >= top) {
      candidates.push(at({ bottom: above }));
    }
  }
  if (focused) {
    const below = focused.bottom + TOAST_MARGIN;
    if (below + toasterHeight <= viewport.height - bottom) candidates.push(at({ top: below }));
  }
  candidates.push(at({ top }));
  const boxOf = (placed: ColumnPlacement): Box => placedBox(placed, viewport, toasterHeight);
  const clearOf = (boxes: readonly Box[]) =>
    candidates.find((placed) => boxes.every((box) => !overlaps(boxOf(placed), box)));
  const focusedOnly = focused ? [focused] : [];
  return (
    clearOf([...focusedOnly, ...actions]) ??
    clearOf(focusedOnly) ??
    (control ? clearOf([control]) : undefined) ??
    candidates[0]!
  );
}

/** The box the toasts take when placed at `placed`, `toasterHeight` tall. */
export function placedBox(placed: ColumnPlacement, viewport: Size, toasterHeight: number): Box {
  const top = placed.top ?? viewport.height - (placed.bottom ?? TOAST_MARGIN) - toasterHeight;
  return { left: placed.left, right: placed.left + placed.width, top, bottom: top + toasterHeight };
}

/** Whether two boxes on screen share any area. */
export function isOverlapping(a: Box, b: Box): boolean {
  return overlaps(a, b);
}

/** The smallest box holding every one of `boxes` (none: null). */
export function unionOf(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  return {
    top: Math.min(...boxes.map((b) => b.top)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
    left: Math.min(...boxes.map((b) => b.left)),
    right: Math.max(...boxes.map((b) => b.right)),
  };
}

/**
 * What a toast must leave readable around the focused `control`: the control, its labels and
 * whatever describes it (its hint, counter, error or the coach's note, by `aria-describedby` and
 * `aria-errormessage`), and the field that groups them; so a message shown above or below the
 * field being edited is never hidden behind a toast.
 */
export function focusedRegion(control: Element): Box {
  const parts: Element[] = [control];
  if ('labels' in control && control.labels instanceof NodeList) {
    parts.push(...Array.from(control.labels as NodeListOf<HTMLLabelElement>));
  }
  const ids = ['aria-describedby', 'aria-errormessage']
    .flatMap((name) => (control.getAttribute(name) ?? '').split(/\s+/))
    .filter(Boolean);
  for (const id of ids) {
    const described = control.ownerDocument.getElementById(id);
    if (described) parts.push(described);
  }
  const field = control.closest('.field');
  if (field) parts.push(field);
  const shown = parts
    .map((part) => part.getBoundingClientRect())
    .filter((box) => box.width > 0 && box.height > 0);
  return unionOf(shown) ?? control.getBoundingClientRect();
}
