import { type FocusEvent, type ReactNode, type RefObject, useLayoutEffect, useRef } from 'react';

/**
 * A table that may be wider than its column (a narrow window, 200% zoom or text): it scrolls
 * sideways in its own region, never the page. A shadow at an edge says there is more that way
 * and the first column (what each row is) stays in view (tableScroll.css). Focusable, so the
 * keyboard can scroll it too; `label` names the region for a screen reader.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  usePinnedWidth(ref);
  return (
    // A scrolling region must be reachable by keyboard (axe: scrollable-region-focusable).
    <div
      ref={ref}
      className="table-scroll"
      role="region"
      aria-label={label}
      tabIndex={0}
      onFocus={keepClearOfPinned}
    >
      {children}
    </div>
  );
}

/**
 * Keeps `--pinned-width` on the region at the pinned first column's width, which its content
 * and the text size decide: the region's scroll padding (tableScroll.css), so a control the
 * keyboard reaches scrolls into view beside that column rather than under it.
 */
function usePinnedWidth(ref: RefObject<HTMLDivElement | null>): void {
  useLayoutEffect(() => {
    const region = ref.current;
    const pinned = region?.querySelector(':scope > table tr > :first-child');
    if (!region || !pinned) return;
    const measure = () =>
      region.style.setProperty('--pinned-width', `${pinned.getBoundingClientRect().width}px`);
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(pinned);
    return () => observer.disconnect();
  });
}

/**
 * The browser leaves a control that is partly in view where it is (Shift+Tab back towards the
 * first column with the table scrolled to its far side), though the pinned column covers that
 * part: the region scrolls back just far enough to show it beside the column.
 */
function keepClearOfPinned(event: FocusEvent<HTMLDivElement>): void {
  const cell = event.target.closest('td, th');
  const pinned = cell?.parentElement?.firstElementChild;
  if (!cell || !pinned || pinned === cell) return;
  const hidden = pinned.getBoundingClientRect().right - event.target.getBoundingClientRect().left;
  if (hidden > 0) event.currentTarget.scrollLeft -= hidden;
}
