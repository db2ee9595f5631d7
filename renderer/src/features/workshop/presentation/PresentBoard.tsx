import { visibleCards, withDuplicates, type Card, type Cluster } from '@shared/domain/workshop';

/** More cards than fit at full size on a 1920×1080 projector. */
const DENSE = 16;

/** The idea cards as the room sees them: clusters with their cards, then the loose cards. */
export function PresentBoard({
  cards,
  clusters,
  isWriting,
}: {
  cards: Card[];
  clusters: Cluster[];
  isWriting: boolean;
}) {
  const shown = visibleCards(cards);
  if (shown.length === 0) {
    return <p className="present__hint">Write your ideas in silence: one idea per card.</p>;
  }
  const known = new Set(clusters.map((c) => c.id));
  const loose = shown.filter((c) => c.clusterId === null || !known.has(c.clusterId));
  const tile = (card: Card) => {
    const duplicates = withDuplicates(card, cards).length - 1;
    return (
      <li key={card.id} className="present-card">
        {card.text}
        {duplicates > 0 && <span className="present-card__dups"> ×{duplicates + 1}</span>}
      </li>
    );
  };
  const withCards = clusters.filter((c) => shown.some((card) => card.clusterId === c.id));
  return (
    // Past a screenful of cards, smaller tiles (still 28 px text) keep every card on screen.
    <div className={`present-board${shown.length > DENSE ? ' present-board--dense' : ''}`}>
      <p className="present__count">
        {shown.length} {shown.length === 1 ? 'idea' : 'ideas'}
        {withCards.length > 0 &&
          ` in ${withCards.length} ${withCards.length === 1 ? 'cluster' : 'clusters'}`}
        {isWriting && ' · keep writing'}
      </p>
      {withCards.map((cluster) => (
        <section
          key={cluster.id}
          className="present-cluster"
          aria-label={`Cluster: ${cluster.title}`}
        >
          <h2 className="present-cluster__title">{cluster.title}</h2>
          <ul className="present-cards">
            {shown.filter((c) => c.clusterId === cluster.id).map(tile)}
          </ul>
        </section>
      ))}
      {loose.length > 0 && (
        <section className="present-cluster present-cluster--loose" aria-label="Not clustered">
          {withCards.length > 0 && <h2 className="present-cluster__title">Not clustered yet</h2>}
          <ul className="present-cards">{loose.map(tile)}</ul>
        </section>
      )}
    </div>
  );
}
