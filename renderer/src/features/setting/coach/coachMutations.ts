import { useMutation } from '@tanstack/react-query';
import type { AcknowledgementInput } from '@shared/domain';
import type { Finding, KeyResultPatch } from '@shared/domain/coach/types';
import { acknowledgeFinding, withdrawAcknowledgement } from '../../../db/repositories/coachNotes';
import {
  type AppliedSuggestion,
  applyKeyResultSuggestion,
  revertKeyResultSuggestion,
} from '../../../db/repositories/keyResults';
import { errorMessage } from '../../../lib/formErrors';
import { useToastStore } from '../../../state/toastStore';
import type { SaveRequest } from '../../../lib/forms/saveRequest';

/** Which finding, on which objective or key result. */
export type FindingTarget = { rule: string; objectiveId: string; keyResultId?: string | undefined };

/** Keeps a coach finding on purpose, with the team's reason. */
export function useAcknowledgeFinding(target: FindingTarget) {
  return useMutation({
    mutationFn: ({ input }: SaveRequest<undefined, AcknowledgementInput>) =>
      acknowledgeFinding(target, input.reason),
  });
}

/** Takes back a kept finding: the coach flags it again. */
export function useWithdrawAcknowledgement(target: FindingTarget) {
  return useMutation({ mutationFn: () => withdrawAcknowledgement(target) });
}

/**
 * Applies a coach suggestion to a saved key result (title and fields kept saying the same), and
 * says what changed with Undo: the preview beside the button showed it before the click.
 */
export function useApplySuggestion() {
  const show = useToastStore((s) => s.show);
  return useMutation({
    mutationFn: ({ keyResultId, patch }: { keyResultId: string; patch: KeyResultPatch }) =>
      applyKeyResultSuggestion(keyResultId, patch),
    onSuccess: (applied) =>
      show({
        tone: 'info',
        message: `Suggestion applied to “${applied.after.title}”.`,
        undo: async () => {
          try {
            await revertKeyResultSuggestion(applied);
            show({ tone: 'info', message: `“${applied.before.title}” is as it was.` });
          } catch (error) {
            show({ tone: 'error', message: `Could not undo: ${errorMessage(error)}` });
          }
        },
      }),
    onError: (error) =>
      show({ tone: 'error', message: `Could not apply the suggestion: ${errorMessage(error)}` }),
  });
}

/**
 * Applies a finding's rewrite to its saved key result, leaving what to say to `onApplied` (the
 * note with Undo beside the findings, as in the key result dialog); a failure is a toast.
 */
export function useApplyFinding(onApplied: (applied: AppliedSuggestion, finding: Finding) => void) {
  const show = useToastStore((s) => s.show);
  return useMutation({
    mutationFn: ({ finding, patch }: { finding: Finding; patch: KeyResultPatch }) => {
      if (!finding.keyResult) throw new Error('Only a key result can be changed in one click.');
      return applyKeyResultSuggestion(finding.keyResult.id, patch);
    },
    onSuccess: (applied, { finding }) => onApplied(applied, finding),
    onError: (error) =>
      show({ tone: 'error', message: `Could not apply the suggestion: ${errorMessage(error)}` }),
  });
}
