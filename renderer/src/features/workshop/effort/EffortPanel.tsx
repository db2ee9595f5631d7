import { lazy, Suspense } from 'react';
import type { Cycle } from '@shared/domain';
import { PHASE_LABELS } from '@shared/domain';
import { formatDate } from '@shared/domain/format';
import {
  EFFORT_ACTIVITY_LABELS,
  EFFORT_BUDGET_DAYS,
  formatHours,
  personHours,
  summarizeEffort,
  type EffortPhase,
} from '@shared/domain/workshop';
import { Icon } from '../../../components/Icon';
import { deleteEffort } from '../../../db/repositories/effort';
import { useEffort } from '../../../db/workshopHooks';
import { useUndoableDelete } from '../../../state/useUndoableDelete';
import './effort.css';

// The form (and the form library with it) loads after the home it sits at the foot of.
const RecordEffortForm = lazy(async () => ({
  default: (await import('./RecordEffortForm')).RecordEffortForm,
}));

/**
 * Where the quarter's time goes: person-hours spent on its meetings so far against the brief's
 * 3–4 person-day budget, by phase, with the records behind them and a way to add one.
 */
export function EffortPanel({ cycle, phase }: { cycle: Cycle; phase: EffortPhase }) {
  const entries = useEffort(cycle.id);
  const remove = useUndoableDelete(deleteEffort);
  if (!entries) return null;
  const summary = summarizeEffort(entries);
  const { lowHours, highHours } = summary.budget;
  const scale = Math.max(highHours * 1.15, summary.totalHours);
  const pct = (hours: number) => `${Math.min(100, (hours / scale) * 100)}%`;
  return (
    <section className="panel effort" aria-labelledby={`effort-${phase}`}>
      <h3 id={`effort-${phase}`}>Time spent on the cycle</h3>
      <p className={`effort__summary effort__summary--${summary.state}`}>
        {entries.length === 0
          ? `No time recorded yet. The whole cycle should cost the team at most ${EFFORT_BUDGET_DAYS.low}–${EFFORT_BUDGET_DAYS.high} person-days (${lowHours}–${highHours} person-hours).`
          : summary.message}
      </p>
      <div
        className="effort__meter"
        role="img"
        aria-label={`${formatHours(summary.totalHours)} of ${lowHours}–${highHours} person-hours`}
      >
        {summary.byPhase.map((p) =>
          p.hours > 0 ? (
            <span
              key={p.phase}
              className={`effort__segment effort__segment--${p.phase}`}
              style={{ width: pct(p.hours) }}
              title={`${p.label}: ${formatHours(p.hours)} person-hours`}
            />
          ) : null,
        )}
        <span
          className="effort__budget"
          style={{ left: pct(lowHours), width: `calc(${pct(highHours)} - ${pct(lowHours)})` }}
        />
      </div>
      <table className="table table--compact effort__phases">
        <caption className="visually-hidden">Person-hours by phase</caption>
        <thead>
          <tr>
            <th scope="col">Phase</th>
            <th scope="col">Person-hours</th>
            <th scope="col">Meetings</th>
          </tr>
        </thead>
        <tbody>
          {summary.byPhase.map((p) => (
            <tr key={p.phase}>
              <th scope="row">
                <span className={`effort__swatch effort__segment--${p.phase}`} aria-hidden="true" />{' '}
                {p.label}
              </th>
              <td>{formatHours(p.hours)}</td>
              <td>{p.entries}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length > 0 && (
        <details className="effort__records">
          <summary>Records ({entries.length})</summary>
          <ul>
            {entries.map((e) => (
              <li key={e.id}>
                <span>
                  {formatDate(e.date)} · {e.label} · {PHASE_LABELS[e.phase]} ·{' '}
                  {EFFORT_ACTIVITY_LABELS[e.activity].toLowerCase()} · {e.minutes} min ×{' '}
                  {e.attendees} = {formatHours(personHours(e))} h
                </span>
                <button
                  type="button"
                  className="icon-button icon-button--danger"
                  onClick={() => remove.mutate(e.id)}
                  aria-label={`Delete the time record ${e.label}`}
                >
                  <Icon name="trash" size={14} />
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <Suspense fallback={<p className="loading">Loading the form…</p>}>
        <RecordEffortForm cycleId={cycle.id} phase={phase} />
      </Suspense>
    </section>
  );
}
