import { useMutation } from '@tanstack/react-query';
import type { AcknowledgementInput } from '@shared/domain';
import { acknowledgeFinding, withdrawAcknowledgement } from '../../../db/repositories/coachNotes';
import type { SaveRequest } from '../../../lib/forms/useRecordForm';

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
