import { type ReactNode, useEffect, useId, useMemo } from 'react';
import type { Cycle } from '@shared/domain';
import { findingTally, SETTING_STEPS, stepTodo, unsavedNote } from '@shared/domain/setting/wizard';
import { useWindowKeydown } from '../../../lib/useWindowKeydown';
import { useUiStore } from '../../../state/uiStore';
import {
  useKeyResults,
  useLineage,
  useObjectives,
  useParentGroups,
  useTeams,
} from '../../../db/hooks';
import { parentRefs } from '../parentOptions';
import { usePlanFindings } from '../coach/usePlanFindings';
import { ChainStep } from './ChainStep';
import { DependenciesStep } from './DependenciesStep';
import { EditorHost } from './EditorHost';
import { KeyResultsStep } from './KeyResultsStep';
import { ObjectivesStep } from './ObjectivesStep';
import { ObjectivesToolbar, ObjectiveCardActions } from './ObjectivesToolbar';
import { ReviewStep } from './ReviewStep';
import { useSettingWizard } from './store';

/**
 * The five steps of setting, a stepper to move between them, and what is left in each.
 * `launcher` (the offer to run it as a workshop) stands above the stepper, or beside it where
 * the window is short (wizard.css).
 */
export function SettingWizard({ cycle, launcher }: { cycle: Cycle; launcher?: ReactNode }) {
  const isHydrated = useSettingWizard((s) => s.isHydrated);
  const step = useSettingWizard((s) => s.step);
  const goTo = useSettingWizard((s) => s.goTo);
  const next = useSettingWizard((s) => s.next);
  const back = useSettingWizard((s) => s.back);
  const typedChain = useSettingWizard((s) => s.chain);
  const isDirty = useSettingWizard((s) => Object.values(s.guards).some((g) => g.isDirty));
  const isHeldBack = useSettingWizard((s) => s.isHeldBack);
  const stepperId = useId();
  const objectives = useObjectives(cycle.id);
  const keyResults = useKeyResults(cycle.id);
  const parentGroups = useParentGroups(cycle);
  const parentsForCoach = useMemo(() => parentGroups && parentRefs(parentGroups), [parentGroups]);
  const teams = useTeams();
  const labels = useMemo(
    () => ({
      teams: Object.fromEntries((teams ?? []).map((t) => [t.id, t.name])),
      quarters: { [cycle.id]: cycle.label },
    }),
    [teams, cycle.id, cycle.label],
  );
  const findings = usePlanFindings(objectives, keyResults, parentsForCoach, labels);
  const lineage = useLineage(cycle.id);
  useStepShortcuts(goTo, next, back);
  useSettingRequest(isHydrated, goTo);

  if (!isHydrated || !objectives || !keyResults || !parentGroups || !lineage) {
    return <p className="loading">Loading the plan…</p>;
  }
  const current = SETTING_STEPS[step] ?? SETTING_STEPS[0];
  // What is left reads what is typed, saved or not: moving on saves it (useSaveOnLeave).
  const plan = { ...cycle, ...typedChain, objectives, keyResults };
  const todo = stepTodo(current.id, plan);
  const unsaved = unsavedNote({ isDirty, isHeldBack });
  // "Must fix" matters before the quarter starts; findings kept with a reason are not open.
  const openErrors =
    cycle.phase === 'setting' ? findingTally(findings, { objectives, keyResults }).error : 0;

  return (
    <section className="wizard" aria-labelledby="setting-heading">
      <h2 id="setting-heading" className="visually-hidden">
        Setting
      </h2>
      <div className="wizard__top">
        {launcher}
        <nav aria-label="Setting steps">
          <ol className="stepper">
            {SETTING_STEPS.map((s, i) => {
              const left = stepTodo(s.id, plan).length;
              const errors = s.id === 'review' ? openErrors : 0;
              const hint = left > 0 ? `${left} to do` : errors > 0 ? `${errors} must fix` : s.hint;
              return (
                <li key={s.id}>
                  <button
                    type="button"
                    className={`stepper__item${left > 0 || errors > 0 ? ' has-todo' : ''}`}
                    aria-current={i === step ? 'step' : undefined}
                    // Where the steps show their numbers only, the name and state on hover; named
                    // and described by the text in every layout, also where it is not shown.
                    title={`${i + 1}. ${s.label}: ${hint}`}
                    aria-labelledby={`${stepperId}-${s.id}-label`}
                    aria-describedby={`${stepperId}-${s.id}-hint`}
                    onClick={() => goTo(i)}
                  >
                    <span className="stepper__number" aria-hidden="true">
                      {i + 1}
                    </span>
                    <span className="stepper__text">
                      <span id={`${stepperId}-${s.id}-label`} className="stepper__label">
                        {s.label}
                      </span>
                      <span id={`${stepperId}-${s.id}-hint`} className="stepper__hint">
                        {hint}
                      </span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
      </div>

      <div className="wizard__body">
        {current.id === 'chain' && <ChainStep cycle={cycle} />}
        {current.id === 'objectives' && (
          <ObjectivesStep
            objectives={objectives}
            keyResults={keyResults}
            parentGroups={parentGroups}
            findings={findings}
            toolbar={<ObjectivesToolbar cycle={cycle} />}
            renderCardActions={(o) => (
              <ObjectiveCardActions objective={o} keyResults={keyResults} />
            )}
          />
        )}
        {current.id === 'key-results' && (
          <KeyResultsStep
            objectives={objectives}
            keyResults={keyResults}
            findings={findings}
            lineage={lineage}
          />
        )}
        {current.id === 'dependencies' && (
          <DependenciesStep cycleId={cycle.id} teamId={cycle.teamId} objectives={objectives} />
        )}
        {current.id === 'review' && (
          <ReviewStep
            cycle={cycle}
            objectives={objectives}
            keyResults={keyResults}
            findings={findings}
          />
        )}
      </div>

      <footer className="wizard__nav" data-docked-footer>
        <button type="button" className="button" onClick={back} disabled={step === 0}>
          ← Back
        </button>
        <div className="wizard__status" aria-live="polite">
          <span>
            Step {step + 1} of {SETTING_STEPS.length}: {current.label}
          </span>
          {todo.length > 0 && <span className="wizard__todo">{todo[0]}</span>}
          {unsaved && (
            <span className={isHeldBack ? 'wizard__todo' : 'wizard__unsaved'}>{unsaved}</span>
          )}
        </div>
        <p className="wizard__keys">
          <kbd>Alt</kbd>+<kbd>←</kbd>/<kbd>→</kbd> step · <kbd>Alt</kbd>+<kbd>1</kbd>–<kbd>5</kbd>{' '}
          jump
        </p>
        <button
          type="button"
          className="button button--primary"
          onClick={next}
          disabled={step === SETTING_STEPS.length - 1}
        >
          Next →
        </button>
      </footer>

      <EditorHost
        cycleId={cycle.id}
        objectives={objectives}
        keyResults={keyResults}
        parentGroups={parentGroups}
      />
    </section>
  );
}

/**
 * Takes a request to open a step from outside the wizard (a menu command, "Go to the review", a
 * workshop's agenda item moving to key results or dependencies): the one way in, `requestSetting`,
 * once the remembered step has been read so it does not overwrite the request. A plan import
 * asked for is left for the Objectives step's toolbar, which starts it.
 */
function useSettingRequest(isHydrated: boolean, goTo: (step: number) => void): void {
  const request = useUiStore((s) => s.settingRequest);
  const clear = useUiStore((s) => s.clearSettingRequest);
  useEffect(() => {
    if (!isHydrated || !request) return;
    goTo(SETTING_STEPS.findIndex((s) => s.id === request.step));
    if (!request.importPlan) clear();
  }, [isHydrated, request, goTo, clear]);
}

/** Alt+← and Alt+→ move between steps, Alt+1…5 jump to one; they work from any field. */
function useStepShortcuts(goTo: (step: number) => void, next: () => void, back: () => void): void {
  useWindowKeydown((event) => {
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    // A modal dialog owns the keyboard while it is open.
    if (document.querySelector('dialog[open]')) return;
    if (event.key === 'ArrowRight') next();
    else if (event.key === 'ArrowLeft') back();
    else if (/^[1-5]$/.test(event.key)) goTo(Number(event.key) - 1);
    else return;
    event.preventDefault();
  });
}
