import { describe, expect, it } from 'vitest';
import { toastPlacement } from '../../../../renderer/src/components/toastPlacement';

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
