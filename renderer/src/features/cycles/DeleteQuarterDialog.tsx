import type { Cycle } from '@shared/domain';
import { ConfirmDeleteWithCounts } from '../../components/ConfirmDeleteWithCounts';
import { useQuarterContents } from '../../db/hooks';

type DeleteQuarterDialogProps = { cycle: Cycle; onConfirm: () => void; onCancel: () => void };

/** Asks before deleting a quarter, saying in numbers what goes with it. */
export function DeleteQuarterDialog({ cycle, onConfirm, onCancel }: DeleteQuarterDialogProps) {
  return (
    <ConfirmDeleteWithCounts
      name={cycle.label}
      noun="quarter"
      contents={useQuarterContents(cycle.id)}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
