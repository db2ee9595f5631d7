import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  CADENCE_LABELS,
  cadenceSchema,
  cycleInputSchema,
  type Cycle,
  type CycleInput,
} from '@shared/domain';
import { nextCalendarQuarter, parseQuarterLabel, quarterRange } from '@shared/domain/calendar';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { createCycle, updateCycle } from '../../db/repositories/cycles';
import { errorMessage, fieldErrors } from '../../lib/formErrors';

type CycleDialogProps = {
  teamId: string;
  cycle?: Cycle;
  onClose: () => void;
  onSaved: (cycle: Cycle) => void;
};

/** Creates or edits a quarter: its label, dates and check-in cadence. */
export function CycleDialog({ teamId, cycle, onClose, onSaved }: CycleDialogProps) {
  const suggested = nextCalendarQuarter(new Date());
  const [form, setForm] = useState<CycleInput>(
    cycle
      ? {
          label: cycle.label,
          startDate: cycle.startDate,
          endDate: cycle.endDate,
          cadence: cycle.cadence,
        }
      : { ...suggested, cadence: 'biweekly' },
  );
  const [datesTouched, setDatesTouched] = useState(Boolean(cycle));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (input: CycleInput) =>
      cycle ? updateCycle(cycle.id, input) : createCycle(teamId, input),
    onSuccess: onSaved,
  });

  const setLabel = (label: string) => {
    const quarter = parseQuarterLabel(label);
    // Typing a standard label fills in its calendar dates until the person edits the dates.
    if (quarter && !datesTouched) {
      const q = quarterRange(quarter);
      setForm((f) => ({ ...f, label, startDate: q.startDate, endDate: q.endDate }));
    } else setForm((f) => ({ ...f, label }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = cycleInputSchema.safeParse(form);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    save.mutate(parsed.data);
  };

  return (
    <Dialog
      title={cycle ? `Edit ${cycle.label}` : 'New quarter'}
      description="A quarter runs from setting through check-ins and scoring to its retrospective."
      onClose={onClose}
    >
      <form className="form form--grid" onSubmit={submit} noValidate>
        <Field label="Quarter label" error={errors.label} hint="For example 2027-Q1" wide>
          {(p) => (
            <input {...p} value={form.label} onChange={(e) => setLabel(e.target.value)} autoFocus />
          )}
        </Field>
        <Field label="Start date" error={errors.startDate}>
          {(p) => (
            <input
              {...p}
              type="date"
              value={form.startDate}
              onChange={(e) => {
                setDatesTouched(true);
                setForm((f) => ({ ...f, startDate: e.target.value }));
              }}
            />
          )}
        </Field>
        <Field label="End date" error={errors.endDate}>
          {(p) => (
            <input
              {...p}
              type="date"
              value={form.endDate}
              onChange={(e) => {
                setDatesTouched(true);
                setForm((f) => ({ ...f, endDate: e.target.value }));
              }}
            />
          )}
        </Field>
        <Field label="Check-in cadence" wide hint="Decides when a check-in is due.">
          {(p) => (
            <select
              {...p}
              value={form.cadence}
              onChange={(e) =>
                setForm((f) => ({ ...f, cadence: cadenceSchema.parse(e.target.value) }))
              }
            >
              {cadenceSchema.options.map((option) => (
                <option key={option} value={option}>
                  {CADENCE_LABELS[option]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <FormActions
          submitLabel={cycle ? 'Save quarter' : 'Create quarter'}
          onCancel={onClose}
          isPending={save.isPending}
          error={save.error ? errorMessage(save.error) : null}
        />
      </form>
    </Dialog>
  );
}
