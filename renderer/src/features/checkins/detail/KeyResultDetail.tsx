import { useState } from 'react';
import type { CheckIn, Cycle, KeyResult, Objective } from '@shared/domain';
import { localDayOf } from '@shared/domain/calendar';
import { atRiskReasons } from '@shared/domain/checkins/atRisk';
import { checkInsFor, newestVersion } from '@shared/domain/checkins/history';
import { paceOf } from '@shared/domain/checkins/progress';
import { confidenceChart, keyResultChartData, keyResultValueChart } from '@shared/charts/krCharts';
import { formatValue } from '@shared/domain/format';
import { useUiStore } from '../../../state/uiStore';
import { Chart } from '../../../components/chart/Chart';
import { useChartSize } from '../../../components/chart/useChartSize';
import { CheckInHistory } from './CheckInHistory';
import { CorrectCheckInDialog } from './CorrectCheckInDialog';

type KeyResultDetailProps = {
  cycle: Cycle;
  keyResult: KeyResult;
  objectives: Objective[];
  checkIns: CheckIn[];
};

const PACE_LABELS = {
  ahead: 'Ahead of the path',
  'on-track': 'On track',
  behind: 'Behind the path',
  'no-data': 'Not measured yet',
};

/** One key result's quarter: value against the expected path, confidence, and every check-in. */
export function KeyResultDetail({
  cycle,
  keyResult: kr,
  objectives,
  checkIns,
}: KeyResultDetailProps) {
  const showCheckIns = useUiStore((s) => s.showCheckIns);
  const [correcting, setCorrecting] = useState<CheckIn | null>(null);
  // Charts are built at the size they get, so their labels keep a readable size; a short window
  // gets shorter charts, so the check-in history below them is not pushed out of reach.
  const { ref: valueBoxRef, width: valueWidth, height } = useChartSize<HTMLElement>(560);
  const { ref: confidenceBoxRef, width: confidenceWidth } = useChartSize<HTMLElement>(560);
  const today = localDayOf(new Date());
  const history = checkInsFor(kr.id, checkIns);
  const latest = history.at(-1) ?? null;
  const pace = paceOf(kr, cycle, latest, today);
  const reasons = atRiskReasons(kr, cycle, history, today);
  const objective = objectives.find((o) => o.id === kr.objectiveId);
  const valueModel = keyResultValueChart({
    ...keyResultChartData(kr, cycle, checkIns),
    today,
    width: valueWidth,
    height,
  });
  const confidenceModel = confidenceChart({
    title: `Confidence: ${kr.metric || kr.title}`,
    start: cycle.startDate,
    end: cycle.endDate,
    points: history.map((c) => ({ date: c.date, value: c.confidence })),
    today,
    width: confidenceWidth,
    height,
  });

  return (
    <section className="kr-detail" aria-labelledby="kr-detail-heading">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <button
          type="button"
          className="link-button"
          onClick={() => showCheckIns({ kind: 'home' })}
        >
          ← Check-ins
        </button>
      </nav>
      <header className="kr-detail__header">
        <p className="meeting__eyebrow">{objective?.title}</p>
        <h2 id="kr-detail-heading">{kr.title}</h2>
        <dl className="facts">
          <div>
            <dt>Baseline → target</dt>
            <dd>
              {kr.baseline == null ? '—' : formatValue(kr.baseline, kr.unit)} →{' '}
              {kr.target == null ? '—' : formatValue(kr.target, kr.unit)}
            </dd>
          </div>
          <div>
            <dt>Latest</dt>
            <dd>{latest?.value == null ? '—' : formatValue(latest.value, kr.unit)}</dd>
          </div>
          <div>
            <dt>Confidence</dt>
            <dd>{latest ? `${latest.confidence}%` : '—'}</dd>
          </div>
          <div>
            <dt>Pace</dt>
            <dd>
              {PACE_LABELS[pace.status]}
              {pace.progress !== null &&
                ` · ${Math.round(pace.progress * 100)}% of the way (expected ${Math.round(pace.expected * 100)}%)`}
            </dd>
          </div>
        </dl>
        {reasons.length > 0 && (
          <ul className="kr-detail__risks" aria-label="Why this key result is at risk">
            {reasons.map((r) => (
              <li key={r.kind}>{r.message}</li>
            ))}
          </ul>
        )}
      </header>
      <div className="kr-detail__charts">
        <figure className="panel" ref={valueBoxRef}>
          <Chart model={valueModel} />
        </figure>
        <figure className="panel" ref={confidenceBoxRef}>
          <Chart model={confidenceModel} />
        </figure>
      </div>
      <CheckInHistory keyResult={kr} history={history} all={checkIns} onCorrect={setCorrecting} />
      {correcting && (
        <CorrectCheckInDialog
          // As the database has it now: a correction made meanwhile elsewhere is news to the form.
          checkIn={newestVersion(correcting, checkIns)}
          keyResult={kr}
          onClose={() => setCorrecting(null)}
        />
      )}
    </section>
  );
}
