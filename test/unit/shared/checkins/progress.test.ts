import { describe, expect, it } from 'vitest';
import {
  BEHIND_THRESHOLD,
  clamp01,
  expectedProgressAt,
  expectedValueAt,
  objectiveProgress,
  paceOf,
  progressOf,
  timeElapsed,
  type Measurable,
} from '../../../../shared/domain/checkins/progress';
import { checkIn, day, decreaseKr, hundredDays, increaseKr } from './helpers';

const milestone: Measurable = {
  baseline: null,
  target: null,
  direction: 'increase',
  isMilestone: true,
};
const holdIncrease: Measurable = { baseline: 99.9, target: 99.9, direction: 'increase' };
const holdDecrease: Measurable = { baseline: 5, target: 5, direction: 'decrease' };

describe('progressOf', () => {
  it('measures the way from baseline to target for an increase KR', () => {
    expect(progressOf(increaseKr, 90)).toBe(0);
    expect(progressOf(increaseKr, 94)).toBe(0.5);
    expect(progressOf(increaseKr, 98)).toBe(1);
  });

  it('measures the way from baseline to target for a decrease KR', () => {
    expect(progressOf(decreaseKr, 14)).toBe(0);
    expect(progressOf(decreaseKr, 9)).toBe(0.5);
    expect(progressOf(decreaseKr, 4)).toBe(1);
  });

  it('does not clamp past the target or below the baseline', () => {
    expect(progressOf(increaseKr, 100)).toBe(1.25);
    expect(progressOf(increaseKr, 86)).toBe(-0.5);
    expect(progressOf(decreaseKr, 2)).toBeCloseTo(1.2, 10);
    expect(progressOf(decreaseKr, 16)).toBeCloseTo(-0.2, 10);
  });

  it('is null when the value, baseline or target is missing', () => {
    expect(progressOf(increaseKr, null)).toBeNull();
    expect(progressOf({ ...increaseKr, baseline: null }, 94)).toBeNull();
    expect(progressOf({ ...increaseKr, target: null }, 94)).toBeNull();
    expect(progressOf(increaseKr, Number.NaN)).toBeNull();
  });

  it('scores baseline === target as met (1) or not (0) in the KR’s direction', () => {
    expect(progressOf(holdIncrease, 99.95)).toBe(1);
    expect(progressOf(holdIncrease, 99.9)).toBe(1);
    expect(progressOf(holdIncrease, 99.8)).toBe(0);
    expect(progressOf(holdDecrease, 4)).toBe(1);
    expect(progressOf(holdDecrease, 5)).toBe(1);
    expect(progressOf(holdDecrease, 6)).toBe(0);
  });

  it('scores a milestone 0 or 1', () => {
    expect(progressOf(milestone, 0)).toBe(0);
    expect(progressOf(milestone, 0.9)).toBe(0);
    expect(progressOf(milestone, 1)).toBe(1);
    expect(progressOf(milestone, 2)).toBe(1);
    expect(progressOf(milestone, null)).toBeNull();
    expect(progressOf({ ...increaseKr, isMilestone: true }, 94)).toBe(1);
  });
});

describe('clamp01', () => {
  it('clamps to 0..1', () => {
    expect(clamp01(1.25)).toBe(1);
    expect(clamp01(-0.5)).toBe(0);
    expect(clamp01(0.4)).toBe(0.4);
    expect(clamp01(Number.NaN)).toBe(0);
  });
});

describe('timeElapsed', () => {
  it('is the fraction of calendar days elapsed, 0 before the start and 1 from the end', () => {
    expect(timeElapsed(hundredDays, '2026-12-20')).toBe(0);
    expect(timeElapsed(hundredDays, hundredDays.startDate)).toBe(0);
    expect(timeElapsed(hundredDays, day(25))).toBe(0.25);
    expect(timeElapsed(hundredDays, hundredDays.endDate)).toBe(1);
    expect(timeElapsed(hundredDays, '2027-06-01')).toBe(1);
  });

  it('counts days in a real quarter', () => {
    const q1 = { startDate: '2027-01-01', endDate: '2027-03-31' };
    expect(timeElapsed(q1, '2027-02-14')).toBe(44 / 89);
  });
});

describe('expectedValueAt and expectedProgressAt', () => {
  it('follows the straight line from baseline to target', () => {
    expect(expectedValueAt(increaseKr, hundredDays, day(25))).toBe(92);
    expect(expectedValueAt(decreaseKr, hundredDays, day(50))).toBe(9);
    expect(expectedValueAt(decreaseKr, hundredDays, '2026-12-01')).toBe(14);
    expect(expectedValueAt(decreaseKr, hundredDays, '2027-05-01')).toBe(4);
    expect(expectedProgressAt(decreaseKr, hundredDays, day(50))).toBe(0.5);
  });

  it('is null without both numbers', () => {
    expect(expectedValueAt({ ...increaseKr, target: null }, hundredDays, day(25))).toBeNull();
  });

  it('expects a milestone done only at the end, and a hold-the-line KR on target throughout', () => {
    expect(expectedValueAt(milestone, hundredDays, day(99))).toBe(0);
    expect(expectedValueAt(milestone, hundredDays, day(100))).toBe(1);
    expect(expectedProgressAt(milestone, hundredDays, day(99))).toBe(0);
    expect(expectedProgressAt(holdIncrease, hundredDays, day(10))).toBe(1);
    expect(expectedValueAt(holdIncrease, hundredDays, day(10))).toBe(99.9);
  });
});

describe('paceOf', () => {
  const today = day(90);

  it('has no data without a check-in, a value or the numbers', () => {
    expect(paceOf(increaseKr, hundredDays, null, day(30))).toEqual({
      progress: null,
      expected: 0.3,
      gap: null,
      status: 'no-data',
    });
    const noValue = checkIn({ date: day(40), value: null });
    expect(paceOf(increaseKr, hundredDays, noValue, today)).toMatchObject({
      expected: 0.4,
      status: 'no-data',
    });
    const valued = checkIn({ date: day(40), value: 94 });
    expect(paceOf({ ...increaseKr, baseline: null }, hundredDays, valued, today).status).toBe(
      'no-data',
    );
  });

  it('judges the latest value against the path on its own date, not today', () => {
    const pace = paceOf(increaseKr, hundredDays, checkIn({ date: day(60), value: 92 }), today);
    expect(pace.progress).toBe(0.25);
    expect(pace.expected).toBe(0.6);
    expect(pace.gap).toBeCloseTo(-0.35, 10);
    expect(pace.status).toBe('behind');
    // The same value on day 40 is only 0.15 behind: on track.
    expect(
      paceOf(increaseKr, hundredDays, checkIn({ date: day(40), value: 92 }), today).status,
    ).toBe('on-track');
  });

  it('is behind only when more than BEHIND_THRESHOLD behind', () => {
    expect(BEHIND_THRESHOLD).toBe(0.25);
    // Exactly a quarter behind: 0.25 progress at 0.5 expected.
    const exact = paceOf(increaseKr, hundredDays, checkIn({ date: day(50), value: 92 }), today);
    expect(exact.gap).toBe(-0.25);
    expect(exact.status).toBe('on-track');
    // 0.35 at 0.6 is a quarter behind too, though the floats say -0.25000000000000033.
    const floaty = paceOf(increaseKr, hundredDays, checkIn({ date: day(60), value: 92.8 }), today);
    expect(floaty.gap).toBeLessThan(-0.25);
    expect(floaty.status).toBe('on-track');
    const justBehind = paceOf(
      increaseKr,
      hundredDays,
      checkIn({ date: day(51), value: 92 }),
      today,
    );
    expect(justBehind.status).toBe('behind');
  });

  it('is ahead only when more than 0.1 ahead', () => {
    const exact = paceOf(increaseKr, hundredDays, checkIn({ date: day(40), value: 94 }), today);
    expect(exact.status).toBe('on-track');
    // 0.3 at 0.2 is exactly 0.1 ahead, though the floats say 0.1000000000000007.
    const floaty = paceOf(increaseKr, hundredDays, checkIn({ date: day(20), value: 92.4 }), today);
    expect(floaty.gap).toBeGreaterThan(0.1);
    expect(floaty.status).toBe('on-track');
    const ahead = paceOf(increaseKr, hundredDays, checkIn({ date: day(39), value: 94 }), today);
    expect(ahead.status).toBe('ahead');
  });

  it('handles a decrease KR behind the path and one past its target', () => {
    const behind = paceOf(decreaseKr, hundredDays, checkIn({ date: day(80), value: 12 }), today);
    expect(behind.progress).toBeCloseTo(0.2, 10);
    expect(behind.expected).toBe(0.8);
    expect(behind.status).toBe('behind');
    const past = paceOf(decreaseKr, hundredDays, checkIn({ date: day(80), value: 2 }), today);
    expect(past.progress).toBeCloseTo(1.2, 10);
    expect(past.status).toBe('ahead');
  });

  it('treats milestones and hold-the-line KRs as done-or-not', () => {
    const notYet = checkIn({ date: day(60), value: 0 });
    expect(paceOf(milestone, hundredDays, notYet, today).status).toBe('on-track');
    const early = checkIn({ date: day(60), value: 1 });
    expect(paceOf(milestone, hundredDays, early, today).status).toBe('ahead');
    const missedEnd = checkIn({ date: day(100), value: 0 });
    expect(paceOf(milestone, hundredDays, missedEnd, day(101)).status).toBe('behind');
    const holding = checkIn({ date: day(30), value: 99.92 });
    expect(paceOf(holdIncrease, hundredDays, holding, today).status).toBe('on-track');
    const slipped = checkIn({ date: day(30), value: 99.5 });
    expect(paceOf(holdIncrease, hundredDays, slipped, today)).toMatchObject({
      progress: 0,
      expected: 1,
      gap: -1,
      status: 'behind',
    });
  });
});

describe('objectiveProgress', () => {
  const krs = [
    { ...increaseKr, id: 'up', weight: 1 },
    { ...decreaseKr, id: 'down', weight: 3 },
  ];

  it('is the weighted mean of clamped progress', () => {
    const checkIns = [
      checkIn({ keyResultId: 'up', date: day(30), value: 94 }),
      checkIn({ keyResultId: 'down', date: day(30), value: 2 }),
    ];
    // up: 0.5 × 1; down: 1.2 clamped to 1 × 3 → 3.5 / 4.
    expect(objectiveProgress(krs, checkIns)).toBe(0.875);
  });

  it('clamps progress worse than the baseline to 0', () => {
    const checkIns = [
      checkIn({ keyResultId: 'up', date: day(30), value: 80 }),
      checkIn({ keyResultId: 'down', date: day(30), value: 9 }),
    ];
    expect(objectiveProgress(krs, checkIns)).toBe(0.375);
  });

  it('leaves out KRs with no check-ins or missing numbers', () => {
    const withGap = [...krs, { ...increaseKr, id: 'nobase', baseline: null, weight: 5 }];
    const checkIns = [
      checkIn({ keyResultId: 'up', date: day(30), value: 96 }),
      checkIn({ keyResultId: 'nobase', date: day(30), value: 96 }),
    ];
    expect(objectiveProgress(withGap, checkIns)).toBe(0.75);
  });

  it('counts a KR with an unusable weight as weight 1, as the objective score does', () => {
    const checkIns = [
      checkIn({ keyResultId: 'up', date: day(30), value: 94 }),
      checkIn({ keyResultId: 'down', date: day(30), value: 2 }),
    ];
    // up: 0.5 × 1; down: 1 × 1 → 1.5 / 2.
    expect(objectiveProgress([krs[0]!, { ...krs[1]!, weight: 0 }], checkIns)).toBe(0.75);
  });

  it('is null when no KR has measurable progress', () => {
    expect(objectiveProgress(krs, [])).toBeNull();
    expect(objectiveProgress([], [])).toBeNull();
    expect(
      objectiveProgress(krs, [checkIn({ keyResultId: 'up', date: day(30), value: null })]),
    ).toBeNull();
  });

  it('counts only the newest correction and falls back past a confidence-only check-in', () => {
    const checkIns = [
      checkIn({ id: 'orig', keyResultId: 'up', date: day(30), value: 98 }),
      checkIn({ keyResultId: 'up', date: day(30), value: 92, supersedesId: 'orig' }),
      checkIn({ keyResultId: 'up', date: day(45), value: null, confidence: 50 }),
    ];
    expect(objectiveProgress(krs, checkIns)).toBe(0.25);
  });

  it('includes a milestone as 0 or 1', () => {
    const mixed = [
      { ...increaseKr, id: 'up', weight: 1 },
      { ...milestone, id: 'ship', weight: 1 },
    ];
    const checkIns = [
      checkIn({ keyResultId: 'up', date: day(30), value: 94 }),
      checkIn({ keyResultId: 'ship', date: day(30), value: 1 }),
    ];
    expect(objectiveProgress(mixed, checkIns)).toBe(0.75);
  });
});
