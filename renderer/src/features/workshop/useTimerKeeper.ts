import { useEffect } from 'react';
import { hasRunningTimer, pauseAllAfterClose, type Workshop } from '@shared/domain/workshop';
import { changeWorkshop } from '../../db/repositories/workshops';
import { readWorkshopLastSeen, writeWorkshopLastSeen } from '../../db/workshopLastSeen';

/** How often the facilitator's window says it is still alive while a timer runs. */
const HEARTBEAT_MS = 5_000;

/** Workshops this page has already checked for timers left running by a closed window. */
const checked = new Set<string>();

/**
 * Keeps a workshop resumable from the facilitator's window. A timer found running when the
 * window opens was left by a window that closed or crashed: it is paused, counting time only
 * until that window was last seen alive. While a timer runs, the window records that it is
 * alive; when the page goes away, it pauses the timer at once.
 */
export function useTimerKeeper(workshop: Workshop | null): void {
  const id = workshop?.id ?? null;
  const isRunning = workshop ? hasRunningTimer(workshop) : false;

  useEffect(() => {
    if (!id || checked.has(id)) return;
    checked.add(id);
    // Read now: this window's own heartbeat is about to overwrite it.
    const seen = readWorkshopLastSeen(id);
    if (isRunning) void changeWorkshop(id, (w) => pauseAllAfterClose(w, seen));
    // Only the first sight of a workshop in this page decides; later runs are this page's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  useEffect(() => {
    if (!id || !isRunning) return;
    const beat = () => writeWorkshopLastSeen(id, Date.now());
    beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    const onHide = () => {
      beat();
      void changeWorkshop(id, (w) => pauseAllAfterClose(w, Date.now()));
    };
    window.addEventListener('pagehide', onHide);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pagehide', onHide);
    };
  }, [id, isRunning]);
}
