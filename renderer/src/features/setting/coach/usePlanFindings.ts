import { useMemo } from 'react';
import type { KeyResult, Objective } from '@shared/domain';
import { coachPlan } from '@shared/domain/coach/coach';
import type { Finding, PlanLabels } from '@shared/domain/coach/types';
import { planInputFromEntities } from '@shared/domain/coach/adapters';

/**
 * Every coach finding for the quarter's saved plan, recomputed when the plan changes.
 * `labels` names the team and quarter so messages never show their ids.
 */
export function usePlanFindings(
  objectives: Objective[] | undefined,
  keyResults: KeyResult[] | undefined,
  parents: Objective[] | undefined,
  labels?: PlanLabels,
): Finding[] {
  return useMemo(
    () =>
      objectives && keyResults
        ? coachPlan(
            planInputFromEntities(
              objectives,
              keyResults,
              (parents ?? []).map((p) => ({ id: p.id, title: p.title })),
              labels,
            ),
          )
        : [],
    [objectives, keyResults, parents, labels],
  );
}
