import { formatScore } from '@shared/domain/format';
import { BAND_INFO, bandOf } from '@shared/domain/scoring/bands';

/** A score to one decimal, coloured by its band, with the band's name beside it. */
export function ScoreBadge({ score, detail }: { score: number; detail?: string | undefined }) {
  const band = bandOf(score);
  return (
    <span className={`score score--${band}`}>
      <strong>{formatScore(score)}</strong> <span>{BAND_INFO[band].label}</span>
      {detail && <span className="score__detail"> ({detail})</span>}
    </span>
  );
}
