import * as z from 'zod';
import { lazySchema } from '../domain/lazySchema';

/**
 * The app's own commands, in one table: the native menu shows them with their shortcuts, the
 * browser build answers the same keys, and the shortcuts dialog lists them. A command reaches
 * the renderer as `menu:command` (see `contract.ts`); what it does is the renderer's business.
 */
export const APP_COMMANDS = [
  'new-team',
  'new-quarter',
  'import-plan',
  'export-review',
  'back-up',
  'restore',
  'show-setting',
  'show-checkins',
  'show-scoring',
  'show-retrospective',
  'show-shortcuts',
] as const;

export const appCommandSchema = lazySchema(() => z.enum(APP_COMMANDS));
export type AppCommand = z.infer<typeof appCommandSchema>;

/** Where a command sits in the menu bar. */
export type CommandMenu = 'file' | 'view' | 'help';

export type CommandInfo = {
  label: string;
  menu: CommandMenu;
  /** The shortcut, as Electron writes accelerators: `CmdOrCtrl+Shift+N`. */
  accelerator: string;
  /**
   * The shortcut in a browser tab, where the browser keeps some keys for itself (Ctrl+N opens a
   * window, Ctrl+Shift+N a private one): the same command on a key the page may have.
   */
  browserAccelerator?: string;
};

/** Every command with its menu label and usual shortcut, in menu order. */
export const COMMANDS: Readonly<Record<AppCommand, CommandInfo>> = {
  'new-team': {
    label: 'New team…',
    menu: 'file',
    accelerator: 'CmdOrCtrl+Shift+N',
    browserAccelerator: 'Alt+Shift+N',
  },
  'new-quarter': {
    label: 'New quarter…',
    menu: 'file',
    accelerator: 'CmdOrCtrl+N',
    browserAccelerator: 'Alt+N',
  },
  'import-plan': { label: 'Import plan (CSV)…', menu: 'file', accelerator: 'CmdOrCtrl+I' },
  'export-review': { label: 'Export review…', menu: 'file', accelerator: 'CmdOrCtrl+E' },
  'back-up': { label: 'Back up…', menu: 'file', accelerator: 'CmdOrCtrl+S' },
  restore: { label: 'Restore…', menu: 'file', accelerator: 'CmdOrCtrl+O' },
  'show-setting': { label: 'Setting', menu: 'view', accelerator: 'CmdOrCtrl+1' },
  'show-checkins': { label: 'Check-ins', menu: 'view', accelerator: 'CmdOrCtrl+2' },
  'show-scoring': { label: 'Scoring', menu: 'view', accelerator: 'CmdOrCtrl+3' },
  'show-retrospective': { label: 'Retrospective', menu: 'view', accelerator: 'CmdOrCtrl+4' },
  'show-shortcuts': { label: 'Keyboard shortcuts', menu: 'help', accelerator: 'CmdOrCtrl+/' },
};

/** The commands of one menu, in order. */
export function commandsIn(menu: CommandMenu): AppCommand[] {
  return APP_COMMANDS.filter((c) => COMMANDS[c].menu === menu);
}

/** The keys that run a command where it runs: the desktop app, or a browser tab. */
export function acceleratorFor(command: AppCommand, host: 'desktop' | 'browser'): string {
  const info = COMMANDS[command];
  return host === 'browser' ? (info.browserAccelerator ?? info.accelerator) : info.accelerator;
}

/** The modifier and key state of a key press, as a `KeyboardEvent` has it. */
export type KeyPress = {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
};

/** Whether a key press is an accelerator; `CmdOrCtrl` is ⌘ on a Mac and Ctrl elsewhere. */
export function matchesAccelerator(press: KeyPress, accelerator: string, isMac: boolean): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop()?.toLowerCase() ?? '';
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  const wantsCtrl = mods.has('ctrl') || (!isMac && mods.has('cmdorctrl'));
  const wantsMeta = mods.has('cmd') || (isMac && mods.has('cmdorctrl'));
  if (press.ctrlKey !== wantsCtrl || press.metaKey !== wantsMeta) return false;
  if (press.altKey !== mods.has('alt') || press.shiftKey !== mods.has('shift')) return false;
  // With Shift or Alt held, `key` may be another character ("?" for "/", "N" for "n", "ñ" for
  // Alt+N on a Mac): the physical key decides then.
  const fromCode = press.code?.replace(/^Key|^Digit/, '').toLowerCase();
  return (
    press.key.toLowerCase() === key || fromCode === key || (key === '/' && press.code === 'Slash')
  );
}

/** The command a key press runs in a browser tab, if any. */
export function commandForKeyPress(press: KeyPress, isMac: boolean): AppCommand | null {
  return (
    APP_COMMANDS.find((c) => matchesAccelerator(press, acceleratorFor(c, 'browser'), isMac)) ?? null
  );
}

/** An accelerator as people read it: `Ctrl+Shift+N`, or `⌘⇧N` on a Mac. */
export function describeAccelerator(accelerator: string, isMac: boolean): string {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const names: Record<string, [string, string]> = {
    cmdorctrl: ['Ctrl', '⌘'],
    ctrl: ['Ctrl', '⌃'],
    cmd: ['Cmd', '⌘'],
    alt: ['Alt', '⌥'],
    shift: ['Shift', '⇧'],
  };
  const mods = parts.map((p) => names[p.toLowerCase()]?.[isMac ? 1 : 0] ?? p);
  return isMac ? `${mods.join('')}${key.toUpperCase()}` : [...mods, key.toUpperCase()].join('+');
}
