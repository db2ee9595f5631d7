import { useSyncExternalStore } from 'react';

const PREFIX = '#/present/';

/** The workshop a `#/present/<id>` address shows; null for any other address. */
export function presentationRoute(hash: string): { workshopId: string } | null {
  if (!hash.startsWith(PREFIX)) return null;
  let workshopId: string;
  try {
    workshopId = decodeURIComponent(hash.slice(PREFIX.length));
  } catch {
    return null;
  }
  return /^[A-Za-z0-9-]{1,64}$/.test(workshopId) ? { workshopId } : null;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * The presentation route of this window, following hash changes: the desktop app reuses one
 * presentation window for another workshop by changing its address.
 */
export function usePresentationRoute(): { workshopId: string } | null {
  return presentationRoute(useSyncExternalStore(subscribe, () => window.location.hash));
}
