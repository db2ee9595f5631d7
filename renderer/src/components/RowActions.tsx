import type { ReactNode } from 'react';
import { Icon } from './Icon';

type RowActionsProps = {
  /** What the row is, for the buttons' names: "key result", "objective". */
  noun: string;
  title: string;
  isFirst: boolean;
  isLast: boolean;
  onEdit: () => void;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
  /** Actions before the usual four (e.g. save as template). */
  children?: ReactNode;
};

/** Edit, move up, move down and delete for one row of a list, named for a screen reader. */
export function RowActions({
  noun,
  title,
  isFirst,
  isLast,
  onEdit,
  onMove,
  onDelete,
  children,
}: RowActionsProps) {
  const named = (verb: string) => `${verb} ${noun}: ${title}`;
  return (
    <div className="row-actions" role="group" aria-label={`Actions for ${noun} ${title}`}>
      {children}
      <button
        type="button"
        className="icon-button"
        onClick={onEdit}
        aria-label={named('Edit')}
        title="Edit"
      >
        <Icon name="edit" />
      </button>
      {([-1, 1] as const).map((delta) => (
        <button
          key={delta}
          type="button"
          className="icon-button"
          onClick={() => onMove(delta)}
          disabled={delta < 0 ? isFirst : isLast}
          aria-label={`Move ${noun} ${delta < 0 ? 'up' : 'down'}: ${title}`}
          title={delta < 0 ? 'Move up' : 'Move down'}
        >
          <Icon name={delta < 0 ? 'up' : 'down'} />
        </button>
      ))}
      <button
        type="button"
        className="icon-button icon-button--danger"
        onClick={onDelete}
        aria-label={named('Delete')}
        title="Delete"
      >
        <Icon name="trash" />
      </button>
    </div>
  );
}
