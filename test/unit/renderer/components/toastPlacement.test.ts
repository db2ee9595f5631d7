import { describe, expect, it } from 'vitest';
import {
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
  const bar = (top: number, bottom: number) => ({ top, bottom, left: 300, right: 1260 });

  it('lifts the toasts above a bar docked to the bottom edge', () => {
    expect(footerClearance([bar(730, 790)], viewport)).toBe(800 - 730 + TOAST_MARGIN);
  });

  it('keeps the usual margin with no docked bar, or one scrolled away from the bottom', () => {
    expect(footerClearance([], viewport)).toBe(TOAST_MARGIN);
    expect(footerClearance([bar(300, 360)], viewport)).toBe(TOAST_MARGIN);
    expect(footerClearance([bar(900, 960)], viewport)).toBe(TOAST_MARGIN);
  });

  it('clears the tallest of several docked bars', () => {
    expect(footerClearance([bar(740, 790), bar(700, 800)], viewport)).toBe(116);
  });
});
