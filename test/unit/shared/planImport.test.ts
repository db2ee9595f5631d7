import { describe, expect, it } from 'vitest';
import { coachPlan } from '@shared/domain/coach/coach';
import { coachInputForImport, prepareImport } from '@shared/domain/planImport';
import { PLAN_CSV, planOf } from '../../support/plans';

const target = {
  quarterLabel: '2027-Q1',
  teamName: 'Payments Platform',
  parents: [{ id: 'p1', title: 'grow  REVENUE' }],
};

describe('prepareImport', () => {
  it('says what it assumed: another quarter, an unknown parent, a missing direction', () => {
    const prepared = prepareImport(planOf(PLAN_CSV), {
      quarterLabel: '2027-Q1',
      teamName: 'Payments Platform',
      parents: [{ id: 'p1', title: 'grow  REVENUE' }],
      existingTitles: ['checkout feels INSTANT'],
    });
    expect(prepared.errors).toEqual([]);
    expect(prepared.items[0]?.objective.parentObjectiveId).toBe('p1');
    expect(prepared.warnings.map((w) => [w.row, w.column])).toEqual([
      [2, 'objective'],
      [4, 'quarter'],
      [4, 'parent_objective'],
      [4, 'direction'],
    ]);
    expect(prepared.warnings.map((w) => w.message).slice(0, 2)).toEqual([
      '2027-Q1 already has an objective “Checkout feels instant”; the import adds another',
      'names 2026-Q4; it is imported into 2027-Q1, the quarter open now',
    ]);
  });

  it('defaults the kind to committed and a missing direction from the numbers', () => {
    const { items } = prepareImport(planOf(PLAN_CSV), target);
    expect(items.map((i) => i.objective.kind)).toEqual(['committed', 'aspirational']);
    expect(items[1]?.keyResults[0]?.direction).toBe('decrease');
    expect(items.every((i) => i.keyResults.every((k) => k.status === 'draft'))).toBe(true);
  });

  it('reports a value the app cannot store as an error on its row and column', () => {
    const long = PLAN_CSV.replace('Cut checkout LCP', 'x'.repeat(201));
    expect(prepareImport(planOf(long), target).errors).toEqual([
      { row: 2, column: 'key_result', message: 'Key result title must be at most 200 characters' },
    ]);
  });

  it('words a limit the schema leaves to zod the way the forms do', () => {
    const long = PLAN_CSV.replace('p75 LCP', 'm'.repeat(201));
    expect(prepareImport(planOf(long), target).errors).toEqual([
      { row: 2, column: 'metric', message: 'Keep this to 200 characters or fewer (it has 201).' },
    ]);
  });
});

describe('coachInputForImport', () => {
  it('shows the coach the plan as it will land: matched parents and assumed directions', () => {
    const plan = planOf(PLAN_CSV);
    const input = coachInputForImport(plan, prepareImport(plan, target), target);
    expect(input.parentObjectives).toEqual([{ id: 'p1', title: 'grow  REVENUE' }]);
    expect(input.objectives.map((o) => o.parentObjectiveId)).toEqual(['p1', null]);
    expect(input.objectives[1]?.keyResults[0]?.direction).toBe('decrease');
  });

  it('names the team and quarter the file goes into, never an id, in plan-level findings', () => {
    const rows = Array.from(
      { length: 6 },
      (_, i) =>
        `Objective ${i + 1},committed,Latency from ${i + 9} to 2 ms,latency,ms,${i + 9},2,decrease`,
    );
    const csv = [
      'objective,objective_type,key_result,metric,unit,baseline,target,direction',
      ...rows,
    ].join('\n');
    const plan = planOf(csv);
    const findings = coachPlan(coachInputForImport(plan, prepareImport(plan, target), target));
    const tooMany = findings.find((f) => f.rule === 'too-many-objectives');
    expect(tooMany?.message).toMatch(/^6 objectives for Payments Platform in 2027-Q1;/);
  });
});
