/**
 * Chromium remembers a module whose fetch failed: importing the same URL again fails at once,
 * without asking the network (or the app's file protocol) a second time. So a screen whose chunk
 * failed to load once could never load in that window, Retry or not. Importing the same file
 * under another URL (a query the servers ignore) fetches it afresh; its own imports are shared
 * with the rest of the app as before.
 */

/** The URL a failed dynamic import names in its message (Chromium and Firefox give it), if any. */
export function failedModuleUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const named = message.match(/[a-z][\w+.-]*:\/\/[^\s'"`]+/gi)?.at(-1);
  if (!named) return null;
  try {
    const url = new URL(named);
    // Only the app's own files: the message is text, never a licence to load from elsewhere.
    return url.origin === globalThis.location?.origin ? url.href : null;
  } catch {
    return null;
  }
}

/** `url` with a query that makes it a new entry in the browser's module map. */
export function freshModuleUrl(url: string, attempt: number): string {
  const fresh = new URL(url);
  fresh.searchParams.set('retry', String(attempt));
  return fresh.href;
}

/** Imports the module at `url` afresh (see above); the caller knows what it exports. */
export function importFresh(url: string, attempt: number): Promise<unknown> {
  return import(/* @vite-ignore */ freshModuleUrl(url, attempt));
}
