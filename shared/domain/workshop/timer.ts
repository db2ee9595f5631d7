import type { AgendaItem, StoredTimer } from './schemas';

/**
 * An agenda item's timer as a pure state machine over a clock the caller passes in (`now`, epoch
 * ms). Nothing ticks: the state is what ran before plus when the current stretch started, so
 * the same state shows the same countdown in every window and after a restart.
 */
export type TimerState = StoredTimer & {
  /** The planned timebox, ms. */
  plannedMs: number;
};

/** The gentle signal starts when this much time is left. */
export const WARNING_MS = 2 * 60_000;

/** What the countdown is telling the room. */
export type TimerSignal = 'idle' | 'running' | 'paused' | 'warning' | 'over';

export const NEW_TIMER: StoredTimer = { addedMs: 0, elapsedMs: 0, runningSince: null };

/** An agenda item's timer with its planned length. */
export function timerOf(item: Pick<AgendaItem, 'minutes' | 'timer'>): TimerState {
  return { ...item.timer, plannedMs: item.minutes * 60_000 };
}

/** The stored part of a timer state (the planned length lives on the item). */
export function storedTimer({ addedMs, elapsedMs, runningSince }: TimerState): StoredTimer {
  return { addedMs, elapsedMs, runningSince };
}

export function isRunning(timer: StoredTimer): boolean {
  return timer.runningSince !== null;
}

/** Time run so far; a clock that went backwards counts as no time. */
export function elapsedMs(timer: StoredTimer, now: number): number {
  const stretch = timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince);
  return timer.elapsedMs + stretch;
}

/** The whole timebox: planned plus added time. */
export function totalMs(timer: TimerState): number {
  return timer.plannedMs + timer.addedMs;
}

/** Time left; negative once the item runs over. */
export function remainingMs(timer: TimerState, now: number): number {
  return totalMs(timer) - elapsedMs(timer, now);
}

/** Starts or resumes; a running timer is left as it is. */
export function startTimer<T extends StoredTimer>(timer: T, now: number): T {
  return isRunning(timer) ? timer : { ...timer, runningSince: now };
}

/** Pauses, keeping the time run so far; a paused timer is left as it is. */
export function pauseTimer<T extends StoredTimer>(timer: T, now: number): T {
  if (!isRunning(timer)) return timer;
  return { ...timer, elapsedMs: elapsedMs(timer, now), runningSince: null };
}

/** Gives the item more time, running or not; only whole positive amounts count. */
export function addTime<T extends StoredTimer>(timer: T, ms: number): T {
  if (!Number.isFinite(ms) || ms <= 0) return timer;
  return { ...timer, addedMs: timer.addedMs + Math.round(ms) };
}

/**
 * A timer found running when the app opens again: the window that ran it was closed or crashed.
 * It is paused, counting time only up to `lastSeen` (when that window was last known alive),
 * so the hours the laptop was shut do not count against the item.
 */
export function pauseAfterClose<T extends StoredTimer>(timer: T, lastSeen: number | null): T {
  if (timer.runningSince === null) return timer;
  const until = lastSeen === null ? timer.runningSince : Math.max(timer.runningSince, lastSeen);
  return pauseTimer(timer, until);
}

/**
 * The signal the countdown shows: `over` once time is up, `warning` in the last two minutes,
 * otherwise whether it is running, paused or not started yet. A paused timer that is over or
 * in its last two minutes still says so.
 */
export function timerSignal(timer: TimerState, now: number): TimerSignal {
  const left = remainingMs(timer, now);
  if (left <= 0) return 'over';
  if (left <= WARNING_MS) return 'warning';
  if (isRunning(timer)) return 'running';
  return elapsedMs(timer, now) > 0 ? 'paused' : 'idle';
}

/**
 * Whether moving from one signal to the next should sound the chime: when the last two
 * minutes begin and when time runs out, once each; never on reopening an old state.
 */
export function shouldChime(previous: TimerSignal | null, next: TimerSignal): boolean {
  if (previous === null || previous === next) return false;
  if (next === 'over') return previous !== 'over';
  return next === 'warning' && (previous === 'running' || previous === 'paused');
}

function clockText(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/**
 * The countdown as the room reads it: `9:59` left (seconds rounded up, so a fresh ten-minute
 * timer shows 10:00), or `+0:42` once over (whole seconds over).
 */
export function formatCountdown(remaining: number): string {
  if (remaining > 0) return clockText(Math.ceil(remaining / 1000));
  return `+${clockText(Math.floor(-remaining / 1000))}`;
}

/** The countdown in words, for screen readers and the presentation's label. */
export function describeCountdown(timer: TimerState, now: number): string {
  const left = remainingMs(timer, now);
  const signal = timerSignal(timer, now);
  const text = formatCountdown(left);
  if (signal === 'over') return `Over time by ${text.slice(1)}`;
  const state = signal === 'idle' ? 'not started' : isRunning(timer) ? 'running' : 'paused';
  return `${text} left, ${state}`;
}
