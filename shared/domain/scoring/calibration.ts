import type { HistoryRule } from '../coach/catalog';
import { bandOf } from './bands';

/** One closed quarter's key result scores, with each KR's last check-in confidence. */
export type QuarterScores = {
  cycleId: string;
  label: string;
  /** ISO date; orders the quarters. */
  startDate: string;
  scores: { keyResultId: string; score: number | null; lastConfidence: number | null }[];
};

/** How well one quarter's targets and confidence matched what happened. */
export type QuarterCalibration = {
  cycleId: string;
  label: string;
  /** Mean score of the scored KRs (not rounded); null when none was scored. */
  averageScore: number | null;
  /** Fraction (0..1) of scored KRs at 1.0; null when none was scored. */
  shareAtOne: number | null;
  /** Fraction (0..1) of scored KRs at 0.3 or below; null when none was scored. */
  shareAtOrBelow03: number | null;
  /** How many KRs have a score. */
  scored: number;
  /** Mean absolute difference between last confidence / 100 and final score, over KRs with both. */
  confidenceError: number | null;
  /** Pearson r of last confidence against final score when ≥ 3 pairs and both vary, else null. */
  confidenceCorrelation: number | null;
};

/** Below this a variance counts as none, so identical values never yield a correlation. */
const VARIANCE_EPSILON = 1e-12;

function mean(xs: readonly number[]): number | null {
  return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

/** Pearson correlation of the pairs; null with fewer than three pairs or no variance. */
function pearson(pairs: readonly (readonly [number, number])[]): number | null {
  if (pairs.length < 3) return null;
  const mx = pairs.reduce((a, [x]) => a + x, 0) / pairs.length;
  const my = pairs.reduce((a, [, y]) => a + y, 0) / pairs.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of pairs) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  if (sxx < VARIANCE_EPSILON || syy < VARIANCE_EPSILON) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/**
 * Calibration figures for one quarter: the average score, the shares of scored KRs at 1.0
 * and at 0.3 or below (the perfect and failed bands, see `bandOf`), and how well the last
 * check-in confidence predicted the final score (mean absolute error and Pearson r).
 */
export function calibrateQuarter(q: QuarterScores): QuarterCalibration {
  const scores = q.scores.flatMap((s) =>
    s.score === null || !Number.isFinite(s.score) ? [] : [s.score],
  );
  const bands = scores.map(bandOf);
  const share = (count: number): number | null =>
    scores.length > 0 ? count / scores.length : null;
  const pairs = q.scores.flatMap((s) =>
    s.score === null || s.lastConfidence === null || !Number.isFinite(s.score)
      ? []
      : [[s.lastConfidence / 100, s.score] as const],
  );
  return {
    cycleId: q.cycleId,
    label: q.label,
    averageScore: mean(scores),
    shareAtOne: share(bands.filter((b) => b === 'perfect').length),
    shareAtOrBelow03: share(bands.filter((b) => b === 'failed').length),
    scored: scores.length,
    confidenceError: mean(pairs.map(([c, s]) => Math.abs(c - s))),
    confidenceCorrelation: pearson(pairs),
  };
}

/** Calibrates every quarter, oldest first (by start date, then label). */
export function calibrationHistory(quarters: readonly QuarterScores[]): QuarterCalibration[] {
  return [...quarters]
    .sort((a, b) =>
      a.startDate !== b.startDate
        ? a.startDate < b.startDate
          ? -1
          : 1
        : a.label.localeCompare(b.label),
    )
    .map(calibrateQuarter);
}

/** A pattern across past quarters, in the coach's vocabulary so the setting step can show it. */
export type HistoryFinding = {
  rule: HistoryRule;
  severity: 'warning';
  message: string;
  why: string;
  suggestion: string;
  /** The labels of the quarters the finding rests on, oldest first. */
  quarters: string[];
};

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/**
 * Patterns in the two most recent quarters that have any scored KR (`history` oldest
 * first, as {@link calibrationHistory} returns it; unscored quarters are skipped):
 * `sandbagging-history` when more than half the scored KRs were at 1.0 in both, and
 * `disconnected-history` when more than half were at 0.3 or below in both.
 */
export function historyFindings(history: readonly QuarterCalibration[]): HistoryFinding[] {
  const recent = history.filter((q) => q.scored > 0).slice(-2);
  const [older, newer] = recent;
  if (older === undefined || newer === undefined) return [];
  const quarters = [older.label, newer.label];
  const both = `In ${older.label} and ${newer.label}`;
  const findings: HistoryFinding[] = [];
  const mostly = (share: number | null): share is number => share !== null && share > 0.5;

  if (mostly(older.shareAtOne) && mostly(newer.shareAtOne)) {
    findings.push({
      rule: 'sandbagging-history',
      severity: 'warning',
      message: `${both}, ${percent(older.shareAtOne)} and ${percent(newer.shareAtOne)} of key results scored 1.0.`,
      why: 'When most key results are fully met quarter after quarter, the targets are set too low to tell you anything.',
      suggestion:
        'Raise the targets this quarter so that about 0.7 would count as success, and mark the stretch objectives aspirational.',
      quarters,
    });
  }
  if (mostly(older.shareAtOrBelow03) && mostly(newer.shareAtOrBelow03)) {
    findings.push({
      rule: 'disconnected-history',
      severity: 'warning',
      message: `${both}, ${percent(older.shareAtOrBelow03)} and ${percent(newer.shareAtOrBelow03)} of key results scored 0.3 or below.`,
      why: 'When most key results fail or never start two quarters running, the OKRs are disconnected from the work the team actually does.',
      suggestion:
        'Set fewer key results, tie each to work the team has capacity for this quarter, and check in on them every week.',
      quarters,
    });
  }
  return findings;
}
