import { useId, useState } from 'react';
import type { Cycle } from '@shared/domain';
import { formatDate } from '@shared/domain/format';
import {
  WORKSHOP_KIND_LABELS,
  WORKSHOP_PHASE,
  plannedMinutes,
  workshopKindSchema,
  type Workshop,
  type WorkshopKind,
} from '@shared/domain/workshop';
import { deleteWorkshop } from '../../db/repositories/workshops';
import { errorMessage } from '../../lib/formErrors';
import { useUndoableDelete } from '../../state/useUndoableDelete';
import { EffortPanel } from './effort/EffortPanel';
import { useCreateWorkshop } from './workshopMutations';
import './workshopsHome.css';

/** The workshop a quarter's phase suggests: planning while setting, a review while checking in. */
export function suggestedKind(cycle: Cycle): WorkshopKind {
  if (cycle.phase === 'setting') return 'planning';
  return cycle.phase === 'checkins' ? 'check-in-review' : 'retro';
}

const KIND_HINTS: Record<WorkshopKind, string> = {
  planning: 'Context, silent writing, cluster and vote, key results, dependencies, confidence',
  'check-in-review': 'Where the quarter stands, check-ins, risks, what to tackle, confidence',
  retro: 'Scores, what worked and what did not, what to change, carry-forward',
};

/** A quarter's workshops: start a new one with a proposed agenda, or open one. */
export function WorkshopsHome({
  cycle,
  workshops,
  onOpen,
}: {
  cycle: Cycle;
  workshops: Workshop[];
  onOpen: (workshopId: string) => void;
}) {
  const id = useId();
  const [kind, setKind] = useState<WorkshopKind>(() => suggestedKind(cycle));
  const create = useCreateWorkshop(cycle.id, (w) => onOpen(w.id));
  const remove = useUndoableDelete(deleteWorkshop);
  return (
    <section className="workshops" aria-labelledby={`${id}-heading`}>
      <header className="workshops__header">
        <h2 id={`${id}-heading`}>Workshops · {cycle.label}</h2>
        <p className="muted">
          Run the meeting from this laptop with the projector as a second screen: a timed agenda,
          idea cards, private votes, and a one-page summary to hand out.
        </p>
      </header>
      <form
        className="panel workshops__new"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate(kind);
        }}
      >
        <h3>New workshop</h3>
        <fieldset className="radio-group">
          <legend className="visually-hidden">Kind of workshop</legend>
          {workshopKindSchema.options.map((k) => (
            <label key={k} className="radio">
              <input
                type="radio"
                name={`${id}-kind`}
                checked={kind === k}
                onChange={() => setKind(k)}
              />
              <span>
                <strong>{WORKSHOP_KIND_LABELS[k]}</strong>
                <span className="muted"> — {KIND_HINTS[k]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {create.error && (
          <p className="form-error" role="alert">
            {errorMessage(create.error)}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          Create workshop with a proposed agenda
        </button>
      </form>
      {workshops.length > 0 && (
        <section className="panel" aria-label="Workshops of this quarter">
          <h3>This quarter’s workshops</h3>
          <ul className="workshops__list">
            {workshops.map((w) => (
              <li key={w.id}>
                <div>
                  <strong>{w.title}</strong>
                  <span className="muted">
                    {' '}
                    ·{' '}
                    {w.status === 'ended'
                      ? 'ended'
                      : w.status === 'running'
                        ? 'running'
                        : 'preparing'}{' '}
                    · {formatDate(w.startedAt ?? w.createdAt)} · {w.agenda.length} items,{' '}
                    {plannedMinutes(w.agenda)} min
                  </span>
                </div>
                <div className="workshops__actions">
                  <button type="button" className="button" onClick={() => onOpen(w.id)}>
                    Open <span className="visually-hidden">{w.title}</span>
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => remove.mutate(w.id)}
                  >
                    Delete <span className="visually-hidden">{w.title}</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <EffortPanel cycle={cycle} phase={WORKSHOP_PHASE[suggestedKind(cycle)]} />
    </section>
  );
}
