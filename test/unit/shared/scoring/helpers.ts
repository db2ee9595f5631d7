import type { ScoredKeyResult } from '../../../../shared/domain/scoring/score';

// One check-in builder for the domain tests: the check-in suite's.
export { checkIn } from '../checkins/helpers';

/** Checkout success 90 → 98 %, an increase KR, not yet scored. */
export function increaseKr(patch: Partial<ScoredKeyResult> = {}): ScoredKeyResult {
  return {
    id: 'kr1',
    baseline: 90,
    target: 98,
    direction: 'increase',
    isMilestone: false,
    finalValue: null,
    scoreOverride: null,
    scoreOverrideReason: '',
    weight: 1,
    ...patch,
  };
}

/** Lead time 14 → 4 days, a decrease KR, not yet scored. */
export function decreaseKr(patch: Partial<ScoredKeyResult> = {}): ScoredKeyResult {
  return increaseKr({ baseline: 14, target: 4, direction: 'decrease', ...patch });
}

/** A milestone KR (0 = not done, 1 = done). */
export function milestoneKr(patch: Partial<ScoredKeyResult> = {}): ScoredKeyResult {
  return increaseKr({ baseline: null, target: null, isMilestone: true, ...patch });
}
