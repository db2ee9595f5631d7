import { useMutation } from '@tanstack/react-query';
import type { KeyResult, Objective } from '@shared/domain';
import { Icon } from '../../components/Icon';
import { deleteObjective, moveObjective } from '../../db/repositories/objectives';
import { useUndoableDelete } from '../../lib/useUndoableDelete';
import { KeyResultRow } from './KeyResultRow';

type ObjectiveCardProps = {
  objective: Objective;
  index: number;
  count: number;
  keyResults: KeyResult[];
  onEdit: () => void;
  onAddKeyResult: () => void;
  onEditKeyResult: (keyResult: KeyResult) => void;
};

/** An objective with its chain, its key results and the actions on both. */
export function ObjectiveCard({
  objective: o,
  index,
  count,
  keyResults,
  onEdit,
  onAddKeyResult,
  onEditKeyResult,
}: ObjectiveCardProps) {
  const move = useMutation({ mutationFn: (delta: -1 | 1) => moveObjective(o.id, delta) });
  const remove = useUndoableDelete(deleteObjective);
  const chain = [o.businessNeed, o.engineeringLever].filter(Boolean);
  return (
    <article className="objective" aria-label={`Objective: ${o.title}`}>
      <header className="objective__header">
        <span className="objective__number" aria-hidden="true">
          O{index + 1}
        </span>
        <div className="objective__heading">
          <h3>{o.title}</h3>
          <p className="objective__meta">
            <span className={`badge badge--${o.kind}`}>
              {o.kind === 'committed' ? 'Committed' : 'Aspirational'}
            </span>
            {chain.length > 0 && <span className="objective__chain">{chain.join(' → ')}</span>}
          </p>
          {o.description && <p className="objective__description">{o.description}</p>}
        </div>
        <div className="row-actions" role="group" aria-label={`Actions for objective ${o.title}`}>
          <button
            type="button"
            className="icon-button"
            onClick={onEdit}
            aria-label={`Edit objective: ${o.title}`}
            title="Edit"
          >
            <Icon name="edit" />
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={() => move.mutate(-1)}
            disabled={index === 0}
            aria-label={`Move objective up: ${o.title}`}
            title="Move up"
          >
            <Icon name="up" />
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={() => move.mutate(1)}
            disabled={index === count - 1}
            aria-label={`Move objective down: ${o.title}`}
            title="Move down"
          >
            <Icon name="down" />
          </button>
          <button
            type="button"
            className="icon-button icon-button--danger"
            onClick={() => remove.mutate(o.id)}
            aria-label={`Delete objective: ${o.title}`}
            title="Delete"
          >
            <Icon name="trash" />
          </button>
        </div>
      </header>
      {keyResults.length > 0 ? (
        <ol className="kr-list">
          {keyResults.map((kr, i) => (
            <KeyResultRow
              key={kr.id}
              keyResult={kr}
              isFirst={i === 0}
              isLast={i === keyResults.length - 1}
              onEdit={() => onEditKeyResult(kr)}
            />
          ))}
        </ol>
      ) : (
        <p className="objective__empty">
          No key results yet. Three or four measurable outcomes, each with a baseline and a target,
          tell the team whether this objective is being met.
        </p>
      )}
      <footer className="objective__footer">
        <button
          type="button"
          className="button button--quiet"
          onClick={onAddKeyResult}
          aria-label={`Add key result to ${o.title}`}
        >
          <Icon name="plus" size={16} /> Add key result
        </button>
      </footer>
    </article>
  );
}
