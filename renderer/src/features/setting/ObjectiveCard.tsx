import type { ReactNode } from 'react';
import type { Objective } from '@shared/domain';
import { RowActions } from '../../components/RowActions';
import { useDeleteObjective, useMoveObjective } from './planMutations';

type ObjectiveCardProps = {
  objective: Objective;
  index: number;
  count: number;
  onEdit: () => void;
  /** What the card shows under its heading: a summary, or the key results. */
  children: ReactNode;
  /** Extra actions beside edit, move and delete (e.g. save as template). */
  extraActions?: ReactNode;
};

/** An objective with its chain and its actions; the step decides what goes inside. */
export function ObjectiveCard({
  objective: o,
  index,
  count,
  onEdit,
  children,
  extraActions,
}: ObjectiveCardProps) {
  const move = useMoveObjective(o.id);
  const remove = useDeleteObjective();
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
        <RowActions
          noun="objective"
          title={o.title}
          isFirst={index === 0}
          isLast={index === count - 1}
          onEdit={onEdit}
          onMove={(delta) => move.mutate(delta)}
          onDelete={() => remove.mutate(o.id)}
        >
          {extraActions}
        </RowActions>
      </header>
      {children}
    </article>
  );
}
