import { useMemo } from 'react';
import type { KeyResult, Objective } from '@shared/domain';
import { coachPlan } from '@shared/domain/coach/coach';
import type { Finding, ParentObjectiveRef, PlanLabels } from '@shared/domain/coach/types';
import { planInputFromEntities } from '@shared/domain/coach/adapters';

/**
 * Every coach finding for the quarter's saved plan, recomputed when the plan changes.
 * `parents` are the higher-level objectives on offer (none at the top level, so it is never
 * flagged unaligned). `labels` names the team and quarter so messages never show their ids.
 */
export function usePlanFindings(
  objectives: Objective[] | undefined,
  keyResults: KeyResult[] | undefined,
  parents: readonly ParentObjectiveRef[] | undefined,
  labels?: PlanLabels,
): Finding[] {
  return useMemo(
    () =>
      objectives && keyResults
        ? coachPlan(planInputFromEntities(objectives, keyResults, [...(parents ?? [])], labels))
        : [],
    [objectives, keyResults, parents, labels],
  );
}
