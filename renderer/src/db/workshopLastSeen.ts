/*
 * When the facilitator's window was last known alive while a workshop's timer ran: kept in this
 * browser profile's localStorage (not Dexie, and not in backups: it only matters on this
 * machine, to pause a timer left running by a window that closed or crashed).
 */

const key = (workshopId: string) => `quarterdeck.workshop.last-seen.${workshopId}`;

/** The last time (epoch ms) the window running `workshopId` was seen alive; null when unknown. */
export function readWorkshopLastSeen(workshopId: string): number | null {
  try {
    const value = Number(localStorage.getItem(key(workshopId)));
    return Number.isFinite(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

/** Records that the window running `workshopId` is alive now. */
export function writeWorkshopLastSeen(workshopId: string, at: number): void {
  try {
    localStorage.setItem(key(workshopId), String(at));
  } catch {
    // Storage full or blocked: a crash would then pause the timer when it started instead.
  }
}
