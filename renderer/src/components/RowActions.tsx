import type { ReactNode } from 'react';
import { Icon } from './Icon';
import { MoveButtons } from './MoveButtons';

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
      <MoveButtons noun={noun} title={title} isFirst={isFirst} isLast={isLast} onMove={onMove} />
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
