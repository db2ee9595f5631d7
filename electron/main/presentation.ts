import { handle } from './ipc';
import { openPresentationWindow, type MainWindowOptions } from './window';

/** `window:open-presentation`: the workshop's projector view in a second window. */
export function registerPresentationHandlers(windowOptions: MainWindowOptions): void {
  handle('window:open-presentation', ({ workshopId }) =>
    openPresentationWindow(windowOptions, workshopId),
  );
}
