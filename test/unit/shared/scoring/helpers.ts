import type { CheckIn } from '../../../../shared/domain/entities';
import type { ScoredKeyResult } from '../../../../shared/domain/scoring/score';

let seq = 0;

/** A check-in of kr1 with sensible defaults; `createdAt` follows `date` unless given. */
export function checkIn(patch: Partial<CheckIn> & Pick<CheckIn, 'date'>): CheckIn {
  seq += 1;
  return {
    id: `ci-${seq}`,
    keyResultId: 'kr1',
    cycleId: 'c1',
    sessionId: `s-${patch.date}`,
    value: null,
    confidence: 70,
    changed: '',
    blockers: '',
    supersedesId: null,
    createdAt: `${patch.date}T09:00:00.000Z`,
    updatedAt: `${patch.date}T09:00:00.000Z`,
    ...patch,
  };
}

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
