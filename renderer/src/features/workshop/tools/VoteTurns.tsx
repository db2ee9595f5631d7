import type { Participant } from '@shared/domain/workshop';
import './privateVote.css';

/**
 * The blank screen between voters: who has voted (never what), and a button for each person to
 * take their private turn on the laptop.
 */
export function VoteTurns({
  participants,
  votedIds,
  lastVoter,
  verb,
  onVote,
}: {
  participants: Participant[];
  votedIds: ReadonlySet<string>;
  lastVoter: string | null;
  verb: string;
  onVote: (participant: Participant) => void;
}) {
  if (participants.length === 0) {
    return (
      <p className="muted tool-empty">
        Add the participants first (beside the agenda): each votes in private.
      </p>
    );
  }
  const voted = participants.filter((p) => votedIds.has(p.id)).length;
  const next = participants.find((p) => !votedIds.has(p.id));
  return (
    <section className="vote-turns" aria-label="Whose turn">
      <p className="vote-turns__status" role="status">
        {lastVoter ? `${lastVoter}’s vote is in and hidden. ` : ''}
        {voted} of {participants.length} have voted.
        {next ? ` Hand the laptop to ${next.name}.` : ' Everyone has voted.'}
      </p>
      <ul className="vote-turns__list">
        {participants.map((p) => {
          const hasVoted = votedIds.has(p.id);
          return (
            <li key={p.id}>
              <span className={hasVoted ? 'vote-turns__done' : undefined}>
                {hasVoted ? '✓ ' : ''}
                {p.name}
              </span>
              <button
                type="button"
                className={`button button--small${!hasVoted && p === next ? ' button--primary' : ''}`}
                onClick={() => onVote(p)}
              >
                {hasVoted ? `${verb} again as ${p.name}` : `${verb} as ${p.name}`}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
