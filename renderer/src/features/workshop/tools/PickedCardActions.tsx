import { useId, useState } from 'react';
import type { Card, Cluster } from '@shared/domain/workshop';
import type { BoardActions } from './boardActions';
import './cards.css';

type Props = {
  card: Card;
  cards: Card[];
  shown: Card[];
  clusters: Cluster[];
  actions: BoardActions;
  onDone: () => void;
};

/** What can be done with the picked card: move it, start a cluster, merge it, or delete it. */
export function PickedCardActions({ card, cards, shown, clusters, actions, onDone }: Props) {
  const id = useId();
  const [into, setInto] = useState('');
  const others = shown.filter((c) => c.id !== card.id);
  const duplicates = cards.filter((c) => c.mergedIntoId === card.id);
  return (
    <section className="picked" aria-label={`Selected card: ${card.text}`}>
      <p className="picked__title">
        <strong>Selected:</strong> {card.text}
      </p>
      <div className="picked__row">
        <label htmlFor={`${id}-move`}>Move to</label>
        <select
          id={`${id}-move`}
          value={card.clusterId ?? ''}
          onChange={(e) =>
            actions.move.mutate({ cardId: card.id, clusterId: e.target.value || null })
          }
        >
          <option value="">Not clustered</option>
          {clusters.map((c, i) => (
            <option key={c.id} value={c.id}>
              {i + 1}. {c.title}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={() => actions.newCluster.mutate(card.id)}>
          New cluster from this card
        </button>
      </div>
      <div className="picked__row">
        <label htmlFor={`${id}-merge`}>Duplicate of</label>
        <select id={`${id}-merge`} value={into} onChange={(e) => setInto(e.target.value)}>
          <option value="">Choose the card it repeats…</option>
          {others.map((c) => (
            <option key={c.id} value={c.id}>
              {c.text}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={!into}
          onClick={() => {
            actions.merge.mutate({ cardId: card.id, intoId: into, label: card.text });
            onDone();
          }}
        >
          Merge
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            actions.removeCard.mutate(card.id);
            onDone();
          }}
        >
          Delete card
        </button>
      </div>
      {duplicates.length > 0 && (
        <div className="picked__duplicates">
          <p className="muted">Merged duplicates:</p>
          <ul>
            {duplicates.map((d) => (
              <li key={d.id}>
                {d.text}{' '}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => actions.unmerge.mutate(d.id)}
                >
                  Take back out
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
