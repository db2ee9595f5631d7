import { describe, expect, it } from 'vitest';
import {
  checkInValuesSchema,
  cycleInputSchema,
  dependencyInputSchema,
  keyResultInputSchema,
} from '@shared/domain';
import { DATE_RANGE_MESSAGE } from '@shared/domain/calendar';
import { NUMBER_RANGE_MESSAGE } from '@shared/domain/numbers';
import { prepareImport } from '@shared/domain/planImport';
import { isoDateSchema, timestampSchema } from '@shared/domain/primitives';
import { planOf } from '../../support/plans';

/** Each field's first problem, as a form shows it beside the field. */
function problems(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries(
    (result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]),
  );
}

describe('the ranges every door shares, as the forms meet them', () => {
  it.each([
    ['1970-01-01', true],
    ['2200-12-31', true],
    ['1969-12-31', false],
    ['0000-01-01', false],
    ['0099-06-15', false],
    ['2201-01-01', false],
  ])('a date of %s is %s', (day, isAccepted) => {
    expect(isoDateSchema.safeParse(day).success).toBe(isAccepted);
    expect(timestampSchema.safeParse(`${day}T12:00:00Z`).success).toBe(isAccepted);
  });

  it('refuses a quarter in year 0000 with one message per field', () => {
    const result = cycleInputSchema.safeParse({
      label: '0000-Q1',
      startDate: '0000-01-01',
      endDate: '0000-03-31',
      cadence: 'weekly',
    });
    expect(problems(result)).toEqual({
      label: 'The quarter must be between 1970 and 2200',
      startDate: DATE_RANGE_MESSAGE,
      endDate: DATE_RANGE_MESSAGE,
    });
  });

  it('still says when a quarter in range ends before it starts', () => {
    const result = cycleInputSchema.safeParse({
      label: '2027-Q1',
      startDate: '2027-03-31',
      endDate: '2027-01-01',
      cadence: 'weekly',
    });
    expect(problems(result)).toEqual({ endDate: 'The quarter must end after it starts' });
  });

  it('refuses a baseline, target or check-in value beyond 1e15', () => {
    const kr = {
      title: 'Cut p95 latency',
      metric: 'p95',
      unit: 'ms',
      baseline: 1e308,
      target: -1e15,
      direction: 'decrease',
      measuredBy: '',
      owner: '',
      proposedBy: '',
      status: 'draft',
    };
    expect(problems(keyResultInputSchema.safeParse(kr))).toEqual({
      baseline: NUMBER_RANGE_MESSAGE,
      target: NUMBER_RANGE_MESSAGE,
    });
    const checkIn = { value: Infinity, confidence: 50, changed: '', blockers: '' };
    expect(checkInValuesSchema.safeParse(checkIn).success).toBe(false);
    expect(checkInValuesSchema.safeParse({ ...checkIn, value: 999_999_999_999_999 }).success).toBe(
      true,
    );
  });

  it('refuses a dependency due in 2201', () => {
    const result = dependencyInputSchema.safeParse({
      team: 'Identity',
      need: 'SSO tokens',
      byDate: '2201-01-01',
      status: 'open',
      objectiveId: null,
    });
    expect(problems(result)).toEqual({ byDate: DATE_RANGE_MESSAGE });
  });

  it('names the row and the column of a plan value out of range', () => {
    const plan = planOf(
      'objective,key_result,baseline,target\nFast checkout,Cut LCP,3.2,1.5\n' +
        `${'x'.repeat(201)},Cut TTFB,1,2\n`,
    );
    expect(
      prepareImport(plan, { quarterLabel: '2027-Q1', teamName: 'T', parents: [] }).errors,
    ).toEqual([
      { row: 3, column: 'objective', message: 'Objective title must be at most 200 characters' },
    ]);
  });
});
