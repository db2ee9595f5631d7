import { latestMeasuredCheckIn } from '../checkins/history';
import { clamp01, progressOf } from '../checkins/progress';
import { proposeFieldsFromText } from '../coach/text/fields';
import type { CheckIn, KeyResult } from '../entities';
import { effectiveWeight, weightProblem } from '../weight';

// x * 10 is not exact in binary: 0.35 * 10 is 3.4999999999999996, which must still round up.
const EPSILON = 1e-9;

/**
 * Rounds a score to one decimal, halves up: 0.35 → 0.4, 0.349 → 0.3, 0.95 → 1.0.
 * A tiny epsilon absorbs the float noise of `x * 10` so that 0.35 is treated as 3.5 tenths.
 */
export function roundScore(x: number): number {
  // `+ 0` turns a −0 into 0.
  return Math.round(x * 10 + EPSILON) / 10 + 0;
}

/** What scoring needs from a key result; the title and unit let it say why it cannot score one. */
export type ScoredKeyResult = Pick<
  KeyResult,
  | 'baseline'
  | 'target'
  | 'direction'
  | 'isMilestone'
  | 'finalValue'
  | 'scoreOverride'
  | 'scoreOverrideReason'
  | 'weight'
> & { id: string } & Partial<Pick<KeyResult, 'title' | 'unit'>>;

/**
 * The value a key result ended the quarter at: its recorded final value when set, else the
 * value of its latest effective check-in that measured one (a confidence-only check-in is
 * skipped, and corrected check-ins count only in their corrected form), else null.
 */
export function finalValueOf(
  kr: Pick<KeyResult, 'id' | 'finalValue'>,
  checkIns: readonly CheckIn[],
): number | null {
  if (kr.finalValue !== null) return kr.finalValue;
  return latestMeasuredCheckIn(kr.id, checkIns)?.value ?? null;
}

/**
 * The natural score of a key result at `finalValue`: its progress from baseline to target
 * (direction-aware, see {@link progressOf}), clamped to 0..1 and rounded to one decimal.
 * Overshooting the target scores 1.0; ending worse than the baseline scores 0.0. A
 * milestone KR scores 0 or 1. Null when there is no final value, or a metric KR lacks its
 * baseline or target.
 */
export function computedScore(
  kr: Pick<ScoredKeyResult, 'baseline' | 'target' | 'direction' | 'isMilestone'>,
  finalValue: number | null,
): number | null {
  const progress = progressOf(kr, finalValue);
  if (progress === null) return null;
  return roundScore(clamp01(progress));
}

/** Why a key result has no computed score, in a code for the UI and a sentence for people. */
export type UnscorableReason = {
  code:
    | 'numbers-only-in-title'
    | 'no-baseline'
    | 'no-target'
    | 'no-baseline-or-target'
    | 'no-final-value';
  message: string;
};

/**
 * Why `computedScore` is null for this key result, or null when it can be scored. Empty
 * Baseline/Target fields make a metric KR unscorable even when its title states the numbers
 * ("from 8 to 2"): scoring reads the fields, so the reason says to fill them from the title.
 */
export function whyUnscorable(
  kr: Pick<ScoredKeyResult, 'baseline' | 'target' | 'direction' | 'isMilestone' | 'title' | 'unit'>,
  finalValue: number | null,
): UnscorableReason | null {
  if (!kr.isMilestone && (kr.baseline === null || kr.target === null)) {
    const fill = kr.title
      ? proposeFieldsFromText({ ...kr, title: kr.title, direction: kr.direction })
      : null;
    if (fill && (fill.baseline !== undefined || fill.target !== undefined)) {
      return {
        code: 'numbers-only-in-title',
        message:
          'The title states the numbers but the Baseline and Target fields are empty, and scoring reads the fields: fill them from the title to score this key result.',
      };
    }
    if (kr.baseline === null && kr.target === null) {
      return {
        code: 'no-baseline-or-target',
        message:
          'No baseline and no target: there is no path from start to goal to score progress on.',
      };
    }
    return kr.baseline === null
      ? {
          code: 'no-baseline',
          message: 'No baseline: progress cannot be measured without where the key result started.',
        }
      : { code: 'no-target', message: 'No target: there is nothing to score progress against.' };
  }
  if (finalValue === null || !Number.isFinite(finalValue)) {
    return {
      code: 'no-final-value',
      message: 'No final value yet, and no check-in recorded one.',
    };
  }
  return null;
}

/** A key result's score with how it was reached, so an override never hides the computed score. */
export type KrScore = {
  /** The score from the final value; null when it cannot be computed. */
  computed: number | null;
  /** A person's score, or null when nobody overrode it. */
  override: number | null;
  /** Why the score was overridden; empty when it was not. */
  reason: string;
  /** The score that counts: the override when there is one, else the computed score. */
  score: number | null;
  isOverridden: boolean;
  /** Why there is no computed score; null when there is one. */
  unscorable: UnscorableReason | null;
};

/**
 * Scores one key result: computes its score from its final value (see {@link finalValueOf})
 * and lets a person's override win, keeping the computed score visible beside it.
 */
export function keyResultScore(kr: ScoredKeyResult, checkIns: readonly CheckIn[]): KrScore {
  const finalValue = finalValueOf(kr, checkIns);
  const computed = computedScore(kr, finalValue);
  const override = kr.scoreOverride;
  const isOverridden = override !== null;
  return {
    computed,
    override,
    reason: isOverridden ? kr.scoreOverrideReason.trim() : '',
    score: override ?? computed,
    isOverridden,
    unscorable: computed === null ? whyUnscorable(kr, finalValue) : null,
  };
}

/**
 * An objective's score: the weighted mean of its key results' scores (overrides included),
 * rounded to one decimal. Weights are equal unless set; a weight that is missing, zero or
 * not a number counts as 1 (see `effectiveWeight`). KRs without a score are left out rather than counted as 0;
 * null when no KR has a score.
 */
export function objectiveScore(
  krs: readonly ScoredKeyResult[],
  checkIns: readonly CheckIn[],
): number | null {
  let sum = 0;
  let weights = 0;
  for (const kr of krs) {
    const { score } = keyResultScore(kr, checkIns);
    if (score === null) continue;
    const weight = effectiveWeight(kr.weight);
    sum += weight * score;
    weights += weight;
  }
  return weights > 0 ? roundScore(sum / weights) : null;
}

/** The message when an override score is out of range or not a step of 0.1. */
export const OVERRIDE_RANGE_MESSAGE = 'Give a score from 0.0 to 1.0.';
export const OVERRIDE_STEP_MESSAGE = 'Give the score in steps of 0.1 (0.0, 0.1, … 1.0).';
export const OVERRIDE_REASON_MESSAGE = 'Say why the score is overridden.';

/** The scores a person may give instead of the computed one: 0.0, 0.1, … 1.0. */
export const OVERRIDE_SCORES: readonly number[] = Array.from({ length: 11 }, (_, i) => i / 10);

/**
 * Checks a score override: the score must lie in 0..1 and be a multiple of 0.1 (float
 * noise such as 0.30000000000000004 is allowed), and the reason must not be blank.
 * Returns the first problem's message, or null when the override is fine.
 */
export function validateOverride(score: number, reason: string): string | null {
  if (!Number.isFinite(score) || score < -EPSILON || score > 1 + EPSILON) {
    return OVERRIDE_RANGE_MESSAGE;
  }
  if (Math.abs(score * 10 - Math.round(score * 10)) > 1e-6) return OVERRIDE_STEP_MESSAGE;
  if (reason.trim() === '') return OVERRIDE_REASON_MESSAGE;
  return null;
}

/** What a person sets when scoring a key result. */
export type ScoringInput = Pick<KeyResult, 'scoreOverride' | 'scoreOverrideReason' | 'weight'>;

/**
 * The first problem with what a person set for scoring, or null: the weight's range (see
 * `weightProblem`), then an override's range, step and reason (see {@link validateOverride}).
 * The scoring screen and the repository both ask this, so they can never disagree.
 */
export function scoringProblem(input: ScoringInput): string | null {
  const weight = weightProblem(input.weight);
  if (weight) return weight;
  if (input.scoreOverride === null) return null;
  return validateOverride(input.scoreOverride, input.scoreOverrideReason);
}
