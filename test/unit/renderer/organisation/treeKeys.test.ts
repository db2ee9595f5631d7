import { describe, expect, it } from 'vitest';
import type { TreeRow } from '@shared/domain/alignment';
import { nextFocus } from '../../../../renderer/src/features/organisation/treeKeys';

const row = (key: string, over: Partial<TreeRow> = {}): TreeRow => ({
  key,
  kind: 'objective',
  objectiveId: key,
  keyResultId: null,
  level: 1,
  posinset: 1,
  setsize: 1,
  parentKey: null,
  isExpandable: false,
  isExpanded: false,
  ...over,
});

describe('the tree’s keys', () => {
  const open = row('a', { isExpandable: true, isExpanded: true });
  const child = row('b', { level: 2, parentKey: 'a' });
  const closed = row('c', { isExpandable: true });
  const rows = [open, child, closed];

  it('moves by one row and to either end, never past them', () => {
    expect(nextFocus(rows, open, 'ArrowDown')).toEqual({ focus: 'b' });
    expect(nextFocus(rows, open, 'ArrowUp')).toEqual({ focus: 'a' });
    expect(nextFocus(rows, closed, 'ArrowDown')).toEqual({ focus: 'c' });
    expect(nextFocus(rows, child, 'Home')).toEqual({ focus: 'a' });
    expect(nextFocus(rows, open, 'End')).toEqual({ focus: 'c' });
  });

  it('opens, enters, closes and climbs with Right and Left', () => {
    expect(nextFocus(rows, closed, 'ArrowRight')).toEqual({ toggle: true });
    expect(nextFocus(rows, open, 'ArrowRight')).toEqual({ focus: 'b' });
    expect(nextFocus(rows, child, 'ArrowRight')).toEqual({});
    expect(nextFocus(rows, open, 'ArrowLeft')).toEqual({ toggle: false });
    expect(nextFocus(rows, child, 'ArrowLeft')).toEqual({ focus: 'a' });
    expect(nextFocus(rows, open, 'x')).toBeNull();
  });
});
