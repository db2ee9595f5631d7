import * as z from 'zod';
import { keyResultSchema, type KeyResult } from '@shared/domain';
import { formatScore } from '@shared/domain/format';
import { typedNumber } from '@shared/domain/numbers';
import { OVERRIDE_REASON_MESSAGE, validateOverride } from '@shared/domain/scoring/score';
import { WEIGHT_MESSAGE, weightProblem } from '@shared/domain/weight';

/**
 * A key result's scoring row as typed: the final value, an override with its reason, and the
 * weight, read by the one number parser and checked by the rules the repository applies
 * (`weightProblem`, `validateOverride`), each message placed on the field it is about.
 */
export const scoringFormSchema = z
  .object({
    finalValue: typedNumber(keyResultSchema.shape.finalValue),
    scoreOverride: typedNumber(z.number().nullable()),
    scoreOverrideReason: keyResultSchema.shape.scoreOverrideReason,
    weight: typedNumber(
      z.number({ error: WEIGHT_MESSAGE }).refine((w) => weightProblem(w) === null, WEIGHT_MESSAGE),
    ),
  })
  .superRefine(({ scoreOverride, scoreOverrideReason }, ctx) => {
    if (scoreOverride === null) return;
    const problem = validateOverride(scoreOverride, scoreOverrideReason);
    if (!problem) return;
    const path = problem === OVERRIDE_REASON_MESSAGE ? 'scoreOverrideReason' : 'scoreOverride';
    ctx.addIssue({ code: 'custom', path: [path], message: problem });
  });

export type ScoringFormValues = z.input<typeof scoringFormSchema>;

/** A key result's scoring as its row shows it. */
export function scoringToForm(kr: KeyResult | undefined): ScoringFormValues {
  return {
    finalValue: kr?.finalValue == null ? '' : String(kr.finalValue),
    scoreOverride: kr?.scoreOverride == null ? '' : formatScore(kr.scoreOverride),
    scoreOverrideReason: kr?.scoreOverrideReason ?? '',
    weight: String(kr?.weight ?? ''),
  };
}
