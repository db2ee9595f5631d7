import { type FormEvent, type KeyboardEvent, useId } from 'react';
import { useWatch } from 'react-hook-form';
import type { CheckIn, KeyResult, ObjectiveKind } from '@shared/domain';
import { keyResultScore, OVERRIDE_SCORES } from '@shared/domain/scoring/score';
import { latestMeasuredCheckIn } from '@shared/domain/checkins/history';
import { describeProposal } from '@shared/domain/coach/rules/consistency';
import { proposeFieldsFromText } from '@shared/domain/coach/text/fields';
import { formatBaselineToTarget, formatScore } from '@shared/domain/format';
import { ChangedElsewhereNotice } from '../../components/conflict/ChangedElsewhereNotice';
import { ConflictDialog } from '../../components/conflict/ConflictDialog';
import { isNearLimit, LengthCounter } from '../../components/Field';
import type { Lineage } from '../../db/hooks';
import { type RecordForm, useRecordForm } from '../../lib/forms/useRecordForm';
import { QuarterLink } from '../cycles/QuarterLink';
import { ScoreBadge } from './ScoreBadge';
import { scoringFormSchema, scoringToForm } from './scoringForm';
import { useApplySuggestion } from '../setting/coach/coachMutations';
import { useSaveScoring } from './scoringMutations';

const OVERRIDE_OPTIONS = OVERRIDE_SCORES.map(formatScore);

/** How many columns the scoring table has, for the override's own row beneath a key result. */
export const SCORE_COLUMNS = 6;

type ScoreRowProps = {
  keyResult: KeyResult;
  kind: ObjectiveKind;
  checkIns: CheckIn[];
  lineage?: Lineage[string] | undefined;
};

/**
 * One KR's score: final value, computed score, an optional override and weight; an override's
 * reason gets a row of its own beneath, wide enough to write and read it.
 */
export function ScoreRow({ keyResult: kr, kind, checkIns, lineage }: ScoreRowProps) {
  const measured = latestMeasuredCheckIn(kr.id, checkIns);
  const scoring = useRecordForm({
    schema: scoringFormSchema,
    record: kr,
    toValues: scoringToForm,
    save: useSaveScoring(),
  });
  const { register, formState, control } = scoring.form;
  const override = useWatch({ control, name: 'scoreOverride' });
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
    errors.weight?.message ??
    scoring.saveError;

  return (
    <>
      <tr className={override === '' ? 'score-row' : 'score-row score-row--overridden'}>
        <th scope="row">
          <span className="score-row__title">{kr.title}</span>
          <span className="score-row__range">
            {kr.isMilestone
              ? 'Milestone: done or not'
              : formatBaselineToTarget(kr.baseline, kr.target, kr.unit)}
            {lineage?.from && (
              <>
                {' · '}
                <QuarterLink
                  quarter={lineage.from}
                >{`carried from ${lineage.from.label}`}</QuarterLink>
              </>
            )}
            {lineage?.to && (
              <>
                {' · '}
                <QuarterLink quarter={lineage.to}>{`carried into ${lineage.to.label}`}</QuarterLink>
              </>
            )}
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
        <td className="score-row__final">
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
          <form onSubmit={onSubmit} className="score-row__form" noValidate>
            <select
              aria-label={`Override score of ${kr.title}`}
              aria-invalid={Boolean(errors.scoreOverride)}
              {...register('scoreOverride', {
                // With an override chosen, its reason comes first; back to computed saves at once.
                onBlur: () => override === '' && commit(),
              })}
            >
              {/* Labels as attributes, not text: the same names, half the nodes in a 20-row table. */}
              <option value="" label="Computed" />
              {OVERRIDE_OPTIONS.map((o) => (
                <option key={o} value={o} label={o} />
              ))}
            </select>
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
        <td className="score-row__score">
          {score.score === null ? (
            <Unscorable keyResult={kr} reason={score.unscorable?.message ?? null} />
          ) : (
            <ScoreBadge
              score={score.score}
              kind={kind}
              isMilestone={kr.isMilestone}
              hasMeaning
              detail={
                score.isOverridden
                  ? `computed ${score.computed === null ? '—' : formatScore(score.computed)}`
                  : undefined
              }
            />
          )}
        </td>
      </tr>
      {override !== '' && (
        <tr className="score-row__reason-row">
          <td colSpan={SCORE_COLUMNS}>
            <OverrideReason title={kr.title} scoring={scoring} onSave={commit} />
          </td>
        </tr>
      )}
    </>
  );
}

/**
 * The reason for an override, in its own row under the key result: a full-width field that shows
 * the whole reason, with its limit's counter and its message beside it. It saves when left;
 * Enter saves too (Shift+Enter for a new line).
 */
function OverrideReason({
  title,
  scoring,
  onSave,
}: {
  title: string;
  scoring: RecordForm<typeof scoringFormSchema>;
  onSave: () => void;
}) {
  const id = useId();
  const countId = `${id}-count`;
  const errorId = `${id}-error`;
  const { register, control, formState } = scoring.form;
  const reason = useWatch({ control, name: 'scoreOverrideReason' });
  const limit = scoring.limits.scoreOverrideReason;
  const count = { length: reason.trim().length, limit: limit ?? Infinity };
  const showCount = limit !== undefined && isNearLimit(count);
  const error = formState.errors.scoreOverrideReason?.message;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      void scoring.submit();
    }
  };
  return (
    <form className="score-row__reason" noValidate onSubmit={(e) => void scoring.submit(e)}>
      <label htmlFor={id}>
        Reason for overriding {title} <span className="muted">(required)</span>
      </label>
      <textarea
        id={id}
        rows={2}
        aria-invalid={Boolean(error)}
        aria-describedby={
          [showCount ? countId : null, error ? errorId : null].filter(Boolean).join(' ') ||
          undefined
        }
        placeholder="What the computed score misses, e.g. the rise came from a pricing change"
        onKeyDown={onKeyDown}
        {...register('scoreOverrideReason', { onBlur: onSave })}
      />
      {showCount && <LengthCounter id={countId} count={count} />}
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/** Why a key result has no score yet, with the one-click fix when its title has the numbers. */
function Unscorable({ keyResult, reason }: { keyResult: KeyResult; reason: string | null }) {
  // The same fix as the coach's, through the same path: title and fields kept in step, Undo.
  const fill = useApplySuggestion();
  const proposal = keyResult.isMilestone ? null : proposeFieldsFromText(keyResult);
  // What the click will set, said before it is clicked.
  const willSet = proposal ? describeProposal(proposal, keyResult.unit) : '';
  return (
    <div className="score-row__unscorable">
      <span className="muted">{reason ?? 'Not scored yet.'}</span>
      {proposal && willSet !== '' && (keyResult.baseline === null || keyResult.target === null) && (
        <span className="score-row__fill">
          <span>The title says {willSet}.</span>
          <button
            type="button"
            className="button button--small"
            onClick={() => fill.mutate({ keyResultId: keyResult.id, patch: proposal })}
            disabled={fill.isPending}
            aria-label={`Fill from the title: ${keyResult.title}`}
          >
            Fill from the title
          </button>
        </span>
      )}
    </div>
  );
}
