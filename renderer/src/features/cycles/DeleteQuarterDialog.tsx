import type { Cycle } from '@shared/domain';
import { deletionSentence } from '@shared/domain/contents';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useQuarterContents } from '../../db/hooks';

type DeleteQuarterDialogProps = { cycle: Cycle; onConfirm: () => void; onCancel: () => void };

/** Asks before deleting a quarter, saying in numbers what goes with it. */
export function DeleteQuarterDialog({ cycle, onConfirm, onCancel }: DeleteQuarterDialogProps) {
  const contents = useQuarterContents(cycle.id);
  return (
    <ConfirmDialog
      title={`Delete ${cycle.label}?`}
      description={
        contents
          ? `${deletionSentence(cycle.label, contents)} You can undo it right after.`
          : `Counting what ${cycle.label} holds…`
      }
      cancelLabel="Keep the quarter"
      confirmLabel="Delete quarter"
      isConfirmDisabled={!contents}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
