import type { CheckIn } from '../entities';
import { confidenceSchema } from '../primitives';
import { latestCheckIn } from './history';

/** Whether a value is a confidence a check-in can record (see `confidenceSchema`). */
export function isConfidence(value: number | null): value is number {
  return confidenceSchema.safeParse(value).success;
}

/** A value from a slider or a typed field as a confidence: rounded into 0..100; NaN is 0. */
export function clampConfidence(value: number): number {
  const n = Math.round(value);
  return Number.isFinite(n) ? Math.min(100, Math.max(0, n)) : 0;
}

/**
 * The average of each key result's latest confidence (effective check-ins only), rounded to a
 * whole percent; key results with no check-in yet are left out. Null when none has one.
 */
export function averageConfidence(
  keyResultIds: readonly string[],
  checkIns: readonly CheckIn[],
): number | null {
  const latest = keyResultIds.flatMap((id) => latestCheckIn(id, checkIns)?.confidence ?? []);
  if (latest.length === 0) return null;
  return Math.round(latest.reduce((sum, c) => sum + c, 0) / latest.length);
}
