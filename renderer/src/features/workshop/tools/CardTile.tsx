import type { KeyboardEvent } from 'react';
import type { Card, Cluster } from '@shared/domain/workshop';
import type { BoardActions } from './boardActions';
import './cards.css';

const DRAG_TYPE = 'application/x-quarterdeck-card';

/** The card being dragged, from a drag event's data. */
export function draggedCardId(event: { dataTransfer: DataTransfer }): string | null {
  return event.dataTransfer.getData(DRAG_TYPE) || null;
}

/** Moves focus to the previous or next card tile on the board. */
function focusSibling(from: HTMLElement, delta: -1 | 1): void {
  const tiles = [...document.querySelectorAll<HTMLElement>('[data-card-tile]')];
  tiles[tiles.indexOf(from) + delta]?.focus();
}

type Props = {
  card: Card;
  duplicates: number;
  author: string | null;
  clusters: Cluster[];
  isPicked: boolean;
  onPick: (id: string | null) => void;
  /** Another card dropped on this one: it joins this card's cluster. */
  onDropCard: (draggedId: string) => void;
  actions: BoardActions;
};

/**
 * One idea card on the board. Drag it onto a cluster (or a card in it) to move it there. By
 * keyboard: Enter picks it (actions, merging a duplicate among them, appear below the board), 1–9 moves it
 * to that cluster, 0 back to the loose cards, N starts a cluster with it, Delete removes it,
 * arrow keys move between cards.
 */
export function CardTile(props: Props) {
  const { card, duplicates, author, clusters, isPicked, onPick, onDropCard, actions } = props;
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key;
    if (/^[1-9]$/.test(key)) {
      const cluster = clusters[Number(key) - 1];
      if (cluster) actions.move.mutate({ cardId: card.id, clusterId: cluster.id });
    } else if (key === '0') actions.move.mutate({ cardId: card.id, clusterId: null });
    else if (key === 'n' || key === 'N') actions.newCluster.mutate(card.id);
    else if (key === 'Delete' || key === 'Backspace') actions.removeCard.mutate(card.id);
    else if (key === 'ArrowDown' || key === 'ArrowRight') focusSibling(event.currentTarget, 1);
    else if (key === 'ArrowUp' || key === 'ArrowLeft') focusSibling(event.currentTarget, -1);
    else if (key === 'Escape') onPick(null);
    else return;
    event.preventDefault();
  };
  return (
    <li
      className="card-tile__slot"
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        const dragged = draggedCardId(event);
        event.preventDefault();
        event.stopPropagation();
        if (dragged && dragged !== card.id) onDropCard(dragged);
      }}
    >
      <button
        type="button"
        data-card-tile
        className={`card-tile${isPicked ? ' is-picked' : ''}`}
        aria-pressed={isPicked}
        aria-label={`Card: ${card.text}`}
        draggable
        onDragStart={(event) => {
          event.dataTransfer.setData(DRAG_TYPE, card.id);
          event.dataTransfer.effectAllowed = 'move';
        }}
        onClick={() => onPick(isPicked ? null : card.id)}
        onKeyDown={onKeyDown}
      >
        <span className="card-tile__text">{card.text}</span>
        {(author || duplicates > 0) && (
          <span className="card-tile__meta" aria-hidden="true">
            {author}
            {author && duplicates > 0 && ' · '}
            {duplicates > 0 && `+${duplicates} duplicate${duplicates === 1 ? '' : 's'}`}
          </span>
        )}
      </button>
    </li>
  );
}
