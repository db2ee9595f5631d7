import { useMutation } from '@tanstack/react-query';
import { EFFORT_ACTIVITY_LABELS, PHASE_ACTIVITY, type EffortPhase } from '@shared/domain/workshop';
import { recordEffort } from '../../../db/repositories/effort';
import type { SaveRequest } from '../../../lib/forms/saveRequest';

/** What the effort form hands over. */
export type EffortFormOutput = {
  phase: EffortPhase;
  label: string;
  date: string;
  minutes: number;
  attendees: number;
};

/** Records one meeting's time; its activity follows the phase, and so does a blank label. */
export function useRecordEffort(cycleId: string) {
  return useMutation({
    mutationFn: ({ input }: SaveRequest<undefined, EffortFormOutput>) => {
      const activity = PHASE_ACTIVITY[input.phase];
      return recordEffort(cycleId, {
        ...input,
        activity,
        label: input.label || EFFORT_ACTIVITY_LABELS[activity],
      });
    },
  });
}
