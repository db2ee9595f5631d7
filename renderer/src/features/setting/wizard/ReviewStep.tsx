import { PHASE_LABELS, type Cycle, type KeyResult, type Objective } from '@shared/domain';
import type { Finding } from '@shared/domain/coach/types';
import {
  acknowledgementFor,
  describeTally,
  findingTally,
  SETTING_STEPS,
  startBlockers,
  unagreedNote,
} from '@shared/domain/setting/wizard';
import { errorMessage } from '../../../lib/formErrors';
import { FindingList } from '../coach/FindingList';
import { useAppliedFix } from '../coach/useAppliedFix';
import { useMovePhase } from '../../cycles/cycleMutations';
import { HistoryFindingList, useCalibration } from '../../retro/CalibrationPanel';
import { AcknowledgeControl } from './AcknowledgeControl';
import { keyResultEditor, objectiveEditor } from './formValues';
import { useSettingWizard } from './store';
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
  // The shared phase-move message: it says when a quarter planned ahead actually begins.
  const start = useMovePhase(cycle);
  // Live: a finding fixed leaves the list, one kept with a reason moves to "kept".
  const tally = findingTally(findings, plan);
  const hasStarted = cycle.phase !== 'setting';
  const unagreed = unagreedNote(keyResults);
  // A one-click fix says what it changed, with Undo, as in the key result dialog.
  const fix = useAppliedFix();
  const goTo = useSettingWizard((s) => s.goTo);
  const openEditor = useSettingWizard((s) => s.openEditor);
  // Opens the step where the finding's subject lives, with its editor and the coach beside it.
  const goToSubject = (f: Finding) => {
    const objective = objectives.find((o) => o.id === f.objective.id);
    const keyResult = keyResults.find((kr) => kr.id === f.keyResult?.id);
    if (!objective) return;
    const step = SETTING_STEPS.findIndex(
      (s) => s.id === (keyResult ? 'key-results' : 'objectives'),
    );
    goTo(step);
    openEditor(keyResult ? keyResultEditor(objective.id, keyResult) : objectiveEditor(objective));
  };
  const missing =
    objectives.length === 0
      ? { step: 'objectives', label: 'Go to objectives' }
      : keyResults.length === 0
        ? { step: 'key-results', label: 'Go to key results' }
        : null;
  // Past quarters' scores feed this setting: a run of 1.0s or of 0.3s says something about targets.
  const history = useCalibration(cycle.teamId)?.findings ?? [];

  return (
    <section className="step" aria-labelledby="review-heading">
      <header className="step__header">
        <div>
          <h3 id="review-heading">Review</h3>
          <p className="step__lede">
            {objectives.length === 0
              ? 'Nothing to review yet: the plan has no objectives.'
              : findings.length === 0
                ? 'The coach has nothing to flag in this plan.'
                : `${describeTally(tally)}. Fix a finding, or keep it on purpose with a reason.`}
          </p>
        </div>
      </header>
      {/* Above the groups: the fixed finding leaves its group, which may go with it. */}
      {fix.note(keyResults)}

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
              onApply={(patch, f) => fix.apply(f, patch)}
              renderActions={(f) => (
                <>
                  <AcknowledgeControl finding={f} acknowledgement={acknowledgementFor(f, plan)} />
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    onClick={() => goToSubject(f)}
                    aria-label={
                      f.keyResult
                        ? `Go to this key result: ${f.keyResult.title}`
                        : `Go to this objective: ${f.objective.title}`
                    }
                  >
                    {f.keyResult ? 'Go to this key result' : 'Go to this objective'}
                  </button>
                </>
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
                <>
                  <ul className="start-panel__blockers">
                    {blockers.map((b) => (
                      <li key={b}>{b}</li>
                    ))}
                  </ul>
                  {/* A plan not written yet: the way to what is missing, not a dead end. */}
                  {missing && (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => goTo(SETTING_STEPS.findIndex((s) => s.id === missing.step))}
                    >
                      {missing.label}
                    </button>
                  )}
                </>
              ) : (
                <p>
                  Starting moves {cycle.label} to Check-ins. You can still edit the plan afterwards,
                  and move it back to Setting.
                </p>
              )}
              {unagreed && <p className="start-panel__note">{unagreed}</p>}
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
