import { latestCheckIn } from '@shared/domain/checkins/history';
import { RULE_LABEL } from '@shared/domain/coach/catalog';
import { BAND_INFO } from '@shared/domain/scoring/bands';
import {
  calibrationHistory,
  historyFindings,
  type HistoryFinding,
  type QuarterScores,
} from '@shared/domain/scoring/calibration';
import { keyResultScore } from '@shared/domain/scoring/score';
import { useTeamHistory } from '../../db/hooks';

const percent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

/** The team's scored quarters, oldest first, with what their pattern says. */
export function useCalibration(teamId: string) {
  const history = useTeamHistory(teamId);
  if (!history) return undefined;
  const quarters: QuarterScores[] = history.map(({ cycle, keyResults, checkIns }) => ({
    cycleId: cycle.id,
    label: cycle.label,
    startDate: cycle.startDate,
    scores: keyResults.map((kr) => ({
      keyResultId: kr.id,
      score: keyResultScore(kr, checkIns).score,
      lastConfidence: latestCheckIn(kr.id, checkIns)?.confidence ?? null,
    })),
  }));
  const rows = calibrationHistory(quarters).filter((q) => q.scored > 0);
  return { rows, findings: historyFindings(rows) };
}

/** History findings (sandbagging, disconnected) in the coach's look. */
export function HistoryFindingList({ findings }: { findings: HistoryFinding[] }) {
  return (
    <ul className="findings">
      {findings.map((f) => (
        <li key={f.rule} className="finding finding--warning">
          <div className="finding__head">
            <span className="severity severity--warning">Worth a look</span>
            <span className="finding__rule">{RULE_LABEL[f.rule]}</span>
          </div>
          <p className="finding__message">{f.message}</p>
          <p className="finding__why">{f.why}</p>
          <p className="finding__suggestion">
            <strong>Better: </strong>
            {f.suggestion}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** How the team's scores ran across quarters, and whether its confidence predicted them. */
export function CalibrationPanel({ teamId }: { teamId: string }) {
  const calibration = useCalibration(teamId);
  if (!calibration) return null;
  const { rows, findings } = calibration;
  return (
    <section className="panel calibration" aria-labelledby="calibration-heading">
      <h3 id="calibration-heading">Calibration across quarters</h3>
      {rows.length === 0 ? (
        <p className="muted">
          No scored quarters yet. After scoring, this shows whether targets are set too low or too
          high.
        </p>
      ) : (
        <table className="table table--compact">
          <caption className="visually-hidden">Scores and confidence by quarter</caption>
          <thead>
            <tr>
              <th scope="col">Quarter</th>
              <th scope="col">Average score</th>
              <th scope="col">At {BAND_INFO.perfect.range}</th>
              <th scope="col">At {BAND_INFO.failed.range}</th>
              <th scope="col">Confidence vs score</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((q) => (
              <tr key={q.cycleId}>
                <th scope="row">{q.label}</th>
                <td>{q.averageScore === null ? '—' : q.averageScore.toFixed(2)}</td>
                <td>{percent(q.shareAtOne)}</td>
                <td>{percent(q.shareAtOrBelow03)}</td>
                <td>
                  {q.confidenceError === null
                    ? 'No confidence recorded'
                    : `Off by ${Math.round(q.confidenceError * 100)} points on average`}
                  {q.confidenceCorrelation !== null &&
                    ` · r = ${q.confidenceCorrelation.toFixed(2)}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {findings.length > 0 && <HistoryFindingList findings={findings} />}
    </section>
  );
}
