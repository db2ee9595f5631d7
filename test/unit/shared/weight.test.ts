import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WEIGHT,
  effectiveWeight,
  WEIGHT_MESSAGE,
  weightProblem,
} from '@shared/domain/weight';

describe('weights', () => {
  it('accepts a weight above 0 up to 100', () => {
    for (const weight of [0.5, 1, 2, 100]) expect(weightProblem(weight)).toBeNull();
  });

  it.each([0, -1, 100.01, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d', (weight) => {
    expect(weightProblem(weight)).toBe(WEIGHT_MESSAGE);
  });

  it('averages with the default weight where a stored one is out of range', () => {
    expect(effectiveWeight(3)).toBe(3);
    expect(effectiveWeight(0)).toBe(DEFAULT_WEIGHT);
    expect(effectiveWeight(Number.NaN)).toBe(DEFAULT_WEIGHT);
  });
});
