import { formatCount } from '@shared/domain/format';
import { useMutation } from '@tanstack/react-query';
import type {
  Cycle,
  CycleRetro,
  CycleRetroInput,
  KeyResultRetro,
  KeyResultRetroInput,
} from '@shared/domain';
import { versionOf } from '@shared/domain/revisions';
import { startNextQuarter, undoStartNextQuarter } from '../../db/repositories/quarterLifecycle';
import { errorMessage } from '../../lib/formErrors';
import { saveCycleRetro, saveKeyResultRetro } from '../../db/repositories/retros';
import { type SaveRequest, savesRecord } from '../../lib/forms/saveRequest';
import { useToastStore } from '../../state/toastStore';
import { useUiStore } from '../../state/uiStore';

/**
 * Saves a key result's retrospective answers (creating them on the first save), unless answers
 * were saved meanwhile elsewhere.
 */
export function useSaveKeyResultRetro(keyResultId: string) {
  return savesRecord(
    'keyResultRetro',
    useMutation({
      mutationFn: ({ record, input }: SaveRequest<KeyResultRetro, KeyResultRetroInput>) =>
        saveKeyResultRetro(keyResultId, input, record ? versionOf(record) : null),
    }),
  );
}

/** Saves the quarter's retrospective (creating it on the first save), unless changed meanwhile. */
export function useSaveCycleRetro(cycleId: string) {
  return savesRecord(
    'cycleRetro',
    useMutation({
      mutationFn: ({ record, input }: SaveRequest<CycleRetro, CycleRetroInput>) =>
        saveCycleRetro(cycleId, input, record ? versionOf(record) : null),
    }),
  );
}

/**
 * Closes the quarter and starts the next one with the key results marked to carry forward; then
 * opens the new quarter's setting. The retrospective is saved first, through its form, so a
 * version saved meanwhile in another window is not overwritten. Undo takes it all back: the new
 * quarter goes and this one is open again at its retrospective, its answers saved.
 */
export function useCloseAndStartNext(cycle: Cycle, carriedCount: number) {
  const show = useToastStore((s) => s.show);
  const selectCycle = useUiStore((s) => s.selectCycle);
  return useMutation({
    mutationFn: () => startNextQuarter(cycle.id),
    onSuccess: (started) => {
      const { created } = started;
      show({
        tone: 'info',
        message: `${cycle.label} is closed. ${created.label} is ready to set, with ${formatCount(carriedCount, 'carried-forward key result')}.`,
        undo: async () => {
          try {
            await undoStartNextQuarter(started);
            useUiStore.getState().selectCycle(cycle.id, 'retrospective');
            show({
              tone: 'info',
              message: `${cycle.label} is open again and ${created.label} is gone.`,
            });
          } catch (error) {
            show({ tone: 'error', message: `Could not undo: ${errorMessage(error)}` });
          }
        },
      });
      selectCycle(created.id, 'setting');
    },
  });
}
