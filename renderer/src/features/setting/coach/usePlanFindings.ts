import { useMemo } from 'react';
import type { KeyResult, Objective } from '@shared/domain';
import { coachPlan } from '@shared/domain/coach/coach';
import type { Finding } from '@shared/domain/coach/types';
import { planForCoach } from './toCoachInput';

/** Every coach finding for the quarter's saved plan, recomputed when the plan changes. */
export function usePlanFindings(
  objectives: Objective[] | undefined,
  keyResults: KeyResult[] | undefined,
  parents: Objective[] | undefined,
): Finding[] {
  return useMemo(
    () =>
      objectives && keyResults
        ? coachPlan(planForCoach(objectives, keyResults, parents ?? []))
        : [],
    [objectives, keyResults, parents],
  );
}
