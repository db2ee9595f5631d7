import * as z from 'zod';
import { lazySchema } from './lazySchema';

/** A key result's relative weight in its objective's score and progress: above 0, at most 100. */
export const weightSchema = lazySchema(() => z.number().positive().max(100));

/** Every key result starts with the same weight, so an objective's KRs count equally. */
export const DEFAULT_WEIGHT = 1;

export const WEIGHT_MESSAGE = 'The weight must be a number above 0, like 1 or 2.';

/** Why a weight cannot be recorded, or null when it can. */
export function weightProblem(weight: number): string | null {
  return weightSchema.safeParse(weight).success ? null : WEIGHT_MESSAGE;
}

/**
 * The weight an average uses: a stored weight that could not be recorded today (an old or
 * damaged row: missing, zero, not a number) counts as the default rather than dropping the KR.
 */
export function effectiveWeight(weight: number): number {
  return weightProblem(weight) === null ? weight : DEFAULT_WEIGHT;
}
