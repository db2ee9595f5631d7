import { useId } from 'react';
import { PHASE_LABELS, PHASES } from '@shared/domain';
import { EFFORT_ACTIVITY_LABELS, PHASE_ACTIVITY, type EffortPhase } from '@shared/domain/workshop';
import { FormError } from '../../../components/FormError';
import { SchemaForm, useFieldError } from '../../../components/SchemaForm';
import { useRecordForm } from '../../../lib/forms/useRecordForm';
import { effortFormSchema, emptyEffortForm } from './effortForm';
import { useRecordEffort } from './effortMutations';
import './effort.css';

/** Records one meeting's time: which phase, what it was, when, how long, how many people. */
export function RecordEffortForm({ cycleId, phase }: { cycleId: string; phase: EffortPhase }) {
  const id = useId();
  const effortForm = useRecordForm({
    schema: effortFormSchema,
    record: undefined,
    toValues: () => emptyEffortForm(phase),
    save: useRecordEffort(cycleId),
    onSaved: () => effortForm.form.reset(emptyEffortForm(effortForm.form.getValues('phase'))),
  });
  const { register, watch } = effortForm.form;
  const chosen = watch('phase');
  return (
    <SchemaForm of={effortForm} className="effort__form" aria-label="Record time spent">
      <div className="effort__field">
        <label htmlFor={`${id}-phase`}>Phase</label>
        <select id={`${id}-phase`} {...register('phase')}>
          {PHASES.map((p) => (
            <option key={p} value={p}>
              {PHASE_LABELS[p]}
            </option>
          ))}
        </select>
      </div>
      <div className="effort__field effort__field--wide">
        <label htmlFor={`${id}-label`}>What</label>
        <input
          id={`${id}-label`}
          placeholder={EFFORT_ACTIVITY_LABELS[PHASE_ACTIVITY[chosen]]}
          {...register('label')}
        />
      </div>
      <div className="effort__field">
        <label htmlFor={`${id}-date`}>Day</label>
        <input id={`${id}-date`} type="date" {...register('date')} />
      </div>
      <div className="effort__field effort__field--number">
        <label htmlFor={`${id}-minutes`}>Minutes</label>
        <input id={`${id}-minutes`} inputMode="numeric" {...register('minutes')} />
      </div>
      <div className="effort__field effort__field--number">
        <label htmlFor={`${id}-people`}>People</label>
        <input id={`${id}-people`} inputMode="numeric" {...register('attendees')} />
      </div>
      <button type="submit" className="button" disabled={effortForm.isSaving}>
        Record time
      </button>
      <EffortProblem saveError={effortForm.saveError} />
    </SchemaForm>
  );
}

/** The first field that needs fixing, in the form's words, or the save's failure. */
function EffortProblem({ saveError }: { saveError: string | null }) {
  const label = useFieldError('label');
  const date = useFieldError('date');
  const minutes = useFieldError('minutes');
  const people = useFieldError('attendees');
  const problem =
    label ??
    (date && `Day: ${date}`) ??
    (minutes && `Minutes: ${minutes}`) ??
    (people && `People: ${people}`) ??
    saveError;
  return <FormError message={problem ?? null} className="effort__problem" />;
}
