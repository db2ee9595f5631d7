import { useMutation } from '@tanstack/react-query';
import { versionOf } from '@shared/domain/revisions';
import type { ConfidenceRound, Dots } from '@shared/domain/workshop';
import { promoteIdeas, type PromotionTarget } from '../../db/repositories/workshopPromotion';
import {
  agreeConfidence,
  castBallot,
  castConfidence,
  openConfidenceRound,
  restartDotVote,
  revealConfidence,
} from '../../db/repositories/workshopVotes';
import { changeWorkshop } from '../../db/repositories/workshops';
import { type FieldSaveOptions, useFieldSave } from '../../lib/forms/useFieldSave';
import { useToastStore } from '../../state/toastStore';
import { useErrorToast } from './useErrorToast';

/*
 * The votes' writes. Casting shows its failure on the private screen it came from; revealing,
 * restarting and promoting report theirs in a toast.
 */

/** One participant's dots, cast in private. */
export function useCastBallot(workshopId: string, itemId: string, onCast: () => void) {
  return useMutation({
    mutationFn: ({ participantId, dots }: { participantId: string; dots: Dots }) =>
      castBallot(workshopId, itemId, participantId, dots),
    onSuccess: onCast,
  });
}

/** Shows a dot vote's results to everyone at once. */
export function useRevealDotVote(workshopId: string, itemId: string) {
  const onError = useErrorToast();
  return useMutation({
    mutationFn: () =>
      changeWorkshop(workshopId, (w) => ({
        ...w,
        agenda: w.agenda.map((i) =>
          i.id === itemId ? { ...i, revealedAt: new Date().toISOString() } : i,
        ),
      })),
    onError,
  });
}

/** Clears a dot vote to vote again. */
export function useRestartDotVote(workshopId: string, itemId: string) {
  const onError = useErrorToast();
  return useMutation({ mutationFn: () => restartDotVote(workshopId, itemId), onError });
}

/** Turns the chosen ideas into objectives or key results, and says how many. */
export function usePromoteIdeas(workshopId: string, onPromoted: () => void) {
  const show = useToastStore((s) => s.show);
  return useMutation({
    mutationFn: ({ ids, target }: { ids: string[]; target: PromotionTarget }) =>
      promoteIdeas(workshopId, ids, target),
    onSuccess: (made, { target }) => {
      onPromoted();
      const noun = target.kind === 'objective' ? 'objective' : 'key result';
      show({
        tone: 'info',
        message: `${made.length} ${noun}${made.length === 1 ? '' : 's'} added to the quarter.`,
      });
    },
  });
}

/** Starts (or returns to) the confidence vote on a key result. */
export function useOpenConfidenceRound(workshopId: string) {
  const onError = useErrorToast();
  return useMutation({
    mutationFn: (keyResultId: string) => openConfidenceRound(workshopId, keyResultId),
    onError,
  });
}

/** One participant's confidence, recorded in private. */
export function useCastConfidence(onCast: () => void) {
  return useMutation({
    mutationFn: ({
      roundId,
      participantId,
      value,
    }: {
      roundId: string;
      participantId: string;
      value: number;
    }) => castConfidence(roundId, participantId, value),
    onSuccess: onCast,
  });
}

export function useRevealConfidence() {
  const onError = useErrorToast();
  return useMutation({ mutationFn: (roundId: string) => revealConfidence(roundId), onError });
}

/**
 * The value the room agreed: the key result's starting confidence. Saved over the round it was
 * typed on; an agreement saved elsewhere meanwhile opens the conflict dialog.
 */
export function useAgreeConfidence(
  handlers: Pick<
    FieldSaveOptions<ConfidenceRound, number>,
    'onSaved' | 'onTakeTheirs' | 'onBackToEditing' | 'onError'
  >,
) {
  return useFieldSave({
    entity: 'confidenceRound',
    field: 'agreedValue',
    write: (value: number, base: ConfidenceRound) =>
      agreeConfidence(base.id, value, versionOf(base)),
    ...handlers,
  });
}
