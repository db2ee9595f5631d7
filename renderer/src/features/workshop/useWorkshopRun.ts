import { useMutation } from '@tanstack/react-query';
import {
  addTimeToCurrent,
  advance,
  currentItem,
  pauseCurrent,
  resumeCurrent,
  startItem,
  targetOf,
  type Workshop,
} from '@shared/domain/workshop';
import { useToastStore } from '../../state/toastStore';
import { changeWorkshop, clockNow, type Clock } from '../../db/repositories/workshops';
import { errorMessage } from '../../lib/formErrors';
import { goToTarget } from './navigation';

type Step = (workshop: Workshop, clock: Clock) => Workshop;

/**
 * The facilitator's controls over the agenda and its timers. Each is a pure step from
 * `shared/domain/workshop` applied in one transaction; starting an item moves the app to where
 * that item happens.
 */
export function useWorkshopRun(workshopId: string) {
  const show = useToastStore((s) => s.show);
  const run = useMutation({
    mutationFn: async ({ step }: { step: Step; isMove: boolean }) => {
      const clock = clockNow();
      return changeWorkshop(workshopId, (w) => step(w, clock));
    },
    onSuccess: (workshop, { isMove }) => {
      const item = currentItem(workshop);
      if (isMove && item) goToTarget(targetOf(item.kind, workshop.kind));
    },
    onError: (error) => show({ tone: 'error', message: errorMessage(error) }),
  });
  const apply = (step: Step, isMove = false) => run.mutate({ step, isMove });
  return {
    isPending: run.isPending,
    start: (itemId: string) => apply((w, clock) => startItem(w, itemId, clock), true),
    pause: () => apply((w, { now }) => pauseCurrent(w, now)),
    resume: () => apply((w, { now }) => resumeCurrent(w, now)),
    addMinutes: (minutes: number) => apply((w) => addTimeToCurrent(w, minutes * 60_000)),
    next: () => apply((w, clock) => advance(w, clock, 'done'), true),
    skip: () => apply((w, clock) => advance(w, clock, 'skipped'), true),
  };
}
