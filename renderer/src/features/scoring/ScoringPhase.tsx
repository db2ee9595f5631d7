import type { Cycle } from '@shared/domain';
import {
  BAND_INFO,
  BAND_TONE,
  BANDS,
  bandDistribution,
  expectationFor,
} from '@shared/domain/scoring/bands';
import { kindVerdicts } from '@shared/domain/scoring/judgement';
import { objectiveScoreSummary, scoredFromText } from '@shared/domain/scoring/coverage';
import { keyResultScore, objectiveScore } from '@shared/domain/scoring/score';
import { formatCount } from '@shared/domain/format';
import { localDayOf } from '@shared/domain/calendar';
import { phaseMoveLabel, scoringNotOpenText } from '@shared/domain/phaseMoves';
import { EmptyState } from '../../components/EmptyState';
import { FormError } from '../../components/FormError';
import { useCheckIns, useKeyResults, useLineage, useObjectives } from '../../db/hooks';
import { errorMessage } from '../../lib/formErrors';
import { useMovePhase } from '../cycles/cycleMutations';
import { NotStartedYet } from '../cycles/NotStartedYet';
import { ProvisionalScore, ScoreBadge } from './ScoreBadge';
import { ProvisionalRow } from './ProvisionalRow';
import { ScoreRow } from './ScoreRow';
import { EffortPanel } from '../workshop/effort/EffortPanel';
import { TableScroll } from '../../components/TableScroll';

/** The Scoring phase: every KR scored from baseline, final value and target, in one table. */
export function ScoringPhase({ cycle }: { cycle: Cycle }) {
  if (cycle.phase === 'setting') {
    return (
      <NotStartedYet cycle={cycle} phase="Scoring">
        <p>
          At the end of the quarter each key result gets a score from 0.0 to 1.0: its progress from
          baseline to target, from the final value or the last check-in. Where the number misleads,
          a person overrides it with a reason, and key results that matter more can weigh more.
        </p>
      </NotStartedYet>
    );
  }
  return <ScoringTable cycle={cycle} />;
}

function ScoringTable({ cycle }: { cycle: Cycle }) {
  const objectives = useObjectives(cycle.id);
  const keyResults = useKeyResults(cycle.id);
  const checkIns = useCheckIns(cycle.id);
  const lineage = useLineage(cycle.id);
  const toRetro = useMovePhase(cycle);
  // Before the Scoring phase there are readings, not scores: no verdict, nothing to type.
  const isProvisional = cycle.phase === 'checkins';
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
  const verdicts = kindVerdicts(
    objectives.map((o) => ({
      kind: o.kind,
      score: objectiveScore(
        keyResults.filter((kr) => kr.objectiveId === o.id),
        checkIns,
      ),
    })),
  );

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

      {isProvisional ? (
        <p className="closed-banner" role="note">
          {scoringNotOpenText(cycle, localDayOf(new Date()))}
        </p>
      ) : (
        <section className="panel distribution" aria-label="Band distribution">
          <h3>This quarter</h3>
          <ul className="distribution__bands">
            {BANDS.map((band) => (
              <li key={band} className={`distribution__band score--${BAND_TONE[band]}`}>
                <strong>{distribution[band]}</strong>
                <span>{BAND_INFO[band].range}</span>
              </li>
            ))}
          </ul>
          {verdicts.length > 0 && (
            <ul className="distribution__verdicts">
              {verdicts.map((v) => (
                <li key={v.kind}>{v.text}</li>
              ))}
            </ul>
          )}
          <p className="muted">
            {unscored === 0
              ? 'Every key result has a score.'
              : `${formatCount(unscored, 'key result')} not scored yet: each one says why below.`}
          </p>
        </section>
      )}

      {objectives.map((o) => {
        const own = keyResults.filter((kr) => kr.objectiveId === o.id);
        if (own.length === 0) return null;
        const summary = objectiveScoreSummary(own, checkIns);
        const { score } = summary;
        // Unscored key results are left out of the score: say what it stands on.
        const from = scoredFromText(summary) ?? undefined;
        const expectation = expectationFor(o.kind);
        return (
          <section key={o.id} className="panel" aria-label={`Scores of ${o.title}`}>
            <header className="objective-progress__header objective-score__header">
              <h3>{o.title}</h3>
              <span className="muted">{expectation.label}</span>
              {score === null ? (
                <span className="muted">Not scored yet</span>
              ) : isProvisional ? (
                <ProvisionalScore score={score} detail={from} />
              ) : (
                <ScoreBadge score={score} kind={o.kind} detail={from} />
              )}
            </header>
            <TableScroll label={`Key results of ${o.title} and their scores`}>
              <table className="table table--compact score-table">
                <caption className="visually-hidden">Key result scores of {o.title}</caption>
                <colgroup>
                  <col className="score-table__kr" />
                  <col className="score-table__final" />
                  <col className="score-table__computed" />
                  <col className="score-table__override" />
                  <col className="score-table__weight" />
                  <col className="score-table__score" />
                </colgroup>
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
                  {own.map((kr) =>
                    isProvisional ? (
                      <ProvisionalRow key={kr.id} keyResult={kr} checkIns={checkIns} />
                    ) : (
                      <ScoreRow
                        key={kr.id}
                        keyResult={kr}
                        kind={o.kind}
                        checkIns={checkIns}
                        lineage={lineage[kr.id]}
                      />
                    ),
                  )}
                </tbody>
              </table>
            </TableScroll>
          </section>
        );
      })}

      {cycle.phase === 'scoring' ? (
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
            {phaseMoveLabel('retrospective')}
          </button>
          <FormError message={toRetro.error ? errorMessage(toRetro.error) : null} />
        </div>
      ) : null}
      <EffortPanel cycle={cycle} phase="scoring" />
    </section>
  );
}
