import { useMutation } from '@tanstack/react-query';
import type { KeyResult } from '@shared/domain';
import { updateScoring } from '../../db/repositories/scoring';
import type { SaveRequest } from '../../lib/forms/useRecordForm';
import type { scoringFormSchema } from './scoringForm';
import type { z } from 'zod';

type ScoringInput = z.output<typeof scoringFormSchema>;

/** Records a key result's final value, override (with its reason, or none) and weight. */
export function useSaveScoring() {
  return useMutation({
    mutationFn: ({ record, input }: SaveRequest<KeyResult, ScoringInput>) => {
      if (!record) throw new Error('Only a key result can be scored.');
      return updateScoring(record.id, {
        ...input,
        // A reason without an override is not kept: nothing is overridden.
        scoreOverrideReason: input.scoreOverride === null ? '' : input.scoreOverrideReason,
      });
    },
  });
}
