import { describe, expect, it } from 'vitest';
import { coachPlan } from '@shared/domain/coach/coach';
import { coachInputForImport, prepareImport } from '@shared/domain/planImport';
import { parsePlanCsv } from '@shared/domain/planCsv';
import { fillPlanFromTitles, titleFillsOf } from '@shared/domain/planTitleFill';

const TARGET = { quarterLabel: '2027-Q1', teamName: 'Payments', parents: [], existingTitles: [] };

function planOf(text: string) {
  const parsed = parsePlanCsv(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.plan;
}

function findingsOf(plan: ReturnType<typeof planOf>) {
  return coachPlan(coachInputForImport(plan, prepareImport(plan, TARGET), TARGET));
}

describe('filling a plan file’s key results from their titles', () => {
  const plan = planOf(
    'objective,key_result,unit,baseline,target\n' +
      'Fast checkout,Checkout p75 LCP from 3.2 s to 1.5 s,,,\n' +
      'Fast checkout,Ship the new checkout,,,\n' +
      'Fast checkout,Refunds in 2 days,days,5,',
  );

  it('offers the coach’s fix for numbers only in a title, by the key result’s row', () => {
    const fills = titleFillsOf(findingsOf(plan));
    expect(fills.map((f) => [f.row, f.title])).toEqual([
      [2, 'Checkout p75 LCP from 3.2 s to 1.5 s'],
      [4, 'Refunds in 2 days'],
    ]);
  });

  it('sets only the numbers, unit and direction of the chosen rows; the rest is as in the file', () => {
    const [lcp] = titleFillsOf(findingsOf(plan));
    if (!lcp) throw new Error('The title states numbers.');
    const filled = fillPlanFromTitles(plan, { [lcp.row]: lcp.patch });
    const [first, second, third] = filled.objectives[0]!.keyResults;
    expect(first).toMatchObject({
      title: 'Checkout p75 LCP from 3.2 s to 1.5 s',
      baseline: 3.2,
      target: 1.5,
      unit: 's',
      direction: 'decrease',
    });
    expect(second).toEqual(plan.objectives[0]!.keyResults[1]);
    expect(third).toEqual(plan.objectives[0]!.keyResults[2]);
    // Filled, the finding is answered; the file's plan itself is unchanged.
    expect(titleFillsOf(findingsOf(filled)).map((f) => f.row)).toEqual([4]);
    expect(plan.objectives[0]!.keyResults[0]!.baseline).toBeNull();
  });
});
