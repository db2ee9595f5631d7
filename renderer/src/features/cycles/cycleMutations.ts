import { useMutation } from '@tanstack/react-query';
import type { Cycle, CycleInput } from '@shared/domain';
import { createCycle, updateCycle } from '../../db/repositories/cycles';
import type { SaveRequest } from '../../lib/forms/useRecordForm';

/** Creates a quarter for the team, or saves the one the form was opened on. */
export function useSaveCycle(teamId: string) {
  return useMutation({
    mutationFn: ({ record, input }: SaveRequest<Cycle, CycleInput>) =>
      record ? updateCycle(record.id, input) : createCycle(teamId, input),
  });
}
