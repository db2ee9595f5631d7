import { Suspense, useMemo } from 'react';
import { retryableLazy } from '../../lib/retryableLazy';
import type { Cycle } from '@shared/domain';
import { datedWithinQuarter } from '@shared/domain/checkins/checkInDate';
import { useUiStore } from '../../state/uiStore';
import { useCheckIns, useKeyResults, useObjectives } from '../../db/hooks';
import { CheckinsHome } from './CheckinsHome';
import { useMeeting } from './meeting/meetingDraft';

// The meeting and a key result's story (with its charts) load on their own: the home, which a
// start shows, needs neither. The shell preloads them once the window is idle.
const KeyResultDetail = retryableLazy(
  () => import('./detail/KeyResultDetail'),
  (module) => module.KeyResultDetail,
);
const CheckInMeeting = retryableLazy(
  () => import('./meeting/CheckInMeeting'),
  (module) => module.CheckInMeeting,
);

const loading = <p className="loading">Loading check-ins…</p>;

/** The Check-ins phase: the quarter's home, the check-in meeting, or one key result's story. */
export function CheckinsPhase({ cycle }: { cycle: Cycle }) {
  const view = useUiStore((s) => s.checkInView);
  const objectives = useObjectives(cycle.id);
  const keyResults = useKeyResults(cycle.id);
  const stored = useCheckIns(cycle.id);
  // Logs and charts show check-ins dated within the quarter, whenever they were recorded.
  const checkIns = useMemo(() => stored && datedWithinQuarter(cycle, stored), [cycle, stored]);
  const meeting = useMeeting(cycle.id);
  if (!objectives || !keyResults || !checkIns || meeting === undefined) {
    return loading;
  }
  // Key results in the order the plan shows them: by objective, then within it.
  const ordered = objectives.flatMap((o) => keyResults.filter((kr) => kr.objectiveId === o.id));

  if (view.kind === 'meeting' && meeting) {
    return (
      <Suspense fallback={loading}>
        <CheckInMeeting
          cycleId={cycle.id}
          meeting={meeting}
          keyResults={ordered}
          objectives={objectives}
          checkIns={checkIns}
        />
      </Suspense>
    );
  }
  if (view.kind === 'keyResult') {
    const kr = ordered.find((k) => k.id === view.keyResultId);
    if (kr)
      return (
        <Suspense fallback={loading}>
          <KeyResultDetail
            cycle={cycle}
            keyResult={kr}
            objectives={objectives}
            checkIns={checkIns}
          />
        </Suspense>
      );
  }
  return (
    <CheckinsHome
      cycle={cycle}
      objectives={objectives}
      keyResults={ordered}
      checkIns={checkIns}
      meeting={meeting}
    />
  );
}
