import { describe, expect, it } from 'vitest';
import {
  coachPlan,
  planInputFromCsv,
  planInputFromEntities,
  type CoachedKeyResult,
  type CoachedObjective,
} from '../../../../shared/domain/coach';
import { parsePlanCsv } from '../../../../shared/domain/planCsv';

// The same plan typed into the app and written as a plan CSV: the coach must say the same.
const CSV = `objective,key_result,metric,unit,baseline,target,direction,owner
Outages end quickly,Cut P1 payment incidents from 8 per quarter to 2,,,,,decrease,
Outages end quickly,Reduce time from merge to production from 48 hours to 4 hours,lead time,min,25,8,decrease,
Outages end quickly,Conduct 10 architecture reviews,reviews,count,0,10,increase,
Outages end quickly,Increase p95 API latency from 900 ms to 300 ms,p95 latency,ms,,,increase,
`;

function entities(): { objectives: CoachedObjective[]; keyResults: CoachedKeyResult[] } {
  const parsed = parsePlanCsv(CSV);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const [o] = parsed.plan.objectives;
  if (!o) throw new Error('no objective');
  return {
    objectives: [
      {
        id: 'o1',
        title: o.title,
        kind: 'committed',
        description: '',
        parentObjectiveId: null,
        teamId: 't1',
        cycleId: 'c1',
        order: 0,
      },
    ],
    keyResults: o.keyResults.map((k, i) => ({
      id: `k${i}`,
      objectiveId: 'o1',
      title: k.title,
      metric: k.metric,
      unit: k.unit,
      baseline: k.baseline,
      target: k.target,
      direction: k.direction ?? 'increase',
      measuredBy: k.measuredBy,
      owner: k.owner,
      isMilestone: false,
      order: i,
    })),
  };
}

describe('the app and the plan CSV see the same numbers', () => {
  it('gives the same findings, messages and rewrites for the same key results', () => {
    const parsed = parsePlanCsv(CSV);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const fromCsv = coachPlan(planInputFromCsv(parsed.plan));
    const { objectives, keyResults } = entities();
    const fromApp = coachPlan(planInputFromEntities(objectives, keyResults));
    const shape = (f: (typeof fromCsv)[number]) => [
      f.keyResult?.title,
      f.rule,
      f.message,
      f.suggestion,
      f.rewrite,
    ];
    expect(fromApp.map(shape)).toEqual(fromCsv.map(shape));
    expect(fromCsv.map((f) => f.rule)).toEqual(
      expect.arrayContaining([
        'numbers-only-in-text',
        'text-disagrees-with-fields',
        'direction-mismatch',
      ]),
    );
  });
});
