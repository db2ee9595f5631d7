import { createJSONStorage } from 'zustand/middleware';

/*
 * The little this window keeps in the browser's localStorage rather than in Dexie: where the
 * person was (team, quarter, phase) and the automatic backups' bookkeeping. Nothing here is data
 * a backup must carry; it lives in db/ because db/ is where everything that persists lives.
 */

/** Storage for the navigation store (zustand's `persist`). */
export const uiStateStorage = createJSONStorage(() => localStorage);

/** Where the checksum of the data in the last automatic backup is remembered. */
export const LAST_CHECKSUM_KEY = 'quarterdeck.autoBackup.lastChecksum';

/** The checksum of the data in the last automatic backup, or null when unknown. */
export function readLastBackupChecksum(): string | null {
  try {
    return localStorage.getItem(LAST_CHECKSUM_KEY);
  } catch {
    return null;
  }
}

/** Remembers the checksum of the data just backed up automatically. */
export function writeLastBackupChecksum(checksum: string): void {
  try {
    localStorage.setItem(LAST_CHECKSUM_KEY, checksum);
  } catch {
    // Storage full or blocked: the next check backs up again, which is harmless.
  }
}
