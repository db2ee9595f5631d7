import { useState } from 'react';
import { CADENCE_LABELS, cadenceSchema, cycleInputSchema, type Cycle } from '@shared/domain';
import { parseQuarterLabel, quarterRange, suggestedQuarter } from '@shared/domain/calendar';
import { Field } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { FormField } from '../../components/SchemaForm';
import { useRecordForm } from '../../lib/forms/useRecordForm';
import { useSaveCycle } from './cycleMutations';

type CycleDialogProps = {
  teamId: string;
  cycle?: Cycle;
  /** The team's quarters, so a new one suggests the quarter the team still lacks. */
  existing?: readonly Cycle[];
  onClose: () => void;
  onSaved: (cycle: Cycle) => void;
  /** Asks to delete the quarter being edited; the window asks first and offers Undo after. */
  onDelete?: (cycle: Cycle) => void;
};

/** A quarter as the form shows it; a new one starts as the quarter the team needs next. */
function valuesFor(existing: readonly Cycle[]) {
  return (cycle: Cycle | undefined) => {
    if (cycle) {
      const { label, startDate, endDate, cadence } = cycle;
      return { label, startDate, endDate, cadence };
    }
    return { ...suggestedQuarter(new Date(), existing), cadence: 'biweekly' as const };
  };
}

/** Creates or edits a quarter: its label, dates and check-in cadence. */
export function CycleDialog({
  teamId,
  cycle,
  existing = [],
  onClose,
  onSaved,
  onDelete,
}: CycleDialogProps) {
  const cycleForm = useRecordForm({
    schema: cycleInputSchema,
    record: cycle,
    toValues: valuesFor(existing),
    save: useSaveCycle(teamId),
    onSaved,
  });
  const { register, setValue } = cycleForm.form;
  const [areDatesTouched, setDatesTouched] = useState(Boolean(cycle));
  // Typing a standard label fills in its calendar dates until the person edits the dates.
  const label = register('label', {
    onChange: (event: { target: { value: string } }) => {
      const quarter = parseQuarterLabel(event.target.value);
      if (!quarter || areDatesTouched) return;
      const range = quarterRange(quarter);
      setValue('startDate', range.startDate, { shouldDirty: true });
      setValue('endDate', range.endDate, { shouldDirty: true });
    },
  });
  const touchDates = { onChange: () => setDatesTouched(true) };

  return (
    <FormDialog
      title={cycle ? `Edit ${cycle.label}` : 'New quarter'}
      description="A quarter runs from setting through check-ins and scoring to its retrospective."
      className="form form--grid"
      of={cycleForm}
      submitLabel={cycle ? 'Save quarter' : 'Create quarter'}
      onClose={onClose}
    >
      <FormField name="label" label="Quarter label" hint="For example 2027-Q1" wide>
        {(p) => <input {...p} {...label} autoFocus />}
      </FormField>
      <FormField name="startDate" label="Start date">
        {(p) => <input {...p} type="date" {...register('startDate', touchDates)} />}
      </FormField>
      <FormField name="endDate" label="End date">
        {(p) => <input {...p} type="date" {...register('endDate', touchDates)} />}
      </FormField>
      <Field label="Check-in cadence" wide hint="Decides when a check-in is due.">
        {(p) => (
          <select {...p} {...register('cadence')}>
            {cadenceSchema.options.map((option) => (
              <option key={option} value={option}>
                {CADENCE_LABELS[option]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {cycle && onDelete && (
        <div className="danger-zone field--wide">
          <p className="muted">
            Deleting the quarter deletes everything in it. You are asked first, and can undo it
            right after.
          </p>
          <button type="button" className="button button--danger" onClick={() => onDelete(cycle)}>
            Delete quarter…
          </button>
        </div>
      )}
    </FormDialog>
  );
}
