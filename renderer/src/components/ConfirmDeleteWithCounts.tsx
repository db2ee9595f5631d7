import { deletionSentence, type Contents } from '@shared/domain/contents';
import { ConfirmDialog } from './ConfirmDialog';

type ConfirmDeleteWithCountsProps = {
  /** What is deleted, as the person knows it: "Payments", "2027-Q1". */
  name: string;
  /** What kind of thing it is, for the answers: "Keep the team", "Delete team". */
  noun: string;
  /** What it holds, counted; none while still being counted (or while it is being deleted). */
  contents: Contents | null | undefined;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * The question before deleting something that holds other records: what goes with it, in
 * numbers, and that Undo brings it back. The delete answer waits until the counting is done, so
 * nobody confirms a sentence they could not read; Esc and the safe answer come first.
 */
export function ConfirmDeleteWithCounts({
  name,
  noun,
  contents,
  onConfirm,
  onCancel,
}: ConfirmDeleteWithCountsProps) {
  return (
    <ConfirmDialog
      title={`Delete ${name}?`}
      description={
        contents
          ? `${deletionSentence(name, contents)} You can undo it right after.`
          : `Counting what ${name} holds…`
      }
      cancelLabel={`Keep the ${noun}`}
      confirmLabel={`Delete ${noun}`}
      isConfirmDisabled={!contents}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
