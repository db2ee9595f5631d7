import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { CheckIn, KeyResult } from '@shared/domain';
import { BAND_INFO, bandOf } from '@shared/domain/scoring/bands';
import { keyResultScore, OVERRIDE_SCORES, scoringProblem } from '@shared/domain/scoring/score';
import { numberOrNull, parseNumber } from '@shared/domain/numbers';
import { latestMeasuredCheckIn } from '@shared/domain/checkins/history';
import { formatScore, formatValue } from '@shared/domain/format';
import { updateScoring } from '../../db/repositories/scoring';
import { errorMessage } from '../../lib/formErrors';
import { ScoreBadge } from './ScoreBadge';

const OVERRIDE_OPTIONS = OVERRIDE_SCORES.map(formatScore);

type ScoreRowProps = {
  keyResult: KeyResult;
  checkIns: CheckIn[];
  lineage?: { from?: string; to?: string };
};

/** One KR's score: final value, computed score, an optional override with its reason, and weight. */
export function ScoreRow({ keyResult: kr, checkIns, lineage }: ScoreRowProps) {
  const measured = latestMeasuredCheckIn(kr.id, checkIns);
  const [finalValue, setFinalValue] = useState(kr.finalValue == null ? '' : String(kr.finalValue));
  const [override, setOverride] = useState(
    kr.scoreOverride == null ? '' : formatScore(kr.scoreOverride),
  );
  const [reason, setReason] = useState(kr.scoreOverrideReason);
  const [weight, setWeight] = useState(String(kr.weight));
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: updateScoring.bind(null, kr.id),
    onSuccess: () => setError(null),
    onError: (e) => setError(errorMessage(e)),
  });
  const score = keyResultScore(kr, checkIns);

  const commit = (event?: FormEvent) => {
    event?.preventDefault();
    const parsed = parseNumber(finalValue);
    if (!parsed.ok)
      return setError(`The final value must be a number${kr.unit ? ` in ${kr.unit}` : ''}.`);
    const value = parsed.value;
    // An empty or unreadable weight is out of range, so the range's message explains it.
    const w = numberOrNull(weight) ?? Number.NaN;
    const o = numberOrNull(override);
    const problem = scoringProblem({ weight: w, scoreOverride: o, scoreOverrideReason: reason });
    if (problem) return setError(problem);
    const unchanged =
      value === kr.finalValue &&
      o === kr.scoreOverride &&
      w === kr.weight &&
      (o === null || reason === kr.scoreOverrideReason);
    if (unchanged) return setError(null);
    save.mutate({
      finalValue: value,
      scoreOverride: o,
      scoreOverrideReason: o === null ? '' : reason,
      weight: w,
    });
  };

  return (
    <tr className="score-row">
      <th scope="row">
        <span className="score-row__title">{kr.title}</span>
        <span className="score-row__range">
          {kr.isMilestone
            ? 'Milestone: done or not'
            : `${kr.baseline == null ? '—' : formatValue(kr.baseline, kr.unit)} → ${kr.target == null ? '—' : formatValue(kr.target, kr.unit)}`}
          {lineage?.from && ` · carried from ${lineage.from}`}
          {lineage?.to && ` · carried into ${lineage.to}`}
        </span>
        {error && (
          <span className="field__error" role="alert">
            {error}
          </span>
        )}
      </th>
      <td>
        <form onSubmit={commit} className="score-row__form">
          <input
            aria-label={`Final value of ${kr.title}`}
            inputMode="decimal"
            value={finalValue}
            placeholder={measured?.value == null ? '' : String(measured.value)}
            onChange={(e) => setFinalValue(e.target.value)}
            onBlur={() => commit()}
          />
        </form>
      </td>
      <td className="score-row__computed">
        {score.computed === null ? '—' : formatScore(score.computed)}
      </td>
      <td>
        <form onSubmit={commit} className="score-row__form score-row__override">
          <select
            aria-label={`Override score of ${kr.title}`}
            value={override}
            onChange={(e) => setOverride(e.target.value)}
            onBlur={() => override === '' && commit()}
          >
            <option value="">Computed</option>
            {OVERRIDE_OPTIONS.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
          {override !== '' && (
            <input
              aria-label={`Reason for overriding ${kr.title}`}
              placeholder="Why? (required)"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              onBlur={() => commit()}
            />
          )}
        </form>
      </td>
      <td>
        <form onSubmit={commit} className="score-row__form">
          <input
            aria-label={`Weight of ${kr.title}`}
            className="score-row__weight"
            inputMode="decimal"
            value={weight}
            onChange={(e) => setWeight(e.target.value)}
            onBlur={() => commit()}
          />
        </form>
      </td>
      <td>
        {score.score === null ? (
          <span className="muted">No final value</span>
        ) : (
          <ScoreBadge
            score={score.score}
            detail={
              score.isOverridden
                ? `computed ${score.computed === null ? '—' : formatScore(score.computed)}`
                : undefined
            }
          />
        )}
        {score.score !== null && (
          <span className="score-row__meaning">{BAND_INFO[bandOf(score.score)].meaning}</span>
        )}
      </td>
    </tr>
  );
}
