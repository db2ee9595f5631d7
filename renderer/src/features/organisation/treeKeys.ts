import type { TreeRow } from '@shared/domain/alignment';

/** What a key press does in the tree: which row gets focus, and whether the current one opens. */
export type TreeMove = { focus?: string; toggle?: boolean };

/**
 * The tree widget's keys (WAI-ARIA tree pattern): Up and Down move by one visible row, Home and
 * End to the ends; Right opens a closed branch or moves into an open one; Left closes an open
 * branch or moves to the parent. Null for any other key.
 */
export function nextFocus(
  rows: readonly TreeRow[],
  current: TreeRow,
  key: string,
): TreeMove | null {
  const at = rows.findIndex((r) => r.key === current.key);
  const to = (i: number): TreeMove => ({
    focus: rows[Math.max(0, Math.min(rows.length - 1, i))]!.key,
  });
  switch (key) {
    case 'ArrowDown':
      return to(at + 1);
    case 'ArrowUp':
      return to(at - 1);
    case 'Home':
      return to(0);
    case 'End':
      return to(rows.length - 1);
    case 'ArrowRight':
      if (!current.isExpandable) return {};
      return current.isExpanded ? to(at + 1) : { toggle: true };
    case 'ArrowLeft':
      if (current.isExpanded) return { toggle: false };
      return current.parentKey ? { focus: current.parentKey } : {};
    default:
      return null;
  }
}
