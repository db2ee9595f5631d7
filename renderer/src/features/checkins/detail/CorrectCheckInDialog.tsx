import { useFormContext, useWatch } from 'react-hook-form';
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
      <SkipNote />
      <TextField name="confidence" label="Confidence (%)" inputMode="numeric" />
      <TextField name="changed" label="What changed" wide rows={2} />
      <TextField name="blockers" label="What is blocking" wide rows={2} />
    </FormDialog>
  );
}

/** Says what an empty value means before it is saved: a skip, not a zero and not an error. */
function SkipNote() {
  const { control } = useFormContext<{ value: string }>();
  const value = useWatch({ control, name: 'value' });
  if (value.trim() !== '') return null;
  return (
    <p className="meeting__skip field--wide" role="status">
      No value: this check-in will record confidence and notes only, and progress keeps the last
      measured value.
    </p>
  );
}
