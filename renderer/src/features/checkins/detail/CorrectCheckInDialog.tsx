import type { CheckIn, KeyResult } from '@shared/domain';
import { formatDate } from '@shared/domain/format';
import { FormDialog } from '../../../components/FormDialog';
import { TextField } from '../../../components/TextField';
import { useRecordForm } from '../../../lib/forms/useRecordForm';
import { checkInFormSchema, checkInToForm } from '../checkInForm';
import { useCorrectCheckIn } from '../checkInMutations';

type CorrectCheckInDialogProps = { checkIn: CheckIn; keyResult: KeyResult; onClose: () => void };

/** Corrects a check-in by adding a new version; the one it replaces stays visible in the history. */
export function CorrectCheckInDialog({
  checkIn,
  keyResult: kr,
  onClose,
}: CorrectCheckInDialogProps) {
  const correction = useRecordForm({
    schema: checkInFormSchema,
    record: checkIn,
    toValues: checkInToForm,
    save: useCorrectCheckIn(),
    onSaved: onClose,
  });
  return (
    <FormDialog
      title="Correct check-in"
      description={`The check-in of ${formatDate(checkIn.date)} keeps its original version in the history.`}
      className="form form--grid"
      of={correction}
      submitLabel="Save correction"
      onClose={onClose}
    >
      <TextField
        name="value"
        label={`Value${kr.unit ? ` (${kr.unit})` : ''}`}
        inputMode="decimal"
        autoFocus
      />
      <TextField name="confidence" label="Confidence (%)" inputMode="numeric" />
      <TextField name="changed" label="What changed" wide rows={2} />
      <TextField name="blockers" label="What is blocking" wide rows={2} />
    </FormDialog>
  );
}
