/** The privileged custom scheme the built renderer is served from. */
export const APP_SCHEME = 'app';

/** The one host under {@link APP_SCHEME}; fixed so the renderer's origin (and its IndexedDB) is stable. */
export const APP_HOST = 'quarterdeck';

/** The app's own origin, as the renderer sees it. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Where the main window starts when the renderer is served by the app protocol. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The Vite dev server URL electron-vite passes in `ELECTRON_RENDERER_URL`, honoured only in an
 * unpackaged build so a packaged app can never be pointed at another origin by its environment.
 */
export function devServerUrlFrom(env: NodeJS.ProcessEnv, isPackaged: boolean): string | null {
  const url = env.ELECTRON_RENDERER_URL;
  if (isPackaged || !url) return null;
  return parseUrl(url) ? url : null;
}

/** Whether `url` is a page of the app itself: `app://quarterdeck/...`. */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  // Compared by parts: WHATWG `origin` is "null" for non-special schemes such as app:.
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/** Whether `url` belongs to the dev server's origin (same scheme, host and port). */
export function isDevServerUrl(url: string, devServerUrl: string | null): boolean {
  if (!devServerUrl) return false;
  const parsed = parseUrl(url);
  const server = parseUrl(devServerUrl);
  return parsed !== null && server !== null && parsed.origin === server.origin;
}

/** Whether `url` is a page the app trusts with its IPC bridge and may navigate within. */
export function isTrustedUrl(url: string | undefined, devServerUrl: string | null): boolean {
  if (!url) return false;
  return isAppUrl(url) || isDevServerUrl(url, devServerUrl);
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
