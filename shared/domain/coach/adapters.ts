import type { KeyResult, Objective } from '../entities';
import type { CsvPlan } from '../planCsv';
import type { ParentObjectiveRef, PlanInput, PlanLabels } from './types';

/**
 * Turns a parsed plan CSV into coach input. Ids are row-based ("row-3"); a non-empty
 * parent_objective counts as aligned, and any row having one means parents exist.
 */
export function planInputFromCsv(plan: CsvPlan): PlanInput {
  return {
    hasParentObjectives: plan.objectives.some((o) => o.parentObjective !== ''),
    objectives: plan.objectives.map((o) => ({
      id: `row-${o.row}`,
      title: o.title,
      kind: o.kind,
      parentObjectiveId: o.parentObjective === '' ? null : o.parentObjective,
      team: o.team,
      quarter: o.quarter,
      keyResults: o.keyResults.map((kr) => ({
        id: `row-${kr.row}`,
        title: kr.title,
        metric: kr.metric,
        unit: kr.unit,
        baseline: kr.baseline,
        target: kr.target,
        direction: kr.direction,
        owner: kr.owner,
        measuredBy: kr.measuredBy,
      })),
    })),
  };
}

/** The objective fields the coach reads. */
export type CoachedObjective = Pick<
  Objective,
  'id' | 'title' | 'kind' | 'description' | 'parentObjectiveId' | 'teamId' | 'cycleId' | 'order'
>;

/** The key-result fields the coach reads. */
export type CoachedKeyResult = Pick<
  KeyResult,
  | 'id'
  | 'objectiveId'
  | 'title'
  | 'metric'
  | 'unit'
  | 'baseline'
  | 'target'
  | 'direction'
  | 'owner'
  | 'measuredBy'
  | 'isMilestone'
  | 'order'
>;

/**
 * Turns one quarter's stored objectives and key results into coach input, in display order.
 * Objectives carry team and quarter ids; pass `labels` (team name and quarter label by id) so
 * messages name them ("6 objectives for Payments Platform in 2027-Q1").
 */
export function planInputFromEntities(
  objectives: readonly CoachedObjective[],
  keyResults: readonly CoachedKeyResult[],
  parentObjectives: readonly ParentObjectiveRef[] = [],
  labels: PlanLabels = {},
): PlanInput {
  const byOrder = <T extends { order: number }>(a: T, b: T): number => a.order - b.order;
  return {
    labels,
    parentObjectives: [...parentObjectives],
    objectives: [...objectives].sort(byOrder).map((o) => ({
      id: o.id,
      title: o.title,
      kind: o.kind,
      description: o.description,
      parentObjectiveId: o.parentObjectiveId,
      team: o.teamId,
      quarter: o.cycleId,
      keyResults: keyResults
        .filter((kr) => kr.objectiveId === o.id)
        .sort(byOrder)
        .map((kr) => ({
          id: kr.id,
          title: kr.title,
          metric: kr.metric,
          unit: kr.unit,
          baseline: kr.baseline,
          target: kr.target,
          direction: kr.direction,
          owner: kr.owner,
          measuredBy: kr.measuredBy,
          isMilestone: kr.isMilestone,
        })),
    })),
  };
}
