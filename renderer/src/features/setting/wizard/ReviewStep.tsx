import { PHASE_LABELS, type Cycle, type KeyResult, type Objective } from '@shared/domain';
import type { Finding } from '@shared/domain/coach/types';
import { acknowledgementFor, startBlockers } from '@shared/domain/setting/wizard';
import { errorMessage } from '../../../lib/formErrors';
import { FindingList } from '../coach/FindingList';
import { useMovePhase } from '../../cycles/cycleMutations';
import { HistoryFindingList, useCalibration } from '../../retro/CalibrationPanel';
import { AcknowledgeControl } from './AcknowledgeControl';
import { FormError } from '../../../components/FormError';

type ReviewStepProps = {
  cycle: Cycle;
  objectives: Objective[];
  keyResults: KeyResult[];
  findings: Finding[];
};

/** Step 5: every finding for the quarter, and the way into Check-ins once the errors are dealt with. */
export function ReviewStep({ cycle, objectives, keyResults, findings }: ReviewStepProps) {
  const plan = { objectives, keyResults };
  const blockers = startBlockers(findings, plan);
  const start = useMovePhase(cycle.id, {
    announce: `${cycle.label} has started. Check-ins are next.`,
  });
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  const hasStarted = cycle.phase !== 'setting';
  // Past quarters' scores feed this setting: a run of 1.0s or of 0.3s says something about targets.
  const history = useCalibration(cycle.teamId)?.findings ?? [];

  return (
    <section className="step" aria-labelledby="review-heading">
      <header className="step__header">
        <div>
          <h3 id="review-heading">Review</h3>
          <p className="step__lede">
            {findings.length === 0
              ? 'The coach has nothing to flag in this plan.'
              : `${counts.error} must fix, ${counts.warning} worth a look, ${counts.info} notes. Fix a finding, or keep it on purpose with a reason.`}
          </p>
        </div>
      </header>

      {history.length > 0 && (
        <section className="review-group" aria-label="Findings from past quarters">
          <h4>From past quarters</h4>
          <HistoryFindingList findings={history} />
        </section>
      )}

      {objectives.map((o) => {
        const own = findings.filter((f) => f.objective.id === o.id);
        if (own.length === 0) return null;
        return (
          <section key={o.id} className="review-group" aria-label={`Findings for ${o.title}`}>
            <h4>{o.title}</h4>
            <FindingList
              findings={own}
              showTarget
              renderActions={(f) => (
                <AcknowledgeControl finding={f} acknowledgement={acknowledgementFor(f, plan)} />
              )}
            />
          </section>
        );
      })}

      <div className={`start-panel${blockers.length === 0 ? ' start-panel--ready' : ''}`}>
        {hasStarted ? (
          <p>
            {cycle.label} is in the {PHASE_LABELS[cycle.phase]} phase. Changes made here edit the
            agreed plan.
          </p>
        ) : (
          <>
            <div>
              <h4>
                {blockers.length === 0 ? 'Ready to start the quarter' : 'Not ready to start yet'}
              </h4>
              {blockers.length > 0 ? (
                <ul className="start-panel__blockers">
                  {blockers.map((b) => (
                    <li key={b}>{b}</li>
                  ))}
                </ul>
              ) : (
                <p>
                  Starting moves {cycle.label} to Check-ins. You can still edit the plan afterwards.
                </p>
              )}
            </div>
            <button
              type="button"
              className="button button--primary button--large"
              disabled={blockers.length > 0 || start.isPending}
              onClick={() => start.mutate('checkins')}
            >
              Start the quarter
            </button>
            <FormError message={start.error ? errorMessage(start.error) : null} />
          </>
        )}
      </div>
    </section>
  );
}
