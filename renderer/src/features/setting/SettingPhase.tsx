import { useState } from 'react';
import type { Cycle, KeyResult, Objective } from '@shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { useKeyResults, useObjectives } from '../../db/hooks';
import { KeyResultDialog } from './KeyResultDialog';
import { ObjectiveCard } from './ObjectiveCard';
import { ObjectiveDialog } from './ObjectiveDialog';

type Editing =
  | { kind: 'objective'; objective?: Objective }
  | { kind: 'keyResult'; objective: Objective; keyResult?: KeyResult }
  | null;

/** The Setting phase: the quarter's objectives and their key results, drafted and refined. */
export function SettingPhase({ cycle }: { cycle: Cycle }) {
  const objectives = useObjectives(cycle.id);
  const keyResults = useKeyResults(cycle.id);
  const [editing, setEditing] = useState<Editing>(null);

  if (!objectives || !keyResults) return <p className="loading">Loading objectives…</p>;

  const addObjective = (
    <button
      type="button"
      className="button button--primary"
      onClick={() => setEditing({ kind: 'objective' })}
    >
      <Icon name="plus" size={16} /> Add objective
    </button>
  );

  return (
    <section className="phase" aria-labelledby="setting-heading">
      <header className="phase__header">
        <div>
          <h2 id="setting-heading">Objectives</h2>
          <p className="phase__lede">
            {objectives.length === 0
              ? 'Draft what the team wants to achieve this quarter.'
              : `${objectives.length} ${objectives.length === 1 ? 'objective' : 'objectives'}, ${keyResults.length} key ${keyResults.length === 1 ? 'result' : 'results'}. Three to five objectives with three or four key results each is plenty.`}
          </p>
        </div>
        {objectives.length > 0 && addObjective}
      </header>

      {objectives.length === 0 ? (
        <EmptyState title="No objectives yet" action={addObjective}>
          <p>
            An objective is qualitative and directional — what the team wants to achieve, such as
            “Checkout never gets in the way of buying”. Key results under it say how you will know,
            with a baseline and a target.
          </p>
        </EmptyState>
      ) : (
        <div className="objective-list">
          {objectives.map((objective, index) => (
            <ObjectiveCard
              key={objective.id}
              objective={objective}
              index={index}
              count={objectives.length}
              keyResults={keyResults.filter((kr) => kr.objectiveId === objective.id)}
              onEdit={() => setEditing({ kind: 'objective', objective })}
              onAddKeyResult={() => setEditing({ kind: 'keyResult', objective })}
              onEditKeyResult={(keyResult) =>
                setEditing({ kind: 'keyResult', objective, keyResult })
              }
            />
          ))}
        </div>
      )}

      {editing?.kind === 'objective' && (
        <ObjectiveDialog
          cycleId={cycle.id}
          objective={editing.objective}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'keyResult' && (
        <KeyResultDialog
          objectiveId={editing.objective.id}
          objectiveTitle={editing.objective.title}
          keyResult={editing.keyResult}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
