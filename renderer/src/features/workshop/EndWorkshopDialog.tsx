import type { Workshop } from '@shared/domain/workshop';
import { FormDialog } from '../../components/FormDialog';
import { FormField } from '../../components/SchemaForm';
import { useRecordForm } from '../../lib/forms/useRecordForm';
import { endWorkshopFormSchema, endWorkshopToForm } from './endWorkshopForm';
import { useEndWorkshop } from './workshopMutations';

/**
 * Ends the workshop and records what it cost: its actual duration (the time its items ran) and
 * who attended, counted against the quarter's person-day budget.
 */
export function EndWorkshopDialog({
  workshop,
  participantCount,
  onClose,
}: {
  workshop: Workshop;
  participantCount: number;
  onClose: () => void;
}) {
  const endForm = useRecordForm({
    schema: endWorkshopFormSchema,
    record: workshop,
    toValues: (w) => endWorkshopToForm(w, participantCount, Date.now()),
    save: useEndWorkshop(),
    onSaved: onClose,
  });
  const { register } = endForm.form;
  return (
    <FormDialog
      title="End the workshop"
      description="The time it took and who attended count towards the quarter’s 3–4 person-day budget."
      of={endForm}
      submitLabel="End workshop"
      onClose={onClose}
    >
      <FormField
        name="minutes"
        label="Duration (minutes)"
        hint="The time the agenda items ran; correct it if breaks ran long."
      >
        {(p) => <input {...p} inputMode="numeric" {...register('minutes')} />}
      </FormField>
      <FormField name="attendees" label="Attendees">
        {(p) => <input {...p} inputMode="numeric" {...register('attendees')} />}
      </FormField>
    </FormDialog>
  );
}
