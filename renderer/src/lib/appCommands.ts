import { events } from '@shared/ipc/events';
import type { AppCommand } from '@shared/ipc/commands';
import { desktopApi } from './desktopApi';

/**
 * Listens to the app's commands from the host: the native menu and its shortcuts in the desktop
 * app, the same shortcuts in a browser tab. Each one is checked against the contract on receipt;
 * anything else is ignored. Returns how to stop listening.
 */
export function onAppCommand(handler: (command: AppCommand) => void): () => void {
  return desktopApi().onMenuCommand((payload: unknown) => {
    const parsed = events['menu:command'].payload.safeParse(payload);
    if (parsed.success) handler(parsed.data.command);
    else console.warn('Ignored a menu command that does not match the contract.');
  });
}
