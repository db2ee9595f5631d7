import './confidenceStrip.css';

/**
 * Every confidence vote on one 0–100 line, with the median marked: the spread is seen at a
 * glance, in the facilitator's view and on the projector alike.
 */
export function ConfidenceStrip({
  votes,
  median,
}: {
  votes: { name: string; value: number }[];
  median: number | null;
}) {
  const summary = votes.map((v) => `${v.name} ${v.value}%`).join(', ');
  return (
    <div
      className="confidence-strip"
      role="img"
      aria-label={`Votes on a 0 to 100 scale: ${summary}`}
    >
      <div className="confidence-strip__line" />
      {[0, 25, 50, 75, 100].map((tick) => (
        <span key={tick} className="confidence-strip__tick" style={{ left: `${tick}%` }}>
          {tick}
        </span>
      ))}
      {median !== null && (
        <span className="confidence-strip__median" style={{ left: `${median}%` }}>
          median {median}
        </span>
      )}
      {votes.map((v, i) => (
        <span
          key={`${v.name}-${i}`}
          className="confidence-strip__dot"
          style={{ left: `${v.value}%`, top: `${(i % 3) * 0.9}em` }}
          title={`${v.name}: ${v.value}%`}
        >
          <span className="confidence-strip__name">{v.name}</span>
        </span>
      ))}
    </div>
  );
}
