import type { CheckIn, KeyResult } from '@shared/domain';
import { correctionChain } from '@shared/domain/checkins/history';
import { formatDate, formatValue } from '@shared/domain/format';

type CheckInHistoryProps = {
  keyResult: KeyResult;
  history: CheckIn[];
  all: CheckIn[];
  onCorrect: (checkIn: CheckIn) => void;
};

/** Every check-in, newest first; a corrected one shows what it said before, so nothing is hidden. */
export function CheckInHistory({ keyResult: kr, history, all, onCorrect }: CheckInHistoryProps) {
  const show = (value: number | null) =>
    value === null ? 'not measured (skipped)' : formatValue(value, kr.unit);
  return (
    <section className="panel" aria-labelledby="history-heading">
      <h3 id="history-heading">Check-in history</h3>
      {history.length === 0 ? (
        <p className="muted">No check-ins yet. The first one sets where this key result stands.</p>
      ) : (
        <ol className="history">
          {[...history].reverse().map((c) => {
            const earlier = correctionChain(c, all);
            return (
              <li
                key={c.id}
                className="history__item"
                aria-label={`Check-in of ${formatDate(c.date)}`}
              >
                <div className="history__head">
                  <strong>{formatDate(c.date)}</strong>
                  <span>{show(c.value)}</span>
                  <span>{c.confidence}% confident</span>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => onCorrect(c)}
                  >
                    Correct…
                  </button>
                </div>
                {c.changed && (
                  <p>
                    <span className="muted">Changed: </span>
                    {c.changed}
                  </p>
                )}
                {c.blockers && (
                  <p>
                    <span className="muted">Blocking: </span>
                    {c.blockers}
                  </p>
                )}
                {earlier.length > 0 && (
                  <ul className="history__earlier" aria-label="Earlier versions">
                    {earlier.map((e) => (
                      <li key={e.id}>
                        Corrected {formatDate(c.createdAt.slice(0, 10))}; before it said{' '}
                        {show(e.value)}, {e.confidence}% confident
                        {e.changed && <>, “{e.changed}”</>}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
