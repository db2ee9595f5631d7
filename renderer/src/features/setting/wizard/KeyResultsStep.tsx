import type { KeyResult, Objective } from '@shared/domain';
import type { Finding } from '@shared/domain/coach/types';
import { EmptyState } from '../../../components/EmptyState';
import type { Lineage } from '../../../db/hooks';
import { Icon } from '../../../components/Icon';
import { KeyResultRow } from '../KeyResultRow';
import { ObjectiveCard } from '../ObjectiveCard';
import { keyResultEditor, objectiveEditor } from './formValues';
import { useSettingWizard } from './store';

type KeyResultsStepProps = {
  objectives: Objective[];
  keyResults: KeyResult[];
  findings: Finding[];
  lineage: Lineage;
};

/** Step 3: key results under each objective, each with the coach's findings beside it. */
export function KeyResultsStep({ objectives, keyResults, findings, lineage }: KeyResultsStepProps) {
  const openEditor = useSettingWizard((s) => s.openEditor);
  const goTo = useSettingWizard((s) => s.goTo);
  if (objectives.length === 0) {
    return (
      <EmptyState
        title="Key results need an objective"
        action={
          <button type="button" className="button button--primary" onClick={() => goTo(1)}>
            Go to objectives
          </button>
        }
      >
        <p>
          Add an objective first; its key results then say how the team will know it is achieved.
        </p>
      </EmptyState>
    );
  }
  return (
    <section className="step" aria-labelledby="key-results-heading">
      <header className="step__header">
        <div>
          <h3 id="key-results-heading">Key results</h3>
          <p className="step__lede">
            Three or four per objective: a metric, a unit, a baseline, a target and a direction. The
            coach flags output wording, gameable metrics and missing numbers as you type.
          </p>
        </div>
      </header>
      <div className="objective-list">
        {objectives.map((o, index) => {
          const own = keyResults.filter((kr) => kr.objectiveId === o.id);
          const add = () => openEditor(keyResultEditor(o.id));
          return (
            <ObjectiveCard
              key={o.id}
              objective={o}
              index={index}
              count={objectives.length}
              onEdit={() => openEditor(objectiveEditor(o))}
            >
              {own.length > 0 ? (
                <ol className="kr-list">
                  {own.map((kr, i) => (
                    <KeyResultRow
                      key={kr.id}
                      keyResult={kr}
                      isFirst={i === 0}
                      isLast={i === own.length - 1}
                      findings={findings.filter((f) => f.keyResult?.id === kr.id)}
                      lineage={lineage[kr.id]}
                      onEdit={() => openEditor(keyResultEditor(o.id, kr))}
                    />
                  ))}
                </ol>
              ) : (
                <p className="objective__empty">
                  No key results yet. Three or four measurable outcomes, each with a baseline and a
                  target, tell the team whether this objective is being met.
                </p>
              )}
              <footer className="objective__footer">
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={add}
                  aria-label={`Add key result to ${o.title}`}
                >
                  <Icon name="plus" size={16} /> Add key result
                </button>
              </footer>
            </ObjectiveCard>
          );
        })}
      </div>
    </section>
  );
}
