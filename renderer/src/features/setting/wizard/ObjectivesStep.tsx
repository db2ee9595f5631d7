import { formatCount } from '@shared/domain/format';
import type { ReactNode } from 'react';
import type { KeyResult, Objective } from '@shared/domain';
import type { Finding } from '@shared/domain/coach/types';
import type { ParentGroup } from '../../../db/repositories/cycles';
import { EmptyState } from '../../../components/EmptyState';
import { Icon } from '../../../components/Icon';
import { InlineFindings } from '../coach/InlineFindings';
import { ObjectiveCard } from '../ObjectiveCard';
import { objectiveEditor } from './formValues';
import { useSettingWizard } from './store';

type ObjectivesStepProps = {
  objectives: Objective[];
  keyResults: KeyResult[];
  /** Higher-level objectives this quarter, by owner: what an objective can align to. */
  parentGroups: ParentGroup[];
  findings: Finding[];
  /** Insert-template, import and similar actions offered beside "Add objective". */
  toolbar?: ReactNode;
  renderCardActions?: (objective: Objective) => ReactNode;
};

/** Step 2: the quarter's objectives — qualitative, committed or aspirational, aligned to a parent. */
export function ObjectivesStep({
  objectives,
  keyResults,
  parentGroups,
  findings,
  toolbar,
  renderCardActions,
}: ObjectivesStepProps) {
  const openEditor = useSettingWizard((s) => s.openEditor);
  const add = () => openEditor(objectiveEditor());
  const addButton = (
    <button type="button" className="button button--primary" onClick={add}>
      <Icon name="plus" size={16} /> Add objective
    </button>
  );
  return (
    <section className="step" aria-labelledby="objectives-heading">
      <header className="step__header">
        <div>
          <h3 id="objectives-heading">Objectives</h3>
          <p className="step__lede">
            Qualitative and directional: what the team wants to achieve, without a number. Three to
            five is plenty.
          </p>
        </div>
        <div className="step__toolbar">
          {toolbar}
          {objectives.length > 0 && addButton}
        </div>
      </header>
      {objectives.length === 0 ? (
        <EmptyState title="No objectives yet" action={addButton}>
          <p>
            An objective such as “Checkout never gets in the way of buying” says where the team is
            heading; key results in the next step say how you will know.
          </p>
        </EmptyState>
      ) : (
        <div className="objective-list">
          {objectives.map((o, index) => {
            const krCount = keyResults.filter((kr) => kr.objectiveId === o.id).length;
            const group = parentGroups.find((g) =>
              g.objectives.some((p) => p.id === o.parentObjectiveId),
            );
            const parent = group?.objectives.find((p) => p.id === o.parentObjectiveId);
            const own = findings.filter((f) => f.objective.id === o.id && !f.keyResult);
            return (
              <ObjectiveCard
                key={o.id}
                objective={o}
                index={index}
                count={objectives.length}
                onEdit={() => openEditor(objectiveEditor(o))}
                extraActions={renderCardActions?.(o)}
              >
                <div className="objective__summary">
                  <p>
                    {parent && group ? (
                      <>
                        Aligned to “{parent.title}” ({group.owner.name})
                      </>
                    ) : parentGroups.length > 0 ? (
                      <em>Not aligned to a parent objective</em>
                    ) : null}
                  </p>
                  <p className="muted">
                    {krCount === 0 ? 'No key results yet' : formatCount(krCount, 'key result')}
                  </p>
                  <InlineFindings findings={own} about={o.title} />
                </div>
              </ObjectiveCard>
            );
          })}
        </div>
      )}
    </section>
  );
}
