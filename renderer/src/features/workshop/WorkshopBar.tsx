import { currentItem, type Workshop } from '@shared/domain/workshop';
import { Countdown } from './Countdown';
import { TimerControls } from './TimerControls';
import type { useWorkshopRun } from './useWorkshopRun';
import './workshopBar.css';

/**
 * The running workshop, above whatever step the agenda moved the app to: the item, its
 * countdown and the timer controls, and the way back to the workshop screen.
 */
export function WorkshopBar({
  workshop,
  now,
  run,
  onBack,
}: {
  workshop: Workshop;
  now: number;
  run: ReturnType<typeof useWorkshopRun>;
  onBack: () => void;
}) {
  const item = currentItem(workshop);
  if (!item) return null;
  const index = workshop.agenda.indexOf(item);
  return (
    <section className="workshop-bar" aria-label="Workshop in progress">
      <div className="workshop-bar__item">
        <span className="workshop-bar__eyebrow">
          Workshop · item {index + 1} of {workshop.agenda.length}
        </span>
        <strong>{item.title}</strong>
      </div>
      <Countdown item={item} now={now} size="small" />
      <TimerControls item={item} run={run} isCompact />
      <button type="button" className="button button--quiet" onClick={onBack}>
        Back to workshop
      </button>
    </section>
  );
}
