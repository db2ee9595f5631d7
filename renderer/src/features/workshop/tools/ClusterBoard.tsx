import { useRef, useState } from 'react';
import {
  visibleCards,
  withDuplicates,
  type Card,
  type Cluster,
  type Participant,
} from '@shared/domain/workshop';
import { ConflictDialog } from '../../../components/conflict/ConflictDialog';
import { Icon } from '../../../components/Icon';
import { useFocusRequest } from '../../../lib/forms/useFocusRequest';
import { useBoardActions } from './boardActions';
import { CardTile, draggedCardId } from './CardTile';
import { PickedCardActions } from './PickedCardActions';
import './cards.css';

type Props = {
  workshopId: string;
  cards: Card[];
  clusters: Cluster[];
  participants: Participant[];
};

/**
 * The idea board: loose cards and clusters. Drag a card onto a cluster to move it, or pick a
 * card (Enter) and use the actions below (merging a duplicate among them), or the keys shown.
 */
export function ClusterBoard({ workshopId, cards, clusters, participants }: Props) {
  const [picked, setPicked] = useState<string | null>(null);
  // The cluster being renamed, and the title the field starts with: its own, or what was typed
  // before a conflict's "Back to editing".
  const [renaming, setRenaming] = useState<{ id: string; title: string } | null>(null);
  // The cluster as it was when renaming began: the rename is refused if it changed since.
  const renameBase = useRef<Cluster | null>(null);
  const [renameField, focusRename] = useFocusRequest<HTMLInputElement>();
  const actions = useBoardActions(workshopId, (title, base) => {
    renameBase.current = base;
    setRenaming({ id: base.id, title });
    focusRename();
  });
  const shown = visibleCards(cards);
  const names = new Map(participants.map((p) => [p.id, p.name]));
  const known = new Set(clusters.map((c) => c.id));

  const tiles = (own: Card[]) => (
    <ul className="board__cards">
      {own.map((card) => (
        <CardTile
          key={card.id}
          card={card}
          duplicates={withDuplicates(card, cards).length - 1}
          author={card.participantId ? (names.get(card.participantId) ?? null) : null}
          clusters={clusters}
          isPicked={picked === card.id}
          onPick={setPicked}
          onDropCard={(dragged) =>
            actions.move.mutate({
              cardId: dragged,
              clusterId: known.has(card.clusterId ?? '') ? card.clusterId : null,
            })
          }
          actions={actions}
        />
      ))}
    </ul>
  );
  const dropTarget = (clusterId: string | null) => ({
    onDragOver: (event: React.DragEvent) => event.preventDefault(),
    onDrop: (event: React.DragEvent) => {
      const cardId = draggedCardId(event);
      event.preventDefault();
      if (cardId) actions.move.mutate({ cardId, clusterId });
    },
  });

  const loose = shown.filter((c) => c.clusterId === null || !known.has(c.clusterId));
  const pickedCard = shown.find((c) => c.id === picked) ?? null;
  return (
    <div className="board-area">
      <div className="board" role="group" aria-label="Idea board">
        <section
          className="board__column board__column--loose"
          aria-label="Not clustered"
          {...dropTarget(null)}
        >
          <h4 className="board__heading">
            Not clustered <span className="muted">({loose.length})</span>
          </h4>
          {loose.length === 0 ? (
            <p className="muted board__empty">Every card is in a cluster.</p>
          ) : (
            tiles(loose)
          )}
        </section>
        {clusters.map((cluster, index) => {
          const own = shown.filter((c) => c.clusterId === cluster.id);
          return (
            <section
              key={cluster.id}
              className="board__column"
              aria-label={`Cluster ${index + 1}: ${cluster.title}`}
              {...dropTarget(cluster.id)}
            >
              {renaming?.id === cluster.id ? (
                <form
                  className="board__rename"
                  onSubmit={(event) => {
                    event.preventDefault();
                    const input = event.currentTarget.elements.namedItem('title');
                    const title = input instanceof HTMLInputElement ? input.value.trim() : '';
                    const base = renameBase.current ?? cluster;
                    if (title && title !== cluster.title) actions.rename.save(title, base);
                    setRenaming(null);
                  }}
                >
                  <label htmlFor={`rename-${cluster.id}`} className="visually-hidden">
                    Cluster name
                  </label>
                  <input
                    ref={renameField}
                    id={`rename-${cluster.id}`}
                    name="title"
                    defaultValue={renaming.title}
                    maxLength={200}
                    autoFocus
                    onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
                  />
                  <button type="submit" className="button button--small">
                    Save
                  </button>
                </form>
              ) : (
                <header className="board__heading">
                  <h4>
                    <span className="board__key" aria-hidden="true">
                      {index < 9 ? index + 1 : ''}
                    </span>{' '}
                    {cluster.title} <span className="muted">({own.length})</span>
                  </h4>
                  <button
                    type="button"
                    className="icon-button"
                    onClick={() => {
                      renameBase.current = cluster;
                      setRenaming({ id: cluster.id, title: cluster.title });
                    }}
                    aria-label={`Rename cluster ${cluster.title}`}
                    title="Rename"
                  >
                    <Icon name="edit" size={16} />
                  </button>
                  <button
                    type="button"
                    className="icon-button icon-button--danger"
                    onClick={() => actions.removeCluster.mutate(cluster.id)}
                    aria-label={`Delete cluster ${cluster.title}`}
                    title="Delete cluster (its cards stay)"
                  >
                    <Icon name="trash" size={16} />
                  </button>
                </header>
              )}
              {own.length === 0 ? (
                <p className="muted board__empty">Drop cards here.</p>
              ) : (
                tiles(own)
              )}
            </section>
          );
        })}
        <button
          type="button"
          className="button button--quiet board__add"
          onClick={() => actions.emptyCluster.mutate()}
        >
          <Icon name="plus" size={16} /> New cluster
        </button>
      </div>
      <p className="board__keys">
        On a card: <kbd>1</kbd>–<kbd>9</kbd> move to that cluster · <kbd>0</kbd> not clustered ·{' '}
        <kbd>N</kbd> new cluster · <kbd>Enter</kbd> merge a duplicate and more · <kbd>Delete</kbd>{' '}
        remove · or drag cards between clusters
      </p>
      {pickedCard && (
        <PickedCardActions
          card={pickedCard}
          cards={cards}
          shown={shown}
          clusters={clusters}
          actions={actions}
          onDone={() => setPicked(null)}
        />
      )}
      {actions.rename.conflict && <ConflictDialog conflict={actions.rename.conflict} />}
    </div>
  );
}
