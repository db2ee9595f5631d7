import { describe, expect, it } from 'vitest';
import {
  atRiskList,
  atRiskReasons,
  CONFIDENCE_DROP,
  LOW_CONFIDENCE,
} from '../../../../shared/domain/checkins/atRisk';
import type { Measurable } from '../../../../shared/domain/checkins/progress';
import { checkIn, day, decreaseKr, hundredDays, increaseKr } from './helpers';

const today = day(90);
const kinds = (reasons: readonly { kind: string }[]): string[] => reasons.map((r) => r.kind);

describe('atRiskReasons: confidence', () => {
  it('has nothing to say about a KR with no check-ins', () => {
    expect(atRiskReasons(increaseKr, hundredDays, [], today)).toEqual([]);
  });

  it('flags confidence below 40 but not exactly 40', () => {
    expect(LOW_CONFIDENCE).toBe(40);
    expect(
      atRiskReasons(increaseKr, hundredDays, [checkIn({ date: day(10), confidence: 40 })], today),
    ).toEqual([]);
    expect(
      atRiskReasons(increaseKr, hundredDays, [checkIn({ date: day(10), confidence: 30 })], today),
    ).toEqual([{ kind: 'low-confidence', message: 'Confidence is 30%, below 40%.' }]);
  });

  it('flags a drop of exactly 20 points but not 19', () => {
    expect(CONFIDENCE_DROP).toBe(20);
    const twenty = [
      checkIn({ date: day(10), confidence: 70 }),
      checkIn({ date: day(24), confidence: 50 }),
    ];
    expect(atRiskReasons(increaseKr, hundredDays, twenty, today)).toEqual([
      {
        kind: 'confidence-drop',
        message: 'Confidence fell 20 points since the last check-in (from 70% to 50%).',
      },
    ]);
    const nineteen = [
      checkIn({ date: day(10), confidence: 70 }),
      checkIn({ date: day(24), confidence: 51 }),
    ];
    expect(atRiskReasons(increaseKr, hundredDays, nineteen, today)).toEqual([]);
  });

  it('compares the latest with the previous check-in only, in date order', () => {
    const history = [
      checkIn({ date: day(24), confidence: 35 }),
      checkIn({ date: day(10), confidence: 70 }),
    ];
    expect(atRiskReasons(increaseKr, hundredDays, history, today)).toEqual([
      { kind: 'low-confidence', message: 'Confidence is 35%, below 40%.' },
      {
        kind: 'confidence-drop',
        message: 'Confidence fell 35 points since the last check-in (from 70% to 35%).',
      },
    ]);
    const recovering = [...history, checkIn({ date: day(38), confidence: 60 })];
    expect(atRiskReasons(increaseKr, hundredDays, recovering, today)).toEqual([]);
  });

  it('ignores superseded check-ins', () => {
    const history = [
      checkIn({ id: 'a', date: day(10), confidence: 90 }),
      checkIn({ id: 'a2', date: day(10), confidence: 60, supersedesId: 'a' }),
      checkIn({ id: 'b', date: day(24), confidence: 30 }),
      checkIn({ id: 'b2', date: day(24), confidence: 45, supersedesId: 'b' }),
    ];
    expect(atRiskReasons(increaseKr, hundredDays, history, today)).toEqual([]);
  });
});

describe('atRiskReasons: behind the path', () => {
  it('flags an increase KR well behind, on the date of its value', () => {
    const history = [checkIn({ date: day(60), value: 92 })];
    expect(atRiskReasons(increaseKr, hundredDays, history, today)).toEqual([
      {
        kind: 'behind-path',
        message: 'At 25% of the way to target when 60% was expected by 2 Mar.',
      },
    ]);
  });

  it('flags a decrease KR well behind', () => {
    const history = [checkIn({ date: day(80), value: 12 })];
    expect(atRiskReasons(decreaseKr, hundredDays, history, today)).toEqual([
      {
        kind: 'behind-path',
        message: 'At 20% of the way to target when 80% was expected by 22 Mar.',
      },
    ]);
  });

  it('does not flag a decrease KR on the path or past its target', () => {
    const onPath = [checkIn({ date: day(80), value: 7 })];
    expect(atRiskReasons(decreaseKr, hundredDays, onPath, today)).toEqual([]);
    const past = [checkIn({ date: day(80), value: 2 })];
    expect(atRiskReasons(decreaseKr, hundredDays, past, today)).toEqual([]);
  });

  it('says so when the value is worse than the baseline', () => {
    const history = [checkIn({ date: day(50), value: 16 })];
    expect(atRiskReasons(decreaseKr, hundredDays, history, today)).toEqual([
      {
        kind: 'behind-path',
        message:
          'At -20% of the way to target (worse than the baseline) when 50% was expected by 20 Feb.',
      },
    ]);
  });

  it('keeps judging the last value after a confidence-only check-in', () => {
    const history = [
      checkIn({ date: day(60), value: 92, confidence: 70 }),
      checkIn({ date: day(70), value: null, confidence: 70 }),
    ];
    expect(kinds(atRiskReasons(increaseKr, hundredDays, history, today))).toEqual(['behind-path']);
  });

  it('has no path to judge without numbers', () => {
    const noTarget: Measurable = { ...increaseKr, target: null };
    const history = [checkIn({ date: day(60), value: 90 })];
    expect(atRiskReasons(noTarget, hundredDays, history, today)).toEqual([]);
  });

  it('flags a milestone not done at the end and a hold-the-line KR off target', () => {
    const milestone: Measurable = {
      baseline: null,
      target: null,
      direction: 'increase',
      isMilestone: true,
    };
    const midway = [checkIn({ date: day(50), value: 0 })];
    expect(atRiskReasons(milestone, hundredDays, midway, today)).toEqual([]);
    const atEnd = [checkIn({ date: day(100), value: 0 })];
    expect(atRiskReasons(milestone, hundredDays, atEnd, day(101))).toEqual([
      { kind: 'behind-path', message: 'Not done by the end of the quarter (11 Apr).' },
    ]);
    const hold: Measurable = { baseline: 99.9, target: 99.9, direction: 'increase' };
    const slipped = [checkIn({ date: day(30), value: 99.5 })];
    expect(atRiskReasons(hold, hundredDays, slipped, today)).toEqual([
      {
        kind: 'behind-path',
        message: 'Off target on 31 Jan, when it was expected to hold all quarter.',
      },
    ]);
  });

  it('lists every reason that applies, in a fixed order', () => {
    const history = [
      checkIn({ date: day(30), value: 92, confidence: 60 }),
      checkIn({ date: day(60), value: 92, confidence: 20 }),
    ];
    expect(kinds(atRiskReasons(increaseKr, hundredDays, history, today))).toEqual([
      'low-confidence',
      'confidence-drop',
      'behind-path',
    ]);
  });
});

describe('atRiskList', () => {
  const krs = [
    { ...decreaseKr, id: 'lead-time' },
    { ...increaseKr, id: 'checkout' },
    { ...increaseKr, id: 'fresh' },
    { ...increaseKr, id: 'fine' },
  ];

  it('lists only KRs with a reason, in input order, from effective check-ins', () => {
    const checkIns = [
      checkIn({ keyResultId: 'checkout', date: day(20), confidence: 35 }),
      checkIn({ id: 'lt', keyResultId: 'lead-time', date: day(80), value: 9 }),
      checkIn({
        keyResultId: 'lead-time',
        date: day(80),
        value: 12,
        supersedesId: 'lt',
      }),
      checkIn({ keyResultId: 'fine', date: day(20), value: 92, confidence: 80 }),
    ];
    expect(atRiskList(krs, hundredDays, checkIns, today)).toEqual([
      {
        keyResultId: 'lead-time',
        reasons: [
          {
            kind: 'behind-path',
            message: 'At 20% of the way to target when 80% was expected by 22 Mar.',
          },
        ],
      },
      {
        keyResultId: 'checkout',
        reasons: [{ kind: 'low-confidence', message: 'Confidence is 35%, below 40%.' }],
      },
    ]);
  });

  it('is empty when nothing has been checked in', () => {
    expect(atRiskList(krs, hundredDays, [], today)).toEqual([]);
  });
});
