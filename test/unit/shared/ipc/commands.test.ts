import { describe, expect, it } from 'vitest';
import {
  acceleratorFor,
  commandForKeyPress,
  describeAccelerator,
  matchesAccelerator,
} from '@shared/ipc/commands';

const press = (
  key: string,
  mods: Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt', boolean>> = {},
  code?: string,
) => ({
  key,
  ...(code ? { code } : {}),
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('app commands on the keyboard', () => {
  it('reads CmdOrCtrl as Ctrl, and as ⌘ on a Mac', () => {
    expect(matchesAccelerator(press('s', { ctrl: true }), 'CmdOrCtrl+S', false)).toBe(true);
    expect(matchesAccelerator(press('s', { meta: true }), 'CmdOrCtrl+S', false)).toBe(false);
    expect(matchesAccelerator(press('s', { meta: true }), 'CmdOrCtrl+S', true)).toBe(true);
    expect(matchesAccelerator(press('s', { ctrl: true, shift: true }), 'CmdOrCtrl+S', false)).toBe(
      false,
    );
  });

  it("finds the browser build's command for a key, using keys a browser tab may have", () => {
    expect(commandForKeyPress(press('3', { ctrl: true }, 'Digit3'), false)).toBe('show-scoring');
    expect(commandForKeyPress(press('o', { ctrl: true }), false)).toBe('restore');
    // Ctrl+N belongs to the browser (a new window): the tab answers Alt+N instead.
    expect(commandForKeyPress(press('n', { ctrl: true }), false)).toBeNull();
    expect(commandForKeyPress(press('n', { alt: true }, 'KeyN'), false)).toBe('new-quarter');
    expect(commandForKeyPress(press('ñ', { alt: true }, 'KeyN'), true)).toBe('new-quarter');
    expect(commandForKeyPress(press('N', { alt: true, shift: true }, 'KeyN'), false)).toBe(
      'new-team',
    );
    expect(commandForKeyPress(press('/', { ctrl: true }, 'Slash'), false)).toBe('show-shortcuts');
    expect(commandForKeyPress(press('z', { ctrl: true }), false)).toBeNull();
  });

  it('writes a shortcut as people read it on each system', () => {
    expect(describeAccelerator(acceleratorFor('new-team', 'desktop'), false)).toBe('Ctrl+Shift+N');
    expect(describeAccelerator(acceleratorFor('new-team', 'desktop'), true)).toBe('⌘⇧N');
    expect(describeAccelerator(acceleratorFor('new-team', 'browser'), false)).toBe('Alt+Shift+N');
    expect(describeAccelerator('CmdOrCtrl+/', false)).toBe('Ctrl+/');
  });
});
