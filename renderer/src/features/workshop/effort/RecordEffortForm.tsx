import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { PHASE_LABELS, PHASES } from '@shared/domain';
import { localDayOf } from '@shared/domain/calendar';
import { numberOrNull } from '@shared/domain/numbers';
import {
  EFFORT_ACTIVITY_LABELS,
  PHASE_ACTIVITY,
  effortInputSchema,
  type EffortPhase,
} from '@shared/domain/workshop';
import { recordEffort } from '../../../db/repositories/effort';
import { errorMessage } from '../../../lib/formErrors';

/** Records one meeting's time: which phase, what it was, when, how long, how many people. */
export function RecordEffortForm({ cycleId, phase }: { cycleId: string; phase: EffortPhase }) {
  const id = useId();
  const [chosen, setChosen] = useState<EffortPhase>(phase);
  const [label, setLabel] = useState('');
  const [date, setDate] = useState(() => localDayOf(new Date()));
  const [minutes, setMinutes] = useState('');
  const [people, setPeople] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const record = useMutation({
    mutationFn: () => {
      const parsed = effortInputSchema.safeParse({
        phase: chosen,
        activity: PHASE_ACTIVITY[chosen],
        label: label.trim() || EFFORT_ACTIVITY_LABELS[PHASE_ACTIVITY[chosen]],
        date,
        minutes: numberOrNull(minutes),
        attendees: numberOrNull(people),
      });
      if (!parsed.success) {
        const field = String(parsed.error.issues[0]?.path[0] ?? '');
        throw new Error(
          field === 'minutes'
            ? 'How long did it take? A whole number of minutes, 1 to 1440.'
            : field === 'attendees'
              ? 'How many people were there? A whole number, at least 1.'
              : field === 'date'
                ? 'Give the day it happened.'
                : (parsed.error.issues[0]?.message ?? 'Check the fields.'),
        );
      }
      return recordEffort(cycleId, parsed.data);
    },
    onSuccess: () => {
      setLabel('');
      setMinutes('');
      setPeople('');
      setProblem(null);
    },
    onError: (error) => setProblem(errorMessage(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate();
  };
  return (
    <form className="effort__form" onSubmit={submit} aria-label="Record time spent">
      <div className="effort__field">
        <label htmlFor={`${id}-phase`}>Phase</label>
        <select
          id={`${id}-phase`}
          value={chosen}
          onChange={(e) => setChosen(e.target.value as EffortPhase)}
        >
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
          value={label}
          maxLength={120}
          placeholder={EFFORT_ACTIVITY_LABELS[PHASE_ACTIVITY[chosen]]}
          onChange={(e) => setLabel(e.target.value)}
        />
      </div>
      <div className="effort__field">
        <label htmlFor={`${id}-date`}>Day</label>
        <input
          id={`${id}-date`}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </div>
      <div className="effort__field effort__field--number">
        <label htmlFor={`${id}-minutes`}>Minutes</label>
        <input
          id={`${id}-minutes`}
          inputMode="numeric"
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
      </div>
      <div className="effort__field effort__field--number">
        <label htmlFor={`${id}-people`}>People</label>
        <input
          id={`${id}-people`}
          inputMode="numeric"
          value={people}
          onChange={(e) => setPeople(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={record.isPending}>
        Record time
      </button>
      {problem && (
        <p className="form-error effort__problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
