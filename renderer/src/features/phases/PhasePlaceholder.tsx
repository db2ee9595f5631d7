import { PHASE_LABELS, type Cycle } from '@shared/domain';
import { EmptyState } from '../../components/EmptyState';

type LaterPhase = 'scoring' | 'retrospective';

const COPY: Record<LaterPhase, { title: string; body: string }> = {
  scoring: {
    title: 'Nothing to score yet',
    body: 'At the end of the quarter every key result gets a score from 0.0 to 1.0, from its baseline, final value and target. A 0.4 is information, not failure; a string of 1.0s suggests targets set too low.',
  },
  retrospective: {
    title: 'The retrospective comes last',
    body: 'After scoring, the team looks back: what worked, what did not, what it learned, and which key results to carry into next quarter with their last value as the new baseline.',
  },
};

/** An honest empty state for a phase this quarter has not reached. */
export function PhasePlaceholder({ phase, cycle }: { phase: LaterPhase; cycle: Cycle }) {
  const { title, body } = COPY[phase];
  return (
    <section className="phase" aria-labelledby={`${phase}-heading`}>
      <header className="phase__header">
        <h2 id={`${phase}-heading`}>{title}</h2>
      </header>
      <EmptyState title={`${cycle.label}: ${title.toLowerCase()}`}>
        <p>{body}</p>
        <p className="muted">
          {cycle.label} is in the {PHASE_LABELS[cycle.phase]} phase
          {cycle.phase === 'setting' ? ': agree its objectives and key results first.' : '.'}
        </p>
      </EmptyState>
    </section>
  );
}
