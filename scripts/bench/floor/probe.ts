import {
  PROBE_CONFIG_GLOBAL,
  PROBE_STATE_GLOBAL,
  type ProbeConfig,
  type ProbeState,
} from '../probeTypes';

/*
 * Injected before any page script (app and floors alike), so both are timed the same way:
 * when the ready heading appears and is painted, and every long task from navigation start.
 */

const scope = globalThis as unknown as Record<string, unknown>;
const config = (scope[PROBE_CONFIG_GLOBAL] ?? {
  clockOffsetMs: 0,
  readyHeading: '',
}) as ProbeConfig;
const state: ProbeState = { readyDomAt: null, readyAt: null, longTasks: [], hasLongTasks: false };
scope[PROBE_STATE_GLOBAL] = state;

if (config.clockOffsetMs !== 0) shiftClock(config.clockOffsetMs);

if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
  state.hasLongTasks = true;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
}

if (config.readyHeading) {
  const headings = document.getElementsByTagName('h2');
  const watcher = new MutationObserver(() => {
    for (const heading of Array.from(headings)) {
      if (heading.textContent?.trim() !== config.readyHeading) continue;
      watcher.disconnect();
      state.readyDomAt = performance.now();
      // The frame that shows it: its animation-frame callback runs just before that paint.
      requestAnimationFrame(() => (state.readyAt = performance.now()));
      return;
    }
  });
  watcher.observe(document, { childList: true, subtree: true, characterData: true });
}

/** Moves `Date` (not timers, not `performance`) by `offsetMs`; time keeps flowing. */
function shiftClock(offsetMs: number): void {
  const RealDate = Date;
  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offsetMs);
      else super(...(args as [string]));
    }
    static override now(): number {
      return RealDate.now() + offsetMs;
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
}
