import { useMutation } from '@tanstack/react-query';
import type { KeyResult } from '@shared/domain';
import { versionOf } from '@shared/domain/revisions';
import { updateScoring } from '../../db/repositories/scoring';
import { type SaveRequest, savesRecord } from '../../lib/forms/saveRequest';
import type { scoringFormSchema } from './scoringForm';
import type { z } from 'zod';

type ScoringInput = z.output<typeof scoringFormSchema>;

/**
 * Records a key result's final value, override (with its reason, or none) and weight, unless the
 * key result changed meanwhile elsewhere.
 */
export function useSaveScoring() {
  return savesRecord(
    'keyResult',
    useMutation({
      mutationFn: ({ record, input }: SaveRequest<KeyResult, ScoringInput>) => {
        if (!record) throw new Error('Only a key result can be scored.');
        const patch = {
          ...input,
          // A reason without an override is not kept: nothing is overridden.
          scoreOverrideReason: input.scoreOverride === null ? '' : input.scoreOverrideReason,
        };
        return updateScoring(record.id, patch, versionOf(record));
      },
    }),
  );
}
