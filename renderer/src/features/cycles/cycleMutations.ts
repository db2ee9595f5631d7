import { useMutation } from '@tanstack/react-query';
import type { Cycle, CycleInput, Phase } from '@shared/domain';
import { versionOf } from '@shared/domain/revisions';
import { createCycle, setCyclePhase, updateCycle } from '../../db/repositories/cycles';
import { reopenQuarter } from '../../db/repositories/quarterLifecycle';
import { type SaveRequest, savesRecord } from '../../lib/forms/useRecordForm';
import { useToastStore } from '../../state/toastStore';
import { useUiStore } from '../../state/uiStore';

/** Creates a quarter for the team, or saves the one the form was opened on (unless it changed). */
export function useSaveCycle(teamId: string) {
  return savesRecord(
    'cycle',
    useMutation({
      mutationFn: ({ record, input }: SaveRequest<Cycle, CycleInput>) =>
        record ? updateCycle(record.id, input, versionOf(record)) : createCycle(teamId, input),
    }),
  );
}

/** Reopens a closed quarter at its retrospective, the one explicit way back. */
export function useReopenQuarter(cycleId: string) {
  const selectPhase = useUiStore((s) => s.selectPhase);
  return useMutation({
    mutationFn: () => reopenQuarter(cycleId),
    onSuccess: () => selectPhase('retrospective'),
  });
}

/** Moves the quarter to another phase of its cycle and shows it, saying so when asked to. */
export function useMovePhase(cycleId: string, { announce }: { announce?: string } = {}) {
  const selectPhase = useUiStore((s) => s.selectPhase);
  const show = useToastStore((s) => s.show);
  return useMutation({
    mutationFn: async (phase: Exclude<Phase, 'closed'>) => {
      await setCyclePhase(cycleId, phase);
      return phase;
    },
    onSuccess: (phase) => {
      if (announce) show({ tone: 'info', message: announce });
      selectPhase(phase);
    },
  });
}
