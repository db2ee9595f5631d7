import { isRunning, type AgendaItem } from '@shared/domain/workshop';
import type { useWorkshopRun } from './useWorkshopRun';

type Run = ReturnType<typeof useWorkshopRun>;

/** Start or pause, add time, skip and move on: the current item's timer controls. */
export function TimerControls({
  item,
  run,
  isCompact = false,
}: {
  item: AgendaItem;
  run: Run;
  isCompact?: boolean;
}) {
  const running = isRunning(item.timer);
  return (
    <div className="timer-controls" role="group" aria-label="Timer controls">
      {running ? (
        <button type="button" className="button" onClick={run.pause} disabled={run.isPending}>
          Pause
        </button>
      ) : (
        <button
          type="button"
          className="button button--primary"
          onClick={run.resume}
          disabled={run.isPending}
        >
          {item.timer.elapsedMs > 0 ? 'Resume' : 'Start timer'}
        </button>
      )}
      <button
        type="button"
        className="button"
        onClick={() => run.addMinutes(1)}
        disabled={run.isPending}
        aria-label="Add 1 minute"
      >
        +1 min
      </button>
      {!isCompact && (
        <button
          type="button"
          className="button"
          onClick={() => run.addMinutes(5)}
          disabled={run.isPending}
          aria-label="Add 5 minutes"
        >
          +5 min
        </button>
      )}
      {!isCompact && (
        <button type="button" className="button" onClick={run.skip} disabled={run.isPending}>
          Skip item
        </button>
      )}
      <button
        type="button"
        className="button button--primary"
        onClick={run.next}
        disabled={run.isPending}
      >
        Next item →
      </button>
    </div>
  );
}
