import type { KeyResultRetro } from './entities';

/** The questions of a key result's retrospective, in the order they are asked. */
export const RETRO_QUESTIONS = ['worked', 'didNotWork', 'learned'] as const;

/**
 * Whether a key result's retrospective has an answer: at least one question answered with more
 * than white space. A form saved blank (or only ticked "carry forward") is not an answer.
 */
export function isRetroAnswered(
  retro: Pick<KeyResultRetro, (typeof RETRO_QUESTIONS)[number]> | undefined | null,
): boolean {
  return Boolean(retro && RETRO_QUESTIONS.some((q) => retro[q].trim() !== ''));
}

/** How many of the key results have an answered retrospective (see {@link isRetroAnswered}). */
export function answeredRetroCount(
  keyResultIds: readonly string[],
  retros: readonly Pick<KeyResultRetro, 'keyResultId' | (typeof RETRO_QUESTIONS)[number]>[],
): number {
  const ids = new Set(keyResultIds);
  return retros.filter((r) => ids.has(r.keyResultId) && isRetroAnswered(r)).length;
}
