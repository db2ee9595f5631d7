import { describe, expect, it } from 'vitest';
import { cycleSchema, keyResultSchema, objectiveSchema, type KeyResult } from '@shared/domain';
import {
  carriedBaseline,
  carriedKeyResult,
  carriedObjective,
  closedQuarter,
  nextQuarterCycle,
  reopenedQuarter,
} from '@shared/domain/quarterLifecycle';
import { quarterFixture } from './documents/fixture';

const AT = '2027-04-03T08:00:00.000Z';
const data = quarterFixture();
const kr = (id: string): KeyResult => data.keyResults.find((k) => k.id === id)!;

describe('closing and reopening', () => {
  it('closes a quarter with the time, and reopens it at its retrospective', () => {
    const closed = closedQuarter({ ...data.cycle, phase: 'retrospective', closedAt: null }, AT);
    expect(closed).toMatchObject({ phase: 'closed', closedAt: AT, updatedAt: AT });
    expect(reopenedQuarter(closed, AT)).toMatchObject({ phase: 'retrospective', closedAt: null });
  });
});

describe('nextQuarterCycle', () => {
  it('is the calendar quarter after, in Setting, with the same cadence and chain', () => {
    const next = nextQuarterCycle(data.cycle, 'c-2', AT);
    expect(cycleSchema.parse(next)).toMatchObject({
      id: 'c-2',
      label: '2027-Q2',
      startDate: '2027-04-01',
      endDate: '2027-06-30',
      phase: 'setting',
      cadence: data.cycle.cadence,
      businessNeed: data.cycle.businessNeed,
      previousCycleId: data.cycle.id,
      closedAt: null,
    });
  });

  it('is null after a quarter whose label is not a calendar quarter', () => {
    expect(nextQuarterCycle({ ...data.cycle, label: 'Spring push' }, 'c-2', AT)).toBeNull();
  });
});

describe('carrying key results forward', () => {
  it('starts from the final value, else the last measured effective check-in, else the baseline', () => {
    expect(carriedBaseline(kr('kr-3'), data.checkIns)).toBe(1);
    // kr-1 has no final value: its last check-in (1.7), not the corrected typo.
    expect(carriedBaseline(kr('kr-1'), data.checkIns)).toBe(1.7);
    expect(carriedBaseline(kr('kr-1'), [])).toBe(kr('kr-1').baseline);
  });

  it('copies a key result as a fresh draft linked to where it came from', () => {
    const source = { ...kr('kr-4'), status: 'agreed' as const, finalValue: 3 };
    const copy = carriedKeyResult(
      source,
      { objectiveId: 'o-9', cycleId: 'c-2', baseline: 3 },
      { id: 'kr-9', order: 0, at: AT },
    );
    expect(keyResultSchema.parse(copy)).toMatchObject({
      id: 'kr-9',
      objectiveId: 'o-9',
      cycleId: 'c-2',
      title: source.title,
      target: source.target,
      baseline: 3,
      status: 'draft',
      finalValue: null,
      scoreOverride: null,
      scoreOverrideReason: '',
      acknowledgements: [],
      carriedFromKeyResultId: 'kr-4',
      createdAt: AT,
    });
  });

  it('copies an objective into the next quarter without its acknowledgements or parent', () => {
    const source = {
      ...data.objectives[0]!,
      parentObjectiveId: 'last-quarters-company-objective',
      acknowledgements: [{ rule: 'unaligned', reason: 'x', at: AT }],
    };
    const copy = carriedObjective(source, 'c-2', { id: 'o-9', order: 0, at: AT });
    expect(objectiveSchema.parse(copy)).toMatchObject({
      id: 'o-9',
      cycleId: 'c-2',
      title: source.title,
      order: 0,
      parentObjectiveId: null,
      acknowledgements: [],
    });
  });
});
