import * as z from 'zod';
import { lazySchema } from '../domain/lazySchema';
import { appCommandSchema } from './commands';

/**
 * What main sends the renderer unasked, one entry per channel with a runtime schema for its
 * payload: main parses a payload before sending it, and the renderer again on receipt. The
 * preload exposes one subscribe method per channel (`menu:command` → `onMenuCommand`). Apart from
 * the request channels (`contract.ts`) so the renderer's first screen, which checks every menu
 * command on receipt, does not load every channel's schemas.
 */
export const events = {
  /**
   * A command chosen in the application menu or by its shortcut (`commands.ts`): New team,
   * Import plan, Back up…, a phase, the shortcuts. The renderer decides what it does.
   */
  'menu:command': { payload: lazySchema(() => z.object({ command: appCommandSchema })) },
  /** Something in the connected folder changed (a `git pull`, a sync client, a colleague). */
  'folder:changed': { payload: lazySchema(() => z.object({})) },
} as const;
