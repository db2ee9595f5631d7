import { type FormEvent, useId } from 'react';
import { useWatch } from 'react-hook-form';
import type { CheckIn, KeyResult } from '@shared/domain';
import { BAND_INFO, bandOf } from '@shared/domain/scoring/bands';
import { keyResultScore, OVERRIDE_SCORES } from '@shared/domain/scoring/score';
import { latestMeasuredCheckIn } from '@shared/domain/checkins/history';
import { formatScore, formatValue } from '@shared/domain/format';
import { ChangedElsewhereNotice } from '../../components/conflict/ChangedElsewhereNotice';
import { ConflictDialog } from '../../components/conflict/ConflictDialog';
import { isNearLimit, LengthCounter } from '../../components/Field';
import { useRecordForm } from '../../lib/forms/useRecordForm';
import { ScoreBadge } from './ScoreBadge';
import { scoringFormSchema, scoringToForm } from './scoringForm';
import { useSaveScoring } from './scoringMutations';

const OVERRIDE_OPTIONS = OVERRIDE_SCORES.map(formatScore);

type ScoreRowProps = {
  keyResult: KeyResult;
  checkIns: CheckIn[];
  lineage?: { from?: string; to?: string };
};

/** One KR's score: final value, computed score, an optional override with its reason, and weight. */
export function ScoreRow({ keyResult: kr, checkIns, lineage }: ScoreRowProps) {
  const measured = latestMeasuredCheckIn(kr.id, checkIns);
  const scoring = useRecordForm({
    schema: scoringFormSchema,
    record: kr,
    toValues: scoringToForm,
    save: useSaveScoring(),
  });
  const { register, formState, control } = scoring.form;
  const override = useWatch({ control, name: 'scoreOverride' });
  const reason = useWatch({ control, name: 'scoreOverrideReason' });
  const reasonCountId = useId();
  const reasonLimit = scoring.limits.scoreOverrideReason;
  const reasonCount = { length: reason.trim().length, limit: reasonLimit ?? Infinity };
  const showReasonCount = reasonLimit !== undefined && isNearLimit(reasonCount);
  const score = keyResultScore(kr, checkIns);
  // Each field saves when it is left, once something changed; Enter saves too.
  const commit = () => {
    if (scoring.form.formState.isDirty) void scoring.submit();
  };
  const onSubmit = (event: FormEvent) => void scoring.submit(event);
  const { errors } = formState;
  const error =
    errors.finalValue?.message ??
    errors.scoreOverride?.message ??
    errors.scoreOverrideReason?.message ??
    errors.weight?.message ??
    scoring.saveError;

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
        {/* Only while edits here wait to be saved: a row that just shows the new score says nothing. */}
        <ChangedElsewhereNotice
          change={scoring.changedElsewhere?.outcome === 'kept' ? scoring.changedElsewhere : null}
        />
        {scoring.conflict && <ConflictDialog conflict={scoring.conflict} />}
      </th>
      <td>
        <form onSubmit={onSubmit} className="score-row__form" noValidate>
          <input
            aria-label={`Final value of ${kr.title}`}
            aria-invalid={Boolean(errors.finalValue)}
            inputMode="decimal"
            placeholder={measured?.value == null ? '' : String(measured.value)}
            {...register('finalValue', { onBlur: commit })}
          />
        </form>
      </td>
      <td className="score-row__computed">
        {score.computed === null ? '—' : formatScore(score.computed)}
      </td>
      <td>
        <form onSubmit={onSubmit} className="score-row__form score-row__override" noValidate>
          <select
            aria-label={`Override score of ${kr.title}`}
            aria-invalid={Boolean(errors.scoreOverride)}
            {...register('scoreOverride', {
              // With an override chosen, its reason comes first; back to computed saves at once.
              onBlur: () => override === '' && commit(),
            })}
          >
            <option value="">Computed</option>
            {OVERRIDE_OPTIONS.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
          {override !== '' && (
            <>
              <input
                aria-label={`Reason for overriding ${kr.title}`}
                aria-invalid={Boolean(errors.scoreOverrideReason)}
                aria-describedby={showReasonCount ? reasonCountId : undefined}
                placeholder="Why? (required)"
                {...register('scoreOverrideReason', { onBlur: commit })}
              />
              {showReasonCount && <LengthCounter id={reasonCountId} count={reasonCount} />}
            </>
          )}
        </form>
      </td>
      <td>
        <form onSubmit={onSubmit} className="score-row__form" noValidate>
          <input
            aria-label={`Weight of ${kr.title}`}
            aria-invalid={Boolean(errors.weight)}
            className="score-row__weight"
            inputMode="decimal"
            {...register('weight', { onBlur: commit })}
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
