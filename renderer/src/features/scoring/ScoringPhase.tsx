import type { Cycle } from '@shared/domain';
import {
  BAND_INFO,
  bandDistribution,
  expectationFor,
  type Band,
} from '@shared/domain/scoring/bands';
import { keyResultScore, objectiveScore } from '@shared/domain/scoring/score';
import { EmptyState } from '../../components/EmptyState';
import { useCheckIns, useKeyResults, useLineage, useObjectives } from '../../db/hooks';
import { errorMessage } from '../../lib/formErrors';
import { ScoreBadge } from './ScoreBadge';
import { ScoreRow } from './ScoreRow';
import { EffortPanel } from '../workshop/effort/EffortPanel';
import { useMovePhase } from '../cycles/cycleMutations';
import { FormError } from '../../components/FormError';

const BANDS: Band[] = ['failed', 'short', 'strong', 'perfect'];

/** The Scoring phase: every KR scored from baseline, final value and target, in one table. */
export function ScoringPhase({ cycle }: { cycle: Cycle }) {
  const objectives = useObjectives(cycle.id);
  const keyResults = useKeyResults(cycle.id);
  const checkIns = useCheckIns(cycle.id);
  const lineage = useLineage(cycle.id);
  const toRetro = useMovePhase(cycle.id);
  if (!objectives || !keyResults || !checkIns || !lineage)
    return <p className="loading">Loading scores…</p>;
  if (keyResults.length === 0) {
    return (
      <EmptyState title="Nothing to score yet">
        <p>
          Scoring gives each key result a score from 0.0 to 1.0 at the end of the quarter. This
          quarter has no key results.
        </p>
      </EmptyState>
    );
  }
  const scores = keyResults.map((kr) => keyResultScore(kr, checkIns).score);
  const distribution = bandDistribution(scores);
  const unscored = distribution.unscored;

  return (
    <section className="scoring" aria-labelledby="scoring-heading">
      <header className="phase__header">
        <div>
          <h2 id="scoring-heading">Scoring</h2>
          <p className="phase__lede">
            Each score is progress from baseline to target, clamped to 0–1. Type the final value
            (the latest check-in is used until you do), override with a reason where the number
            misleads, and weigh KRs that matter more.
          </p>
        </div>
      </header>

      <section className="panel distribution" aria-label="Band distribution">
        <h3>This quarter</h3>
        <ul className="distribution__bands">
          {BANDS.map((band) => (
            <li key={band} className={`distribution__band score--${band}`}>
              <strong>{distribution[band]}</strong>
              <span>{BAND_INFO[band].range}</span>
              <span className="muted">{BAND_INFO[band].meaning}</span>
            </li>
          ))}
        </ul>
        <p className="muted">
          {unscored === 0
            ? 'Every key result has a score.'
            : `${unscored} ${unscored === 1 ? 'key result has' : 'key results have'} no final value yet.`}
        </p>
      </section>

      {objectives.map((o) => {
        const own = keyResults.filter((kr) => kr.objectiveId === o.id);
        if (own.length === 0) return null;
        const score = objectiveScore(own, checkIns);
        const expectation = expectationFor(o.kind);
        return (
          <section key={o.id} className="panel" aria-label={`Scores of ${o.title}`}>
            <header className="objective-progress__header objective-score__header">
              <h3>{o.title}</h3>
              <span className="muted">{expectation.label}</span>
              {score === null ? (
                <span className="muted">Not scored yet</span>
              ) : (
                <ScoreBadge score={score} />
              )}
            </header>
            <table className="table table--compact score-table">
              <caption className="visually-hidden">Key result scores of {o.title}</caption>
              <thead>
                <tr>
                  <th scope="col">Key result</th>
                  <th scope="col">Final value</th>
                  <th scope="col">Computed</th>
                  <th scope="col">Override</th>
                  <th scope="col">Weight</th>
                  <th scope="col">Score</th>
                </tr>
              </thead>
              <tbody>
                {own.map((kr) => (
                  <ScoreRow
                    key={kr.id}
                    keyResult={kr}
                    checkIns={checkIns}
                    lineage={lineage[kr.id]}
                  />
                ))}
              </tbody>
            </table>
          </section>
        );
      })}

      {cycle.phase !== 'retrospective' && cycle.phase !== 'closed' ? (
        <div className="start-panel start-panel--ready">
          <div>
            <h4>Scores agreed?</h4>
            <p>The retrospective looks back with these scores beside each key result.</p>
          </div>
          <button
            type="button"
            className="button button--primary button--large"
            onClick={() => toRetro.mutate('retrospective')}
            disabled={toRetro.isPending}
          >
            Go to the retrospective
          </button>
          <FormError message={toRetro.error ? errorMessage(toRetro.error) : null} />
        </div>
      ) : null}
      <EffortPanel cycle={cycle} phase="scoring" />
    </section>
  );
}
