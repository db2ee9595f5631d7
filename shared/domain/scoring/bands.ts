import type { ObjectiveKind } from '../enums';
import { roundScore } from './score';

/** Where a score falls on the quarter-end scale. */
export type Band = 'failed' | 'short' | 'strong' | 'perfect';

/** The colour family a score is shown in: one per band, so a number is one colour everywhere. */
export type Tone = 'good' | 'warn' | 'bad' | 'info';

/**
 * The colour of each band, the one home for how a score is coloured: screens, charts and every
 * export ask here (through `bandTone` or a judgement's `tone`), never the verdict for its kind, so
 * a 0.6 is amber on its row, in the summary and in the documents alike.
 */
export const BAND_TONE: Record<Band, Tone> = {
  failed: 'bad',
  short: 'warn',
  strong: 'good',
  perfect: 'info',
};

/** The colour a score is shown in: its band's (see {@link BAND_TONE}). */
export function bandTone(score: number): Tone {
  return BAND_TONE[bandOf(score)];
}

/** The bands from worst to best. */
export const BANDS: readonly Band[] = ['failed', 'short', 'strong', 'perfect'];

/**
 * The band of a score, judged on the score rounded to one decimal (0.35 → 0.4 → short):
 * 0.0–0.3 failed, 0.4–0.6 short, 0.7–0.9 strong, 1.0 perfect. Scores below 0 count as
 * failed and above 1 as perfect.
 */
export function bandOf(score: number): Band {
  const tenths = Math.round(roundScore(score) * 10);
  if (tenths <= 3) return 'failed';
  if (tenths <= 6) return 'short';
  if (tenths <= 9) return 'strong';
  return 'perfect';
}

/** How each band is named, its range and what it tells the team. */
export const BAND_INFO: Record<Band, { label: string; range: string; meaning: string }> = {
  failed: {
    label: 'Failed or did not start',
    range: '0.0–0.3',
    meaning: 'Failed or did not start: investigate why.',
  },
  short: {
    label: 'Progress but short',
    range: '0.4–0.6',
    meaning: 'Progress but short: expected for stretch goals. A 0.4 is information, not failure.',
  },
  strong: {
    label: 'Strong delivery',
    range: '0.7–0.9',
    meaning: 'Strong delivery: the sweet spot.',
  },
  perfect: {
    label: 'Perfect',
    range: '1.0',
    meaning: 'Perfect: the goal may have been too easy.',
  },
};

/**
 * What an objective's score is judged against: a committed objective is expected to be
 * fully met (1.0); an aspirational one is a stretch where 0.7 is success.
 */
export function expectationFor(kind: ObjectiveKind): { target: number; label: string } {
  return kind === 'committed'
    ? { target: 1, label: 'Committed: judged against 1.0' }
    : { target: 0.7, label: 'Aspirational: 0.7 is success' };
}

/** How many scores fall in each band, plus how many are not scored (null). */
export function bandDistribution(
  scores: readonly (number | null)[],
): Record<Band, number> & { unscored: number } {
  const counts = { failed: 0, short: 0, strong: 0, perfect: 0, unscored: 0 };
  for (const score of scores) {
    if (score === null || Number.isNaN(score)) counts.unscored += 1;
    else counts[bandOf(score)] += 1;
  }
  return counts;
}
