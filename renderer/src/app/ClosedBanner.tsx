import { useMutation } from '@tanstack/react-query';
import type { Cycle } from '@shared/domain';
import { formatDate } from '@shared/domain/format';
import { reopenQuarter } from '../db/repositories/quarterLifecycle';
import { errorMessage } from '../lib/formErrors';
import { useUiStore } from '../state/uiStore';

/** Says a quarter is closed and read-only, with the one explicit way to reopen it. */
export function ClosedBanner({ cycle }: { cycle: Cycle }) {
  const selectPhase = useUiStore((s) => s.selectPhase);
  const reopen = useMutation({
    mutationFn: () => reopenQuarter(cycle.id),
    onSuccess: () => selectPhase('retrospective'),
  });
  return (
    <div className="closed-banner" role="note">
      <p>
        <strong>{cycle.label} is closed</strong>
        {cycle.closedAt && ` since ${formatDate(cycle.closedAt.slice(0, 10))}`}. It is kept as it
        was: nothing here can change until it is reopened.
      </p>
      <button
        type="button"
        className="button"
        onClick={() => reopen.mutate()}
        disabled={reopen.isPending}
      >
        Reopen {cycle.label}
      </button>
      {reopen.error && (
        <p className="form-error" role="alert">
          {errorMessage(reopen.error)}
        </p>
      )}
    </div>
  );
}
