import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './origins';
import { CONTENT_SECURITY_POLICY } from './security';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/**
 * Declares `app:` a standard, secure scheme with fetch support. Must run before the app is
 * ready. Standard gives relative URLs and a real origin (IndexedDB and localStorage are off for
 * non-standard schemes); secure makes it a secure context like https.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * The file under `rootDir` that an `app://quarterdeck/...` URL names, or `null` when the URL is
 * for another host or would escape `rootDir` (`../`, encoded or not). The root maps to
 * `index.html`.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  let pathname: string;
  try {
    url = new URL(requestUrl);
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  if (pathname.includes('\0')) return null;
  const root = resolve(rootDir);
  const filePath = resolve(root, `.${sep}${pathname.replace(/^[/\\]+/, '')}`);
  const inside = relative(root, filePath);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  return inside === '' ? resolve(root, 'index.html') : filePath;
}

/** The Content-Type the app protocol sends for a file, by extension. */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Serves one request for the app protocol from `rootDir`, with the app's CSP on every response.
 * An unknown extension-less path gets `index.html` so a reload on a client-side route works.
 */
export async function serveAppRequest(rootDir: string, requestUrl: string): Promise<Response> {
  const filePath = resolveAppPath(rootDir, requestUrl);
  if (!filePath) return textResponse(404, 'Not found');
  const file = await readIfFile(filePath);
  if (file) return fileResponse(file, filePath);
  if (extname(filePath) === '') {
    const indexPath = resolve(rootDir, 'index.html');
    const index = await readIfFile(indexPath);
    if (index) return fileResponse(index, indexPath);
  }
  return textResponse(404, 'Not found');
}

/** Serves the built renderer in `rootDir` on the app protocol. Call after the app is ready. */
export function registerAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rootDir, request.url));
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}

function fileResponse(body: Buffer, filePath: string): Response {
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: { ...securityHeaders(), 'Content-Type': mimeTypeFor(filePath) },
  });
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

async function readIfFile(filePath: string): Promise<Buffer | null> {
  try {
    return await readFile(filePath);
  } catch {
    return null;
  }
}
