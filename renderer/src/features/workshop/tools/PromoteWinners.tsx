import { useId, useState } from 'react';
import {
  topCandidates,
  type Card,
  type Cluster,
  type TallyRow,
  type Workshop,
} from '@shared/domain/workshop';
import { useObjectives } from '../../../db/hooks';
import { errorMessage } from '../../../lib/formErrors';
import { usePromoteIdeas } from '../voteMutations';
import './dotVote.css';

/** How many winners are offered for promotion unless the facilitator picks others. */
const WINNERS = 2;

/**
 * Turns the chosen winners into objectives (or key results of one objective) in one action;
 * each keeps the cards it came from as its origin.
 */
export function PromoteWinners({
  workshop,
  tally,
  cards,
  clusters,
}: {
  workshop: Workshop;
  tally: TallyRow[];
  cards: Card[];
  clusters: Cluster[];
}) {
  const id = useId();
  const objectives = useObjectives(workshop.cycleId) ?? [];
  const promotedOf = (rowId: string) =>
    (clusters.find((c) => c.id === rowId) ?? cards.find((c) => c.id === rowId))?.promotedTo ?? null;
  const open = tally.filter((row) => promotedOf(row.id) === null);
  const [chosen, setChosen] = useState<string[]>(() => topCandidates(open, WINNERS));
  const [as, setAs] = useState<'objective' | 'keyResult'>('objective');
  const [objectiveId, setObjectiveId] = useState('');
  const promote = usePromoteIdeas(workshop.id, () => setChosen([]));
  const promoted = tally.filter((row) => promotedOf(row.id) !== null);
  const noun = as === 'objective' ? 'objective' : 'key result';
  const count = chosen.length;
  return (
    <section className="promote" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>Promote the winners</h4>
      {promoted.length > 0 && (
        <ul className="promote__done">
          {promoted.map((row) => (
            <li key={row.id}>
              ✓ {row.title} →{' '}
              {promotedOf(row.id)?.kind === 'objective' ? 'objective' : 'key result'}
            </li>
          ))}
        </ul>
      )}
      {open.length === 0 ? (
        <p className="muted">Every idea has been promoted.</p>
      ) : (
        <>
          <fieldset className="promote__choices">
            <legend className="visually-hidden">Ideas to promote</legend>
            {open
              .filter((row) => row.dots > 0 || chosen.includes(row.id))
              .map((row) => (
                <label key={row.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={chosen.includes(row.id)}
                    onChange={(e) =>
                      setChosen(
                        e.target.checked ? [...chosen, row.id] : chosen.filter((c) => c !== row.id),
                      )
                    }
                  />
                  {row.title} <span className="muted">({row.dots} dots)</span>
                </label>
              ))}
          </fieldset>
          <div className="promote__target">
            <label className="radio">
              <input
                type="radio"
                name={`${id}-as`}
                checked={as === 'objective'}
                onChange={() => setAs('objective')}
              />
              As objectives
            </label>
            <label className="radio">
              <input
                type="radio"
                name={`${id}-as`}
                checked={as === 'keyResult'}
                onChange={() => setAs('keyResult')}
                disabled={objectives.length === 0}
              />
              As key results of
            </label>
            <label htmlFor={`${id}-objective`} className="visually-hidden">
              Objective for the key results
            </label>
            <select
              id={`${id}-objective`}
              value={objectiveId}
              onChange={(e) => setObjectiveId(e.target.value)}
              disabled={as !== 'keyResult'}
            >
              <option value="">Choose an objective…</option>
              {objectives.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title}
                </option>
              ))}
            </select>
          </div>
          {promote.error && (
            <p className="form-error" role="alert">
              {errorMessage(promote.error)}
            </p>
          )}
          <button
            type="button"
            className="button button--primary"
            disabled={count === 0 || promote.isPending || (as === 'keyResult' && !objectiveId)}
            onClick={() =>
              promote.mutate({
                ids: tally.filter((r) => chosen.includes(r.id)).map((r) => r.id),
                target:
                  as === 'objective' ? { kind: 'objective' } : { kind: 'keyResult', objectiveId },
              })
            }
          >
            Promote{' '}
            {count === 1
              ? `1 idea to ${as === 'objective' ? 'an objective' : 'a key result'}`
              : `${count} ideas to ${noun}s`}
          </button>
        </>
      )}
    </section>
  );
}
