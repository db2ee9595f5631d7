import type { CheckIn, KeyResult } from '@shared/domain';
import { latestMeasuredCheckIn } from '@shared/domain/checkins/history';
import {
  formatBaselineToTarget,
  formatNumber,
  formatScore,
  formatValue,
} from '@shared/domain/format';
import { keyResultScore } from '@shared/domain/scoring/score';
import { ProvisionalScore } from './ScoreBadge';

/**
 * One key result on the Scoring screen while the quarter is still in Check-ins: its latest
 * measured value and a provisional reading, nothing to type and no verdict. Scoring proper, with
 * the final value, overrides and weights, opens with the Scoring phase.
 */
export function ProvisionalRow({
  keyResult: kr,
  checkIns,
}: {
  keyResult: KeyResult;
  checkIns: CheckIn[];
}) {
  const measured = latestMeasuredCheckIn(kr.id, checkIns);
  const { computed } = keyResultScore(kr, checkIns);
  return (
    <tr className="score-row">
      <th scope="row">
        <span className="score-row__title">{kr.title}</span>
        <span className="score-row__range">
          {kr.isMilestone
            ? 'Milestone: done or not'
            : formatBaselineToTarget(kr.baseline, kr.target, kr.unit)}
        </span>
      </th>
      <td>{measured?.value == null ? '—' : `${formatValue(measured.value, kr.unit)} (latest)`}</td>
      <td>{computed === null ? '—' : formatScore(computed)}</td>
      <td>—</td>
      <td>{formatNumber(kr.weight)}</td>
      <td className="score-row__score">
        {computed === null ? (
          <span className="muted">No reading yet</span>
        ) : (
          <ProvisionalScore score={computed} />
        )}
      </td>
    </tr>
  );
}
