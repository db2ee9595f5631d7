import type { Cycle } from '@shared/domain';
import { checkInDay } from '@shared/domain/checkins/checkInDate';
import type { DueStatus } from '@shared/domain/checkins/schedule';
import { phaseMoveLabel, phaseMovedOnText, scoringTiming } from '@shared/domain/phaseMoves';
import { FormError } from '../../components/FormError';
import { errorMessage } from '../../lib/formErrors';
import { useUiStore } from '../../state/uiStore';
import { useMovePhase } from '../cycles/cycleMutations';
import { useStartMeeting } from './checkInMutations';
import type { Meeting } from './meeting/meetingDraft';

type CheckinsBannerProps = {
  cycle: Cycle;
  status: DueStatus;
  keyResultIds: string[];
  meeting: Meeting | null;
  today: string;
};

/**
 * The head of the Check-ins home: where the schedule stands and the one next step. It offers a
 * check-in only while one can be held: not before the quarter's first day, and not once the
 * quarter has moved on past Check-ins, when it says so instead.
 */
export function CheckinsBanner({
  cycle,
  status,
  keyResultIds,
  meeting,
  today,
}: CheckinsBannerProps) {
  const showCheckIns = useUiStore((s) => s.showCheckIns);
  const start = useStartMeeting(cycle.id);
  const toScoring = useMovePhase(cycle);
  const movedOn = phaseMovedOnText(cycle, 'checkins');
  const day = checkInDay(cycle, today);
  // Scoring is offered here only once the end is near; before that it sits in the Quarter menu.
  const timing = scoringTiming(cycle, today);

  if (movedOn) {
    return (
      <header className="due-banner due-banner--ended">
        <div>
          <h2 id="checkins-heading">Check-ins</h2>
          <p className="due-banner__message">{movedOn}</p>
          {cycle.phase !== 'closed' && (
            <p className="muted">
              To record a late check-in, move the quarter back to Check-ins from the Quarter menu.
            </p>
          )}
        </div>
      </header>
    );
  }

  return (
    <header className={`due-banner due-banner--${status.state}`}>
      <div>
        <h2 id="checkins-heading">Check-ins</h2>
        <p className="due-banner__message">{status.message}</p>
        {!day.ok && <p className="muted">{day.message}</p>}
        {cycle.phase === 'setting' && (
          <p className="muted">
            The quarter is still in Setting; check-ins start counting once it starts.
          </p>
        )}
        {cycle.phase === 'checkins' && day.ok && !timing.isDue && (
          <p className="muted">
            Scoring comes at the end of the quarter ({timing.timeLeft}). To score early, use Quarter
            › {phaseMoveLabel('scoring')} early…
          </p>
        )}
      </div>
      {meeting ? (
        <button
          type="button"
          className="button button--primary button--large"
          onClick={() => showCheckIns({ kind: 'meeting' })}
        >
          Resume check-in ({meeting.keyResultIds.length - meeting.index} left)
        </button>
      ) : (
        day.ok && (
          <button
            type="button"
            className="button button--primary button--large"
            onClick={() => start.mutate({ keyResultIds, date: day.date })}
            disabled={start.isPending}
          >
            Start check-in
          </button>
        )
      )}
      {cycle.phase === 'checkins' && !meeting && timing.isDue && (
        <button
          type="button"
          className="button"
          onClick={() => toScoring.mutate('scoring')}
          disabled={toScoring.isPending}
        >
          {`${phaseMoveLabel('scoring')} (${timing.timeLeft})`}
        </button>
      )}
      <FormError
        message={
          start.error
            ? errorMessage(start.error)
            : toScoring.error
              ? errorMessage(toScoring.error)
              : null
        }
      />
    </header>
  );
}
