import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { localDayOf } from '@shared/domain/calendar';
import { numberOrNull } from '@shared/domain/numbers';
import {
  WORKSHOP_PHASE,
  endWorkshop,
  workshopMinutes,
  type Workshop,
} from '@shared/domain/workshop';
import { Dialog } from '../../components/Dialog';
import { recordEffort } from '../../db/repositories/effort';
import { changeWorkshop, clockNow } from '../../db/repositories/workshops';
import { errorMessage } from '../../lib/formErrors';

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
  const id = useId();
  const [minutes, setMinutes] = useState(() => String(workshopMinutes(workshop, Date.now())));
  const [attendees, setAttendees] = useState(String(Math.max(1, participantCount)));
  const [problem, setProblem] = useState<string | null>(null);
  const end = useMutation({
    mutationFn: async ({ length, people }: { length: number; people: number }) => {
      const clock = clockNow();
      await recordEffort(
        workshop.cycleId,
        {
          phase: WORKSHOP_PHASE[workshop.kind],
          activity: 'workshop',
          label: workshop.title,
          date: localDayOf(new Date(clock.now)),
          minutes: length,
          attendees: people,
        },
        workshop.id,
      );
      await changeWorkshop(workshop.id, (w) => endWorkshop(w, clock));
    },
    onSuccess: onClose,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const length = numberOrNull(minutes);
    const people = numberOrNull(attendees);
    if (length === null || !Number.isInteger(length) || length < 1 || length > 1440) {
      setProblem('The duration is a whole number of minutes, from 1 to 1440.');
      return;
    }
    if (people === null || !Number.isInteger(people) || people < 1 || people > 500) {
      setProblem('Attendees is a whole number, at least 1.');
      return;
    }
    setProblem(null);
    end.mutate({ length, people });
  };
  return (
    <Dialog
      title="End the workshop"
      description="The time it took and who attended count towards the quarter’s 3–4 person-day budget."
      onClose={onClose}
    >
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-minutes`}>Duration (minutes)</label>
          <input
            id={`${id}-minutes`}
            inputMode="numeric"
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
          <p className="field__hint">
            The time the agenda items ran; correct it if breaks ran long.
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-attendees`}>Attendees</label>
          <input
            id={`${id}-attendees`}
            inputMode="numeric"
            value={attendees}
            onChange={(e) => setAttendees(e.target.value)}
          />
        </div>
        <footer className="dialog__footer">
          {(problem || end.error) && (
            <p className="form-error" role="alert">
              {problem ?? errorMessage(end.error)}
            </p>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={end.isPending}>
            End workshop
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
