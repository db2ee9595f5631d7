import { formatCount } from '@shared/domain/format';
import { useMutation } from '@tanstack/react-query';
import type {
  Cycle,
  CycleRetro,
  CycleRetroInput,
  KeyResultRetro,
  KeyResultRetroInput,
} from '@shared/domain';
import { startNextQuarter } from '../../db/repositories/quarterLifecycle';
import { saveCycleRetro, saveKeyResultRetro } from '../../db/repositories/retros';
import type { SaveRequest } from '../../lib/forms/useRecordForm';
import { useToastStore } from '../../state/toastStore';
import { useUiStore } from '../../state/uiStore';

/** Saves a key result's retrospective answers (creating them on the first save). */
export function useSaveKeyResultRetro(keyResultId: string) {
  return useMutation({
    mutationFn: ({ input }: SaveRequest<KeyResultRetro, KeyResultRetroInput>) =>
      saveKeyResultRetro(keyResultId, input),
  });
}

/** Saves the quarter's retrospective (creating it on the first save). */
export function useSaveCycleRetro(cycleId: string) {
  return useMutation({
    mutationFn: ({ input }: SaveRequest<CycleRetro, CycleRetroInput>) =>
      saveCycleRetro(cycleId, input),
  });
}

/**
 * Saves the quarter's retrospective, closes the quarter and starts the next one with the key
 * results marked to carry forward; then opens the new quarter's setting.
 */
export function useCloseAndStartNext(cycle: Cycle, carriedCount: number) {
  const show = useToastStore((s) => s.show);
  const selectCycle = useUiStore((s) => s.selectCycle);
  const selectPhase = useUiStore((s) => s.selectPhase);
  return useMutation({
    mutationFn: async (input: CycleRetroInput) => {
      await saveCycleRetro(cycle.id, input);
      return startNextQuarter(cycle.id);
    },
    onSuccess: (created) => {
      show({
        tone: 'info',
        message: `${created.label} is ready to set, with ${formatCount(carriedCount, 'carried-forward key result')}.`,
      });
      selectCycle(created.id);
      selectPhase('setting');
    },
  });
}
