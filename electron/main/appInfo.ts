import { app } from 'electron';
import { handle } from './ipc';

/** Registers `app:get-info`: name, version and platform, for About and host-specific labels. */
export function registerAppInfoHandlers(): void {
  handle('app:get-info', () => ({
    name: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
    host: 'desktop' as const,
  }));
}
