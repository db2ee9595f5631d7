/*
 * The contract between the bench (Node) and the probe it injects into every page before the
 * page's own scripts run (floor/probe.ts). Types only: both programs import them.
 */

/** Set by the bench as `globalThis.__benchConfig` ahead of the probe. */
export interface ProbeConfig {
  /** Added to the page's clock (`Date`), to make "the next day" without waiting a day. */
  clockOffsetMs: number;
  /** The text of the level-2 heading that means "the screen is there" (the quarter home). */
  readyHeading: string;
}

/** A main-thread task of 50 ms or more, as PerformanceObserver('longtask') reports it. */
export interface LongTask {
  start: number;
  duration: number;
}

/** What the probe records, as `globalThis.__benchProbe`; times are ms since navigation start. */
export interface ProbeState {
  /** When the ready heading entered the DOM. */
  readyDomAt: number | null;
  /** The start of the frame that paints it (its requestAnimationFrame time). */
  readyAt: number | null;
  longTasks: LongTask[];
  /** False where the browser has no long-task timing; the bench then refuses to report it. */
  hasLongTasks: boolean;
}

export const PROBE_CONFIG_GLOBAL = '__benchConfig';
export const PROBE_STATE_GLOBAL = '__benchProbe';
