import type { DesktopApi } from '@shared/ipc/contract';

declare global {
  /** Set at build time from package.json. */
  const __APP_VERSION__: string;

  interface Window {
    /** Present only inside the desktop app, where the preload exposes it. */
    quarterdeck?: DesktopApi;
  }
}

export {};
