import { useMemo } from 'react';
import type { CheckIn, Cycle, KeyResult, Objective } from '@shared/domain';
import { localDayOf } from '@shared/domain/calendar';
import { atRiskList, CONFIDENCE_DROP, LOW_CONFIDENCE } from '@shared/domain/checkins/atRisk';
import { averageConfidence } from '@shared/domain/checkins/confidence';
import { effectiveCheckIns } from '@shared/domain/checkins/history';
import { objectiveProgress } from '@shared/domain/checkins/progress';
import { dueStatus, keyResultDueStatus } from '@shared/domain/checkins/schedule';
import { formatDate, formatValue } from '@shared/domain/format';
import { EmptyState } from '../../components/EmptyState';
import { useUiStore } from '../../state/uiStore';
import { KeyResultLink } from './KeyResultLink';
import { useStartingConfidences } from '../../db/workshopHooks';
import { EffortPanel } from '../workshop/effort/EffortPanel';
import { BlockersList } from './BlockersList';
import { CheckinsBanner } from './CheckinsBanner';
import type { Meeting } from './meeting/meetingDraft';
import { ProgressBar } from './ProgressBar';

type CheckinsHomeProps = {
  cycle: Cycle;
  objectives: Objective[];
  keyResults: KeyResult[];
  checkIns: CheckIn[];
  meeting: Meeting | null;
};

/** The quarter at a glance: is a check-in due, how each objective is doing, and what is at risk. */
export function CheckinsHome({
  cycle,
  objectives,
  keyResults,
  checkIns,
  meeting,
}: CheckinsHomeProps) {
  const requestSetting = useUiStore((s) => s.requestSetting);
  const today = localDayOf(new Date());
  const effective = useMemo(() => effectiveCheckIns(checkIns), [checkIns]);
  // Each row's history, read from its own check-ins: one pass over the quarter's, not two per row.
  const byKeyResult = useMemo(() => groupByKeyResult(checkIns), [checkIns]);
  const effectiveByKeyResult = useMemo(() => groupByKeyResult(effective), [effective]);
  const status = dueStatus(cycle, [...new Set(effective.map((c) => c.date))], today);
  const atRisk = atRiskList(keyResults, cycle, checkIns, today);
  // The confidence a planning workshop agreed, shown until the first check-in.
  const starting = useStartingConfidences(keyResults.map((kr) => kr.id));

  if (keyResults.length === 0) {
    return (
      <EmptyState
        title="No key results to check in on"
        action={
          // Straight to what is missing: the objectives first, else their key results.
          <button
            type="button"
            className="button button--primary"
            onClick={() =>
              requestSetting({ step: objectives.length === 0 ? 'objectives' : 'key-results' })
            }
          >
            {objectives.length === 0 ? 'Go to objectives' : 'Go to key results'}
          </button>
        }
      >
        <p>
          Check-ins walk through each key result of the quarter.{' '}
          {objectives.length === 0
            ? `${cycle.label} has no objectives yet: write them and their key results in Setting first.`
            : `The objectives of ${cycle.label} have no key results yet: add them in Setting first.`}
        </p>
      </EmptyState>
    );
  }

  return (
    <section className="checkins" aria-labelledby="checkins-heading">
      <CheckinsBanner
        cycle={cycle}
        status={status}
        keyResultIds={keyResults.map((kr) => kr.id)}
        meeting={meeting}
        today={today}
      />

      <div className="checkins__grid">
        <section className="panel" aria-labelledby="at-risk-heading">
          <h3 id="at-risk-heading">At risk</h3>
          {atRisk.length === 0 ? (
            <p className="muted">
              Nothing at risk: no key result is below {LOW_CONFIDENCE}% confidence, has dropped{' '}
              {CONFIDENCE_DROP} points, or is well behind its path.
            </p>
          ) : (
            <ul className="at-risk">
              {atRisk.map((item) => {
                const kr = keyResults.find((k) => k.id === item.keyResultId);
                if (!kr) return null;
                return (
                  <li key={item.keyResultId}>
                    <KeyResultLink keyResult={kr} />
                    <ul className="at-risk__reasons">
                      {item.reasons.map((r) => (
                        <li key={r.kind}>{r.message}</li>
                      ))}
                    </ul>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        <BlockersList cycleId={cycle.id} keyResults={keyResults} checkIns={checkIns} />
      </div>
      <EffortPanel cycle={cycle} phase="checkins" />

      {objectives.map((o) => {
        const own = keyResults.filter((kr) => kr.objectiveId === o.id);
        if (own.length === 0) return null;
        // The objective's share of the quarter's effective check-ins gives the same figure as
        // all of them (they are their own effective check-ins), with less to sort.
        const progress = objectiveProgress(
          own,
          own.flatMap((kr) => effectiveByKeyResult.get(kr.id) ?? []),
        );
        const confidence = averageConfidence(
          own.map((kr) => kr.id),
          checkIns,
        );
        return (
          <section
            key={o.id}
            className="panel objective-progress"
            aria-label={`Progress of ${o.title}`}
          >
            <header className="objective-progress__header">
              <h3>{o.title}</h3>
              <ProgressBar value={progress} label={`Progress of ${o.title}`} />
              <span className="objective-progress__confidence">
                {confidence === null ? 'No check-ins yet' : `${confidence}% confident`}
              </span>
            </header>
            <table className="table table--compact">
              <caption className="visually-hidden">Key results of {o.title}</caption>
              <thead>
                <tr>
                  <th scope="col">Key result</th>
                  <th scope="col">Latest</th>
                  <th scope="col">Target</th>
                  <th scope="col">Confidence</th>
                  <th scope="col">Check-in</th>
                </tr>
              </thead>
              <tbody>
                {own.map((kr) => {
                  // What checkInsFor and latestMeasuredCheckIn answer, from the row's own.
                  const history = effectiveCheckIns(byKeyResult.get(kr.id) ?? []);
                  const last = history.at(-1) ?? null;
                  // A check-in without a value skipped measuring: the last measured value stands.
                  const measured = history.findLast((c) => c.value !== null) ?? null;
                  const due = keyResultDueStatus(cycle, history, today);
                  return (
                    <tr key={kr.id}>
                      <td>
                        <KeyResultLink keyResult={kr} />
                      </td>
                      <td>
                        {measured?.value == null ? '—' : formatValue(measured.value, kr.unit)}
                        {last && last !== measured && measured && (
                          <span className="muted"> (not measured {formatDate(last.date)})</span>
                        )}
                      </td>
                      <td>{kr.target == null ? '—' : formatValue(kr.target, kr.unit)}</td>
                      <td>
                        {last
                          ? `${last.confidence}%`
                          : starting?.has(kr.id)
                            ? `${starting.get(kr.id)}% at start`
                            : '—'}
                      </td>
                      <td className={`due due--${due.state}`}>
                        {last ? `Last ${formatDate(last.date)}` : 'Never'}
                        {(due.state === 'due' || due.state === 'overdue') && (
                          <span className="due__flag"> · {due.state}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
    </section>
  );
}

/** A quarter's check-ins by key result, each key result's in their order in `checkIns`. */
function groupByKeyResult(checkIns: readonly CheckIn[]): Map<string, CheckIn[]> {
  const groups = new Map<string, CheckIn[]>();
  for (const c of checkIns) {
    const group = groups.get(c.keyResultId);
    if (group) group.push(c);
    else groups.set(c.keyResultId, [c]);
  }
  return groups;
}
