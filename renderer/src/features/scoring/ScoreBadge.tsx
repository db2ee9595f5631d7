import type { ObjectiveKind } from '@shared/domain';
import { formatScore } from '@shared/domain/format';
import { BAND_INFO } from '@shared/domain/scoring/bands';
import { judgeScore } from '@shared/domain/scoring/judgement';
import { PROVISIONAL_LABEL } from '@shared/domain/phaseMoves';

type ScoreBadgeProps = {
  score: number;
  /** Judged by its objective's kind: a committed 0.8 is a near miss, an aspirational one success. */
  kind: ObjectiveKind;
  isMilestone?: boolean;
  detail?: string | undefined;
  /** Shows the judgement's sentence under the badge. */
  hasMeaning?: boolean;
};

/**
 * A score to one decimal in its band's colour (the same colour as the band summary and the
 * exports), then the verdict for its kind of objective in words: a committed 0.6 is amber like
 * every 0.6, and says "Missed" beside it rather than in a second colour.
 */
export function ScoreBadge({ score, kind, isMilestone, detail, hasMeaning }: ScoreBadgeProps) {
  const judgement = judgeScore(score, kind, { isMilestone: isMilestone ?? false });
  const band = BAND_INFO[judgement.band];
  return (
    <>
      <span className="score-badge">
        <span className={`score score--${judgement.tone}`} title={`${band.label} (${band.range})`}>
          <strong>{formatScore(score)}</strong>
        </span>{' '}
        <span className="score__verdict">{judgement.label}</span>
        {detail && <span className="score__detail"> ({detail})</span>}
      </span>
      {hasMeaning && <span className="score-row__meaning">{judgement.meaning}</span>}
    </>
  );
}

/**
 * A reading before scoring opens: the number and the word "provisional", in no band's colour and
 * with no verdict, so a 0.2 in the middle of a quarter is not read as a failure.
 */
export function ProvisionalScore({
  score,
  detail,
}: {
  score: number;
  detail?: string | undefined;
}) {
  return (
    <span className="score score--provisional">
      <strong>{formatScore(score)}</strong> <span>{PROVISIONAL_LABEL}</span>
      {detail && <span className="score__detail"> ({detail})</span>}
    </span>
  );
}
