import type { CheckIn } from '../entities';
import { formatScore } from '../format';
import { keyResultScore, objectiveScore, type ScoredKeyResult } from './score';

/**
 * An objective's score with how many of its key results it is made of: `objectiveScore` leaves
 * unscored key results out rather than counting them as 0, so a reader must be told when the
 * score stands on only some of them.
 */
export type ObjectiveScoreSummary = {
  /** The weighted mean of the scored key results (see `objectiveScore`); null when none is scored. */
  score: number | null;
  /** Key results with a score (an override or a computed one). */
  scored: number;
  /** All of the objective's key results. */
  total: number;
};

/** Scores an objective and counts the key results its score stands on. */
export function objectiveScoreSummary(
  krs: readonly ScoredKeyResult[],
  checkIns: readonly CheckIn[],
): ObjectiveScoreSummary {
  const scored = krs.filter((kr) => keyResultScore(kr, checkIns).score !== null).length;
  return { score: objectiveScore(krs, checkIns), scored, total: krs.length };
}

/**
 * `from 2 of 3 key results` when an objective's score leaves some key results out; null when
 * every key result is scored, or none is (then there is no score to qualify).
 */
export function scoredFromText({ score, scored, total }: ObjectiveScoreSummary): string | null {
  if (score === null || scored >= total) return null;
  return `from ${scored} of ${total} key results`;
}

/**
 * An objective's score as every screen and document shows it: `0.6`, or
 * `0.6 (from 2 of 3 key results)` when not every key result is scored; `–` without a score.
 */
export function formatObjectiveScore(summary: ObjectiveScoreSummary): string {
  const from = scoredFromText(summary);
  const score = formatScore(summary.score);
  return from === null ? score : `${score} (${from})`;
}
