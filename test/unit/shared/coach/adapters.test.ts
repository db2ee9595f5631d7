import { describe, expect, it } from 'vitest';
import {
  coachPlan,
  planInputFromCsv,
  planInputFromEntities,
  type CoachedKeyResult,
  type CoachedObjective,
} from '../../../../shared/domain/coach';
import { parsePlanCsv } from '../../../../shared/domain/planCsv';

function objective(id: string, order: number, parentObjectiveId: string | null): CoachedObjective {
  const title = `Objective ${id}`;
  return {
    id,
    cycleId: 'c1',
    teamId: 't1',
    title,
    description: '',
    kind: 'committed',
    parentObjectiveId,
    order,
  };
}

function keyResult(
  id: string,
  objectiveId: string,
  order: number,
  title: string,
): CoachedKeyResult {
  return {
    id,
    objectiveId,
    title,
    metric: '',
    unit: '',
    baseline: null,
    target: null,
    direction: 'increase',
    measuredBy: '',
    owner: '',
    isMilestone: false,
    order,
  };
}

describe('planInputFromEntities', () => {
  it('orders objectives and key results and keeps alignment', () => {
    const plan = planInputFromEntities(
      [objective('b', 1, null), objective('a', 0, 'p1')],
      [
        keyResult('k2', 'a', 1, 'Cut MTTR from 2 hours to 30 minutes'),
        keyResult('k1', 'a', 0, 'Reduce P1 incidents from 8 to 2'),
        keyResult('k3', 'b', 0, 'Reduce escaped bugs from 12 to 4'),
      ],
      [{ id: 'p1', title: 'Grow revenue' }],
    );
    expect(plan.objectives.map((o) => [o.id, o.keyResults.map((k) => k.id)])).toEqual([
      ['a', ['k1', 'k2']],
      ['b', ['k3']],
    ]);
    // The stored default direction (increase) contradicts "Reduce … from 8 to 2".
    const rules = coachPlan(plan).map((f) => [f.objective.id, f.keyResult?.id ?? null, f.rule]);
    expect(rules).toContainEqual(['b', null, 'unaligned']);
    expect(rules).toContainEqual(['a', 'k1', 'direction-mismatch']);
  });
});

describe('planInputFromCsv', () => {
  it('uses row ids and treats any parent_objective as evidence that parents exist', () => {
    const parsed = parsePlanCsv(
      'objective,parent_objective,key_result,baseline,target\nFast,Grow revenue,Cut build time from 25 min to 8 min,25,8\nLoose,,Reduce P1 incidents from 8 to 2,8,2\n',
    );
    if (!parsed.ok) throw new Error(parsed.error.message);
    const plan = planInputFromCsv(parsed.plan);
    expect(plan.hasParentObjectives).toBe(true);
    expect(plan.objectives.map((o) => [o.id, o.parentObjectiveId])).toEqual([
      ['row-2', 'Grow revenue'],
      ['row-3', null],
    ]);
    expect(coachPlan(plan).map((f) => [f.objective.title, f.rule])).toEqual([
      ['Loose', 'unaligned'],
    ]);
  });
});
