import { describe, expect, it } from 'vitest';
import {
  computedScore,
  finalValueOf,
  keyResultScore,
  objectiveScore,
  OVERRIDE_RANGE_MESSAGE,
  OVERRIDE_REASON_MESSAGE,
  OVERRIDE_SCORES,
  OVERRIDE_STEP_MESSAGE,
  roundScore,
  scoringProblem,
  validateOverride,
} from '../../../../shared/domain/scoring/score';
import { WEIGHT_MESSAGE } from '../../../../shared/domain/weight';
import { checkIn, decreaseKr, increaseKr, milestoneKr } from './helpers';

describe('roundScore', () => {
  it('rounds halves up despite float noise', () => {
    expect(roundScore(0.35)).toBe(0.4);
    expect(roundScore(0.349)).toBe(0.3);
    expect(roundScore(0.95)).toBe(1);
    expect(roundScore(0.05)).toBe(0.1);
    expect(roundScore(0.25)).toBe(0.3);
    expect(roundScore(0.1 + 0.2)).toBe(0.3);
    expect(roundScore(0.75)).toBe(0.8);
    expect(roundScore(0.74)).toBe(0.7);
  });

  it('never returns −0', () => {
    expect(Object.is(roundScore(-0), 0)).toBe(true);
    expect(Object.is(roundScore(-0.01), 0)).toBe(true);
  });
});

describe('computedScore', () => {
  it('scores an increase KR by progress from baseline to target', () => {
    expect(computedScore(increaseKr(), 94)).toBe(0.5);
    expect(computedScore(increaseKr(), 96)).toBe(0.8); // 0.75 rounds up
    expect(computedScore(increaseKr(), 98)).toBe(1);
    expect(computedScore(increaseKr(), 90)).toBe(0);
  });

  it('scores a decrease KR by progress from baseline down to target', () => {
    expect(computedScore(decreaseKr(), 7)).toBe(0.7);
    expect(computedScore(decreaseKr(), 11)).toBe(0.3);
    expect(computedScore(decreaseKr(), 4)).toBe(1);
  });

  it('clamps an overshoot to 1.0', () => {
    expect(computedScore(increaseKr(), 100)).toBe(1);
    expect(computedScore(decreaseKr(), 2)).toBe(1);
  });

  it('scores worse than the baseline as 0.0', () => {
    expect(computedScore(increaseKr(), 85)).toBe(0);
    expect(computedScore(decreaseKr(), 16)).toBe(0);
  });

  it('rounds to one decimal', () => {
    const kr = increaseKr({ baseline: 0, target: 20 });
    expect(computedScore(kr, 7)).toBe(0.4); // 0.35
    expect(computedScore(kr, 6.98)).toBe(0.3); // 0.349
    expect(computedScore(kr, 19)).toBe(1); // 0.95
  });

  it('scores a milestone 0 or 1', () => {
    expect(computedScore(milestoneKr(), 1)).toBe(1);
    expect(computedScore(milestoneKr(), 0)).toBe(0);
    expect(computedScore(milestoneKr(), 0.6)).toBe(0);
    expect(computedScore(milestoneKr(), null)).toBeNull();
  });

  it('is null without a final value or without the numbers', () => {
    expect(computedScore(increaseKr(), null)).toBeNull();
    expect(computedScore(increaseKr({ baseline: null }), 95)).toBeNull();
    expect(computedScore(increaseKr({ target: null }), 95)).toBeNull();
  });
});

describe('finalValueOf', () => {
  it('prefers the recorded final value over check-ins', () => {
    const cis = [checkIn({ date: '2027-03-01', value: 92 })];
    expect(finalValueOf(increaseKr({ finalValue: 97 }), cis)).toBe(97);
    expect(finalValueOf(increaseKr({ finalValue: 0 }), cis)).toBe(0);
  });

  it('falls back to the latest check-in that measured a value', () => {
    const cis = [
      checkIn({ date: '2027-03-01', value: 96 }),
      checkIn({ date: '2027-02-01', value: 92 }),
      checkIn({ date: '2027-03-20', value: null, confidence: 40 }),
      checkIn({ date: '2027-03-25', value: 10, keyResultId: 'other' }),
    ];
    expect(finalValueOf(increaseKr(), cis)).toBe(96);
  });

  it('uses a corrected check-in, not the one it replaces', () => {
    const wrong = checkIn({ date: '2027-03-01', value: 92 });
    const fixed = checkIn({ date: '2027-03-01', value: 94, supersedesId: wrong.id });
    expect(finalValueOf(increaseKr(), [fixed, wrong])).toBe(94);
  });

  it('is null with no final value and no measured check-in', () => {
    expect(finalValueOf(increaseKr(), [])).toBeNull();
    expect(finalValueOf(increaseKr(), [checkIn({ date: '2027-03-01' })])).toBeNull();
  });
});

describe('keyResultScore', () => {
  it('computes from the final value, falling back to the latest check-in', () => {
    expect(keyResultScore(increaseKr({ finalValue: 94 }), [])).toEqual({
      computed: 0.5,
      override: null,
      reason: '',
      score: 0.5,
      isOverridden: false,
      unscorable: null,
    });
    const cis = [checkIn({ date: '2027-03-01', value: 96 })];
    expect(keyResultScore(increaseKr(), cis).score).toBe(0.8);
    expect(keyResultScore(increaseKr(), []).score).toBeNull();
  });

  it('lets an override win while keeping the computed score visible', () => {
    const kr = increaseKr({
      finalValue: 94,
      scoreOverride: 0.7,
      scoreOverrideReason: '  The dashboard under-counted mobile users. ',
    });
    expect(keyResultScore(kr, [])).toEqual({
      computed: 0.5,
      override: 0.7,
      reason: 'The dashboard under-counted mobile users.',
      score: 0.7,
      isOverridden: true,
      unscorable: null,
    });
  });

  it('treats an override of 0 as an override', () => {
    const kr = increaseKr({ finalValue: 98, scoreOverride: 0, scoreOverrideReason: 'Gamed.' });
    expect(keyResultScore(kr, [])).toMatchObject({ computed: 1, score: 0, isOverridden: true });
  });

  it('scores from the override alone when nothing can be computed', () => {
    const kr = increaseKr({ baseline: null, scoreOverride: 0.6, scoreOverrideReason: 'Judged.' });
    expect(keyResultScore(kr, [])).toMatchObject({ computed: null, score: 0.6 });
  });

  it('ignores a stale reason when there is no override', () => {
    const kr = increaseKr({ finalValue: 94, scoreOverrideReason: 'old' });
    expect(keyResultScore(kr, []).reason).toBe('');
  });
});

describe('objectiveScore', () => {
  const perfect = increaseKr({ id: 'a', finalValue: 98 }); // 1.0
  const short = decreaseKr({ id: 'b', finalValue: 10 }); // 0.4

  it('is the equal-weight mean by default', () => {
    expect(objectiveScore([perfect, short], [])).toBe(0.7);
  });

  it('weights 2:1 shift the score towards the heavier KR', () => {
    expect(objectiveScore([{ ...perfect, weight: 2 }, short], [])).toBe(0.8);
    expect(objectiveScore([perfect, { ...short, weight: 2 }], [])).toBe(0.6);
  });

  it('leaves unscored KRs out', () => {
    const unscored = increaseKr({ id: 'c', weight: 5 });
    expect(objectiveScore([{ ...perfect, weight: 2 }, short, unscored], [])).toBe(0.8);
  });

  it('uses overrides and check-in fallbacks', () => {
    const overridden = { ...short, scoreOverride: 1, scoreOverrideReason: 'Moved the metric.' };
    expect(objectiveScore([perfect, overridden], [])).toBe(1);
    const fromCheckIn = increaseKr({ id: 'c' });
    const cis = [checkIn({ date: '2027-03-01', keyResultId: 'c', value: 90 })];
    expect(objectiveScore([perfect, fromCheckIn], cis)).toBe(0.5);
  });

  it('rounds the mean to one decimal', () => {
    const half = increaseKr({ id: 'c', finalValue: 94 }); // 0.5
    const strong = increaseKr({ id: 'd', finalValue: 96.4 }); // 0.8
    expect(objectiveScore([half, strong], [])).toBe(0.7); // 0.65
  });

  it('counts a KR with an unusable weight as weight 1', () => {
    expect(objectiveScore([{ ...perfect, weight: 0 }, short], [])).toBe(0.7);
  });

  it('is null when no KR has a score', () => {
    expect(objectiveScore([], [])).toBeNull();
    expect(objectiveScore([increaseKr()], [])).toBeNull();
  });
});

describe('validateOverride', () => {
  it('accepts a step of 0.1 with a reason, allowing float noise', () => {
    expect(validateOverride(0.7, 'Counted wrongly.')).toBeNull();
    expect(validateOverride(0, 'x')).toBeNull();
    expect(validateOverride(1, 'x')).toBeNull();
    expect(validateOverride(0.1 + 0.2, 'x')).toBeNull();
  });

  it('rejects a score outside 0..1', () => {
    expect(validateOverride(1.1, 'x')).toBe(OVERRIDE_RANGE_MESSAGE);
    expect(validateOverride(-0.1, 'x')).toBe(OVERRIDE_RANGE_MESSAGE);
    expect(validateOverride(Number.NaN, 'x')).toBe(OVERRIDE_RANGE_MESSAGE);
    expect(OVERRIDE_RANGE_MESSAGE).toBe('Give a score from 0.0 to 1.0.');
  });

  it('rejects a score that is not a step of 0.1', () => {
    expect(validateOverride(0.35, 'x')).toBe(OVERRIDE_STEP_MESSAGE);
    expect(validateOverride(0.71, 'x')).toBe(OVERRIDE_STEP_MESSAGE);
  });

  it('requires a reason', () => {
    expect(validateOverride(0.5, '')).toBe('Say why the score is overridden.');
    expect(validateOverride(0.5, '   ')).toBe(OVERRIDE_REASON_MESSAGE);
  });
});

describe('OVERRIDE_SCORES', () => {
  it('offers every score an override may take, and only those', () => {
    expect(OVERRIDE_SCORES.map((x) => x.toFixed(1))).toEqual(
      Array.from({ length: 11 }, (_, i) => `${i / 10}`.padEnd(3, '.0')),
    );
    for (const score of OVERRIDE_SCORES) expect(validateOverride(score, 'x')).toBeNull();
  });
});

describe('scoringProblem', () => {
  const fine = { weight: 1, scoreOverride: null, scoreOverrideReason: '' };

  it('accepts a weight above 0 up to 100, with or without a valid override', () => {
    expect(scoringProblem(fine)).toBeNull();
    expect(scoringProblem({ ...fine, weight: 100 })).toBeNull();
    expect(
      scoringProblem({ ...fine, weight: 0.5, scoreOverride: 0.7, scoreOverrideReason: 'x' }),
    ).toBeNull();
  });

  it.each([0, -1, 100.5, Number.NaN])('refuses the weight %d', (weight) => {
    expect(scoringProblem({ ...fine, weight })).toBe(WEIGHT_MESSAGE);
  });

  it('checks the override only when there is one, after the weight', () => {
    expect(scoringProblem({ ...fine, scoreOverrideReason: 'left over' })).toBeNull();
    expect(scoringProblem({ ...fine, scoreOverride: 0.5 })).toBe(OVERRIDE_REASON_MESSAGE);
    expect(scoringProblem({ ...fine, scoreOverride: 0.35, scoreOverrideReason: 'x' })).toBe(
      OVERRIDE_STEP_MESSAGE,
    );
    expect(scoringProblem({ weight: 0, scoreOverride: 2, scoreOverrideReason: '' })).toBe(
      WEIGHT_MESSAGE,
    );
  });
});
