import {
  elapsedMs,
  formatCountdown,
  isRunning,
  remainingMs,
  timerOf,
  timerSignal,
  type AgendaItem,
  type TimerState,
} from '@shared/domain/workshop';
import './countdown.css';

/** The state in words beside the digits: colour is never the only signal. */
function stateText(timer: TimerState, now: number, isStarted: boolean): string {
  const signal = timerSignal(timer, now);
  const paused = !isRunning(timer) && elapsedMs(timer, now) > 0;
  const suffix = paused ? ' · paused' : '';
  switch (signal) {
    case 'over':
      return `Over time${suffix}`;
    case 'warning':
      return `Under 2 minutes left${suffix}`;
    case 'running':
      return 'Running';
    case 'paused':
      return 'Paused';
    case 'idle':
      // An item that is on screen but has not run a second yet is paused, not waiting.
      return isStarted ? 'Paused' : 'Not started';
  }
}

/**
 * An agenda item's countdown: digits, the state in words, and a colour for the last two minutes
 * and for running over. Rendered from the stored timer and the current time; it writes nothing.
 */
export function Countdown({
  item,
  now,
  size = 'large',
}: {
  item: AgendaItem;
  now: number;
  size?: 'small' | 'large' | 'huge';
}) {
  const timer = timerOf(item);
  const signal = timerSignal(timer, now);
  const left = remainingMs(timer, now);
  return (
    <div
      role="timer"
      aria-label={`Timer for ${item.title}`}
      className={`countdown countdown--${size} countdown--${signal}`}
    >
      <span className="countdown__digits">{formatCountdown(left)}</span>
      <span className="countdown__state">{stateText(timer, now, item.status === 'active')}</span>
    </div>
  );
}
