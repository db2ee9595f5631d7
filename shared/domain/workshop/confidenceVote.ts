import type { ConfidenceRound } from './schemas';

/** Votes further apart than this (in points) are worth a conversation before agreeing. */
export const WIDE_SPREAD = 30;

/** What the room sees when a confidence vote is revealed. */
export type ConfidenceStats = {
  count: number;
  /** The middle vote (the mean of the two middle ones, rounded, for an even count). */
  median: number;
  min: number;
  max: number;
  /** Highest minus lowest, in points. */
  spread: number;
  /** The spread is over {@link WIDE_SPREAD} points: discuss before agreeing. */
  isWide: boolean;
};

/** The spread and the median of the votes; null when there are none. */
export function confidenceStats(values: readonly number[]): ConfidenceStats | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
  const min = sorted[0]!;
  const max = sorted.at(-1)!;
  return {
    count: values.length,
    median,
    min,
    max,
    spread: max - min,
    isWide: max - min > WIDE_SPREAD,
  };
}

/** The prompt shown with a wide spread; null when the room broadly agrees. */
export function discussionPrompt(stats: ConfidenceStats | null): string | null {
  if (!stats?.isWide) return null;
  return (
    `The votes are ${stats.spread} points apart (${stats.min}% to ${stats.max}%). ` +
    'Hear from the lowest and the highest vote before agreeing on a value.'
  );
}

/**
 * A key result's starting confidence: the value agreed in its latest revealed confidence vote;
 * null when no workshop has agreed one.
 */
export function startingConfidence(
  keyResultId: string,
  rounds: readonly ConfidenceRound[],
): number | null {
  const agreed = rounds
    .filter((r) => r.keyResultId === keyResultId && r.agreedValue !== null && r.agreedAt !== null)
    .sort((a, b) => (a.agreedAt! < b.agreedAt! ? -1 : a.agreedAt! > b.agreedAt! ? 1 : 0));
  return agreed.at(-1)?.agreedValue ?? null;
}
