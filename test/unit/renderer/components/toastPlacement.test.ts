import { describe, expect, it } from 'vitest';
import {
  columnPlacement,
  footerClearance,
  TOAST_MARGIN,
  toastPlacement,
} from '../../../../renderer/src/components/toastPlacement';

const viewport = { width: 1280, height: 800 };
const toaster = { width: 420, height: 56 };
const box = (top: number, bottom: number, left = 320, right = 960) => ({
  top,
  bottom,
  left,
  right,
});

describe('toastPlacement', () => {
  it('puts toasts at the bottom centre when no dialog is open', () => {
    expect(toastPlacement(null, viewport, toaster)).toEqual({ edge: 'bottom', align: 'center' });
  });

  it('keeps them below a dialog that leaves room, else above it', () => {
    expect(toastPlacement(box(200, 600), viewport, toaster)).toEqual({
      edge: 'bottom',
      align: 'center',
    });
    expect(toastPlacement(box(100, 780), viewport, toaster)).toEqual({
      edge: 'top',
      align: 'center',
    });
  });

  it('goes beside a tall dialog, and at the top (away from its buttons) when nothing is free', () => {
    expect(toastPlacement(box(10, 790, 460, 820), viewport, toaster)).toEqual({
      edge: 'bottom',
      align: 'left',
    });
    expect(toastPlacement(box(10, 790, 16, 1264), viewport, toaster)).toEqual({
      edge: 'top',
      align: 'center',
    });
  });
});

describe('footerClearance', () => {
  const box = (top: number, bottom: number) => ({ top, bottom, left: 300, right: 1260 });
  // A docked bar 730–790 with its buttons 742–778; toasts 56 tall sit 728–784 by default.
  const docked = { box: box(730, 790), controls: [box(742, 778)] };

  it('lifts the toasts above a bar whose controls they would hide', () => {
    expect(footerClearance([docked], viewport, 56)).toBe(800 - 730 + TOAST_MARGIN);
  });

  it('keeps the usual margin with no bar, or one whose controls are clear of the toasts', () => {
    expect(footerClearance([], viewport, 56)).toBe(TOAST_MARGIN);
    // A short page: the bar ends above the toasts, only its padding would touch them.
    expect(footerClearance([{ box: box(640, 735), controls: [box(652, 700)] }], viewport, 56)).toBe(
      TOAST_MARGIN,
    );
    // A sticky bar scrolled away from the bottom.
    expect(footerClearance([{ box: box(300, 360), controls: [box(312, 348)] }], viewport, 56)).toBe(
      TOAST_MARGIN,
    );
  });

  it('clears the highest of the bars it would cover', () => {
    const taller = { box: box(700, 800), controls: [box(760, 790)] };
    expect(footerClearance([docked, taller], viewport, 56)).toBe(116);
  });
});

describe('columnPlacement', () => {
  // The sidebar takes the window's first 264 pixels; the main column the rest.
  const main = { top: 0, bottom: 2400, left: 264, right: 1024 };
  const window768 = { width: 1024, height: 768 };
  const area = (p: ReturnType<typeof columnPlacement>, height: number) => {
    const top = p.top ?? window768.height - (p.bottom ?? 0) - height;
    return { left: p.left, right: p.left + p.width, top, bottom: top + height };
  };

  it('keeps the toasts inside the main column, clear of the sidebar, however wide they want to be', () => {
    for (const maxWidth of [384, 800, 2000]) {
      const placed = columnPlacement(main, window768, 120, maxWidth, TOAST_MARGIN, null);
      expect(placed.left).toBeGreaterThanOrEqual(main.left + TOAST_MARGIN);
      expect(placed.left + placed.width).toBeLessThanOrEqual(main.right - TOAST_MARGIN);
      expect(placed.width).toBeLessThanOrEqual(maxWidth);
    }
  });

  // Centred in the column: 264 + 16 … 1024 − 16 leaves 728, and 384 of it in the middle.
  const centre = 264 + TOAST_MARGIN + (728 - 384) / 2;

  it('sits at the bottom centre of the column, as high as the docked footer asks', () => {
    expect(columnPlacement(main, window768, 60, 384, 90, null)).toEqual({
      left: centre,
      width: 384,
      bottom: 90,
    });
  });

  it('stays in the same place on every screen, whichever corner holds the main action', () => {
    const height = 120;
    // The Check-ins and Retrospective screens' primary buttons sit at the bottom right or left.
    const saveAtRight = { top: 660, bottom: 700, left: 900, right: 1000 };
    const saveAtLeft = { top: 660, bottom: 700, left: 280, right: 400 };
    for (const actions of [[], [saveAtRight], [saveAtLeft]]) {
      const placed = columnPlacement(main, window768, height, 384, TOAST_MARGIN, null, actions);
      expect(placed).toEqual({ left: centre, width: 384, bottom: TOAST_MARGIN });
    }
  });

  it('rises above the screen’s main action rather than cover it, still centred', () => {
    const height = 120;
    const saveAndNext = { top: 660, bottom: 700, left: 500, right: 700 };
    const placed = columnPlacement(main, window768, height, 384, TOAST_MARGIN, null, [saveAndNext]);
    expect(placed).toEqual({ left: centre, width: 384, bottom: 768 - 660 + TOAST_MARGIN });

    // Nowhere clear of both: clear of the field being typed in.
    const field = { top: 40, bottom: 500, left: 280, right: 1000 };
    const everywhere = [{ top: 0, bottom: 768, left: 264, right: 1024 }];
    const focusedFirst = columnPlacement(main, window768, height, 384, 16, field, everywhere);
    expect(area(focusedFirst, height).top).toBeGreaterThanOrEqual(field.bottom);
    expect(focusedFirst.left).toBe(centre);
  });

  it('rises above the field being typed in rather than cover it, then goes below it, then to the top', () => {
    const height = 120;
    const fieldAtFoot = { top: 680, bottom: 720, left: 500, right: 800 };
    const first = area(
      columnPlacement(main, window768, height, 384, TOAST_MARGIN, fieldAtFoot),
      height,
    );
    expect(first.bottom).toBeLessThanOrEqual(fieldAtFoot.top);
    expect(first.left).toBe(centre);

    // A tall field: no room above it; below it, and at the top only when nothing else is clear.
    const tallField = { top: 40, bottom: 500, left: 280, right: 1000 };
    const third = area(
      columnPlacement(main, window768, height, 384, TOAST_MARGIN, tallField),
      height,
    );
    expect(third.top).toBeGreaterThanOrEqual(tallField.bottom);
    const fullField = { top: 150, bottom: 700, left: 280, right: 1000 };
    const fourth = columnPlacement(main, window768, height, 384, TOAST_MARGIN, fullField);
    expect(fourth).toEqual({ left: centre, width: 384, top: TOAST_MARGIN });
  });
});
