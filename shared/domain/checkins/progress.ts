import type { CheckIn, Cycle, KeyResult } from '../entities';
import type { Direction } from '../enums';
import { effectiveWeight } from '../weight';
import { daysBetween } from '../calendar/days';
import { effectiveCheckIns } from './history';

/** What progress needs from a key result. */
export type Measurable = Pick<KeyResult, 'baseline' | 'target' | 'direction'> & {
  isMilestone?: boolean;
};

type CycleDates = Pick<Cycle, 'startDate' | 'endDate'>;

/**
 * A key result is well behind the expected path when its progress trails the expected
 * progress by more than a quarter of the way from baseline to target.
 */
export const BEHIND_THRESHOLD = 0.25;

/** A key result is ahead when its progress leads the expected progress by more than this. */
export const AHEAD_THRESHOLD = 0.1;

// Progress is a ratio of floats: 0.3 − 0.55 must still count as exactly a quarter behind.
const EPSILON = 1e-9;

/** Clamps a number to 0..1 (NaN becomes 0). */
export function clamp01(x: number): number {
  if (Number.isNaN(x)) return 0;
  return Math.min(1, Math.max(0, x));
}

function meetsTarget(direction: Direction, value: number, target: number): boolean {
  return direction === 'increase' ? value >= target : value <= target;
}

/**
 * The fraction of the way from baseline to target that `value` has travelled: 0 at the
 * baseline, 1 at the target, above 1 past the target, below 0 when worse than the
 * baseline. Not clamped; see {@link clamp01}. For a consistent KR (increase with target
 * above baseline, decrease with target below) this is direction-aware by construction;
 * when direction and numbers disagree, the numbers win (the coach flags the mismatch).
 *
 * - null when the value, baseline or target is missing;
 * - baseline === target (hold the line): 1 when the value meets or beats the target in
 *   the KR's direction, else 0;
 * - milestone KRs: 1 when value ≥ 1 (done), else 0 (value 0/1 = not done/done).
 */
export function progressOf(kr: Measurable, value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (kr.isMilestone) return value >= 1 ? 1 : 0;
  const { baseline, target } = kr;
  if (baseline === null || target === null) return null;
  if (baseline === target) return meetsTarget(kr.direction, value, target) ? 1 : 0;
  // `+ 0` turns the −0 of a decrease KR at its baseline into 0.
  return (value - baseline) / (target - baseline) + 0;
}

/**
 * The fraction of the quarter elapsed at `date`, by calendar days: 0 on and before the
 * start date, 1 on and after the end date.
 */
export function timeElapsed(cycle: CycleDates, date: string): number {
  const total = daysBetween(cycle.startDate, cycle.endDate);
  const done = daysBetween(cycle.startDate, date);
  if (total <= 0) return done >= total ? 1 : 0;
  return clamp01(done / total);
}

/**
 * The progress (fraction of the way to target) a key result should show at `date`:
 * the elapsed fraction of the quarter for a metric KR; 1 throughout for a KR whose
 * baseline equals its target (it should hold the line); for a milestone 0 until the
 * end date and 1 from then, since a milestone has no path to be part-way along.
 */
export function expectedProgressAt(kr: Measurable, cycle: CycleDates, date: string): number {
  if (kr.isMilestone) return date >= cycle.endDate ? 1 : 0;
  if (kr.baseline !== null && kr.baseline === kr.target) return 1;
  return timeElapsed(cycle, date);
}

/**
 * The value on the straight path from the baseline at the start of the quarter to the
 * target at its end, at `date`; null without both numbers. A milestone is expected
 * not done (0) until the end date and done (1) from then.
 */
export function expectedValueAt(kr: Measurable, cycle: CycleDates, date: string): number | null {
  if (kr.isMilestone) return date >= cycle.endDate ? 1 : 0;
  const { baseline, target } = kr;
  if (baseline === null || target === null) return null;
  return baseline + (target - baseline) * timeElapsed(cycle, date);
}

/** How a key result's latest value compares with where it should be by then. */
export type Pace = {
  /** Fraction of the way to target, unclamped; null without a value or numbers. */
  progress: number | null;
  /** Expected progress at the latest check-in's date (at `today` when there is none). */
  expected: number;
  /** progress − expected; null with no progress. */
  gap: number | null;
  status: 'ahead' | 'on-track' | 'behind' | 'no-data';
};

/**
 * The pace of a key result: the progress of the latest check-in's value against the
 * progress expected on that check-in's date (not today, so an old check-in is judged by
 * its own day). Behind when the gap is below −{@link BEHIND_THRESHOLD}, ahead when it is
 * above {@link AHEAD_THRESHOLD}, no-data without a check-in, a value or the numbers.
 */
export function paceOf(
  kr: Measurable,
  cycle: CycleDates,
  latest: CheckIn | null,
  today: string,
): Pace {
  const expected = expectedProgressAt(kr, cycle, latest ? latest.date : today);
  const progress = progressOf(kr, latest ? latest.value : null);
  if (progress === null) return { progress: null, expected, gap: null, status: 'no-data' };
  const gap = progress - expected;
  const status =
    gap < -BEHIND_THRESHOLD - EPSILON
      ? 'behind'
      : gap > AHEAD_THRESHOLD + EPSILON
        ? 'ahead'
        : 'on-track';
  return { progress, expected, gap, status };
}

/**
 * An objective's progress: the weighted mean of its key results' progress, each clamped
 * to 0..1 and taken from the KR's latest effective check-in that recorded a value. KRs
 * with no measurable progress (no value yet, missing numbers) are left out rather than
 * counted as 0; null when no KR has any. A weight outside the allowed range counts as 1
 * (see `effectiveWeight`), as in the objective's score.
 */
export function objectiveProgress(
  krs: readonly (Measurable & { id: string; weight: number })[],
  checkIns: readonly CheckIn[],
): number | null {
  const effective = effectiveCheckIns(checkIns);
  let sum = 0;
  let weights = 0;
  for (const kr of krs) {
    const latest = effective.findLast((c) => c.keyResultId === kr.id && c.value !== null);
    const progress = progressOf(kr, latest ? latest.value : null);
    if (progress === null) continue;
    const weight = effectiveWeight(kr.weight);
    sum += weight * clamp01(progress);
    weights += weight;
  }
  return weights > 0 ? sum / weights : null;
}
