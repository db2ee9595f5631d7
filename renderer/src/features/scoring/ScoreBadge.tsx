import type { ObjectiveKind } from '@shared/domain';
import { formatScore } from '@shared/domain/format';
import { judgeScore } from '@shared/domain/scoring/judgement';

type ScoreBadgeProps = {
  score: number;
  /** Judged by its objective's kind: a committed 0.8 is a near miss, an aspirational one success. */
  kind: ObjectiveKind;
  isMilestone?: boolean;
  detail?: string | undefined;
  /** Shows the judgement's sentence under the badge. */
  hasMeaning?: boolean;
};

/** A score to one decimal, coloured and named by what it means for its kind of objective. */
export function ScoreBadge({ score, kind, isMilestone, detail, hasMeaning }: ScoreBadgeProps) {
  const judgement = judgeScore(score, kind, { isMilestone: isMilestone ?? false });
  return (
    <>
      <span className={`score score--${judgement.tone}`}>
        <strong>{formatScore(score)}</strong> <span>{judgement.label}</span>
        {detail && <span className="score__detail"> ({detail})</span>}
      </span>
      {hasMeaning && <span className="score-row__meaning">{judgement.meaning}</span>}
    </>
  );
}
