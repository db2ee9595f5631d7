import type { Cycle } from '@shared/domain';
import { formatDate } from '@shared/domain/format';
import { useReopenQuarter } from '../features/cycles/cycleMutations';
import { errorMessage } from '../lib/formErrors';
import { FormError } from '../components/FormError';

/** Says a quarter is closed and read-only, with the one explicit way to reopen it. */
export function ClosedBanner({ cycle }: { cycle: Cycle }) {
  const reopen = useReopenQuarter(cycle.id);
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
      <FormError message={reopen.error ? errorMessage(reopen.error) : null} />
    </div>
  );
}
