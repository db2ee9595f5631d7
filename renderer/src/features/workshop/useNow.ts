import { useEffect, useState } from 'react';

/** How often a running countdown redraws: often enough that seconds never skip. */
const TICK_MS = 250;

/**
 * The current time (epoch ms), refreshed while `isTicking`. Only the display ticks: the timer's
 * state is a start time and time run before, so nothing is written as the clock moves.
 */
export function useNow(isTicking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!isTicking) return;
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [isTicking]);
  return now;
}
