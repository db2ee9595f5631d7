import type { ReactNode } from 'react';

/**
 * A table that may be wider than its column (a narrow window, 200% zoom or text): it scrolls
 * sideways in its own region, never the page. A shadow at an edge says there is more that way
 * and the first column (what each row is) stays in view (tableScroll.css). Focusable, so the
 * keyboard can scroll it too; `label` names the region for a screen reader.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // A scrolling region must be reachable by keyboard (axe: scrollable-region-focusable).
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
