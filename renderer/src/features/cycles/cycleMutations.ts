import { useMutation } from '@tanstack/react-query';
import { PHASE_LABELS, type Cycle, type CycleInput } from '@shared/domain';
import { localDayOf } from '@shared/domain/calendar';
import { openingPhase, phaseMoveMessage, type OpenPhase } from '@shared/domain/phaseMoves';
import { versionOf } from '@shared/domain/revisions';
import { createCycle, deleteCycle, setCyclePhase, updateCycle } from '../../db/repositories/cycles';
import { reopenQuarter } from '../../db/repositories/quarterLifecycle';
import { errorMessage } from '../../lib/formErrors';
import { type SaveRequest, savesRecord } from '../../lib/forms/saveRequest';
import { useToastStore } from '../../state/toastStore';
import { useUiStore } from '../../state/uiStore';
import { useUndoableDelete } from '../../state/useUndoableDelete';

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

/** Deletes a quarter with everything in it, with Undo. */
export function useDeleteQuarter() {
  return useUndoableDelete(deleteCycle);
}

/** Reopens a closed quarter at its retrospective, the one explicit way back. */
export function useReopenQuarter(cycleId: string) {
  const selectPhase = useUiStore((s) => s.selectPhase);
  return useMutation({
    mutationFn: () => reopenQuarter(cycleId),
    onSuccess: () => selectPhase('retrospective'),
  });
}

/**
 * Moves the quarter to another phase of its cycle and shows it. Every move says so, with Undo
 * back to the phase it was in (nothing entered is lost either way). The toast's words are the
 * shared `phaseMoveMessage` for the day of the move, unless `announce` words it.
 */
export function useMovePhase(
  cycle: Pick<Cycle, 'id' | 'label' | 'startDate' | 'endDate' | 'cadence'>,
  { announce }: { announce?: string } = {},
) {
  const selectPhase = useUiStore((s) => s.selectPhase);
  const show = useToastStore((s) => s.show);
  return useMutation({
    mutationFn: async (phase: OpenPhase) => ({
      phase,
      previous: await setCyclePhase(cycle.id, phase),
    }),
    onSuccess: ({ phase, previous }) => {
      selectPhase(phase);
      // One toast per quarter's phase: the Undo on screen is always the latest move's.
      const key = `phase:${cycle.id}`;
      show({
        key,
        tone: 'info',
        message: announce ?? phaseMoveMessage(cycle, phase, localDayOf(new Date())),
        undo: async () => {
          try {
            await setCyclePhase(cycle.id, previous);
            useUiStore.getState().selectPhase(openingPhase({ phase: previous }));
            show({
              key,
              tone: 'info',
              message: `${cycle.label} is back in ${PHASE_LABELS[previous]}.`,
            });
          } catch (error) {
            show({ tone: 'error', message: `Could not undo: ${errorMessage(error)}` });
          }
        },
      });
    },
  });
}
