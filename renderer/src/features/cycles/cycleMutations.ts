import { useMutation } from '@tanstack/react-query';
import type { Cycle, CycleInput } from '@shared/domain';
import { createCycle, updateCycle } from '../../db/repositories/cycles';
import { reopenQuarter } from '../../db/repositories/quarterLifecycle';
import type { SaveRequest } from '../../lib/forms/useRecordForm';
import { useUiStore } from '../../state/uiStore';

/** Creates a quarter for the team, or saves the one the form was opened on. */
export function useSaveCycle(teamId: string) {
  return useMutation({
    mutationFn: ({ record, input }: SaveRequest<Cycle, CycleInput>) =>
      record ? updateCycle(record.id, input) : createCycle(teamId, input),
  });
}

/** Reopens a closed quarter at its retrospective, the one explicit way back. */
export function useReopenQuarter(cycleId: string) {
  const selectPhase = useUiStore((s) => s.selectPhase);
  return useMutation({
    mutationFn: () => reopenQuarter(cycleId),
    onSuccess: () => selectPhase('retrospective'),
  });
}
