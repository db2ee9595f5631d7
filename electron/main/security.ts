import { app, session, type WebContents } from 'electron';
import { isAppUrl, isTrustedUrl } from './origins';

/**
 * Sent with every app-protocol response. Inline styles are allowed because React's `style`
 * prop and component libraries set them; scripts come only from the app's own files.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // The file worker (`renderer/src/lib/offThread/`) that reads large plans and backups.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Where the renderer may load from besides the app itself. */
export interface RequestPolicy {
  /** The dev server's URL in development, else `null`. */
  devServerUrl: string | null;
  /** Whether DevTools may load its own `devtools://` pages (unpackaged builds only). */
  allowDevTools: boolean;
}

/** Schemes that never leave the machine and that Chromium uses for in-page data. */
const IN_PAGE_SCHEMES = new Set(['data:', 'blob:']);

/** Protocols the dev server speaks: pages over http(s), hot reload over a web socket. */
const DEV_SERVER_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:']);

/**
 * Whether the session may fetch `url`. Quarterdeck is offline-first: everything it needs is
 * served by the app protocol, so any other origin is a bug or an attack.
 */
export function isAllowedRequestUrl(url: string, policy: RequestPolicy): boolean {
  if (isAppUrl(url)) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (IN_PAGE_SCHEMES.has(parsed.protocol)) return true;
  if (parsed.protocol === 'devtools:') return policy.allowDevTools;
  if (!policy.devServerUrl || !DEV_SERVER_PROTOCOLS.has(parsed.protocol)) return false;
  return parsed.host === new URL(policy.devServerUrl).host;
}

/**
 * Keeps a web contents on the app: no navigation to other origins, no new windows, no
 * `<webview>`. Applied to every web contents the app creates.
 */
export function hardenWebContents(contents: WebContents, devServerUrl: string | null): void {
  contents.on('will-navigate', (event) => {
    if (!isTrustedUrl(event.url, devServerUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Locks down the default session before any window exists: every permission is refused,
 * requests to other origins are cancelled, and each new web contents is hardened.
 */
export function registerSecurityHandlers(policy: RequestPolicy): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const isAllowed = isAllowedRequestUrl(details.url, policy);
    if (!isAllowed) console.warn(`Blocked a request to ${details.url}`);
    callback({ cancel: !isAllowed });
  });
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, policy.devServerUrl),
  );
}
