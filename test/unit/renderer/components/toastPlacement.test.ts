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

  it('sits in the bottom-right corner, as high as the docked footer asks', () => {
    expect(columnPlacement(main, window768, 60, 384, 90, null)).toEqual({
      left: 1024 - TOAST_MARGIN - 384,
      width: 384,
      bottom: 90,
    });
  });

  it('leaves the screen’s main action uncovered where it can, but the focused field first', () => {
    const height = 120;
    const saveAndNext = { top: 660, bottom: 700, left: 900, right: 1000 };
    const placed = columnPlacement(main, window768, height, 384, TOAST_MARGIN, null, [saveAndNext]);
    expect(placed).toEqual({ left: main.left + TOAST_MARGIN, width: 384, bottom: TOAST_MARGIN });

    // Nowhere clear of both: clear of the field being typed in.
    const field = { top: 40, bottom: 500, left: 280, right: 1000 };
    const everywhere = [{ top: 0, bottom: 768, left: 264, right: 1024 }];
    const focusedFirst = columnPlacement(main, window768, height, 384, 16, field, everywhere);
    expect(area(focusedFirst, height).top).toBeGreaterThanOrEqual(field.bottom);
  });

  it('moves to another corner rather than cover the field being typed in', () => {
    const height = 120;
    const fieldBottomRight = { top: 680, bottom: 720, left: 700, right: 1000 };
    const first = columnPlacement(main, window768, height, 384, TOAST_MARGIN, fieldBottomRight);
    expect(first.bottom).toBe(TOAST_MARGIN);
    expect(first.left).toBe(main.left + TOAST_MARGIN);

    // A field as wide as the column: just above it, not over the top bar's actions.
    const wideField = { top: 500, bottom: 720, left: 280, right: 1000 };
    const second = columnPlacement(main, window768, height, 384, TOAST_MARGIN, wideField);
    const box = area(second, height);
    expect(box.bottom).toBeLessThanOrEqual(wideField.top);
    expect(box.top).toBeGreaterThan(TOAST_MARGIN);

    // No room above it either: below it, and at the top only when nothing else is clear.
    const tallField = { top: 40, bottom: 500, left: 280, right: 1000 };
    const third = area(
      columnPlacement(main, window768, height, 384, TOAST_MARGIN, tallField),
      height,
    );
    expect(third.top).toBeGreaterThanOrEqual(tallField.bottom);
    const fullField = { top: 150, bottom: 700, left: 280, right: 1000 };
    const fourth = columnPlacement(main, window768, height, 384, TOAST_MARGIN, fullField);
    expect(fourth.top).toBe(TOAST_MARGIN);
  });
});
