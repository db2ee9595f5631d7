import { describe, expect, it } from 'vitest';
import {
  averageConfidence,
  clampConfidence,
  isConfidence,
} from '../../../../shared/domain/checkins/confidence';
import { checkIn } from './helpers';

describe('isConfidence', () => {
  it('accepts whole percentages from 0 to 100 only', () => {
    expect([0, 50, 100].every(isConfidence)).toBe(true);
    expect([-1, 101, 50.5, Number.NaN, null].some(isConfidence)).toBe(false);
  });
});

describe('clampConfidence', () => {
  it('rounds into 0..100 and reads what is not a number as 0', () => {
    expect([-5, 49.6, 120, Number.NaN].map(clampConfidence)).toEqual([0, 50, 100, 0]);
  });
});

describe('averageConfidence', () => {
  it('averages the latest effective confidence of each KR that has checked in', () => {
    const checkIns = [
      checkIn({ id: 'a1', keyResultId: 'a', date: '2027-01-10', confidence: 90 }),
      checkIn({ keyResultId: 'a', date: '2027-01-24', confidence: 60 }),
      checkIn({ id: 'b1', keyResultId: 'b', date: '2027-01-24', confidence: 20 }),
      checkIn({ keyResultId: 'b', date: '2027-01-24', confidence: 35, supersedesId: 'b1' }),
    ];
    // a: 60, b: 35 (the correction), c: no check-in → (60 + 35) / 2, rounded.
    expect(averageConfidence(['a', 'b', 'c'], checkIns)).toBe(48);
  });

  it('is null before any check-in', () => {
    expect(averageConfidence(['a'], [])).toBeNull();
    expect(averageConfidence([], [])).toBeNull();
  });
});
