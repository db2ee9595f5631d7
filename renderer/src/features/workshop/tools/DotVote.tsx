import { useState } from 'react';
import {
  dotsByTarget,
  dotsUsed,
  setDots,
  tallyDots,
  voteCandidates,
  type AgendaItem,
  type Ballot,
  type Card,
  type Cluster,
  type Dots,
  type Participant,
  type Workshop,
} from '@shared/domain/workshop';
import { errorMessage } from '../../../lib/formErrors';
import { useCastBallot, useRestartDotVote, useRevealDotVote } from '../voteMutations';
import { PromoteWinners } from './PromoteWinners';
import { VoteTurns } from './VoteTurns';
import './privateVote.css';
import './dotVote.css';

type Props = {
  workshop: Workshop;
  item: AgendaItem;
  cards: Card[];
  clusters: Cluster[];
  participants: Participant[];
  ballots: Ballot[];
};

/**
 * A dot vote on the laptop: each participant in turn places their dots in private, the screen
 * is blanked between people, and the results are revealed together as a ranked chart.
 */
export function DotVote({ workshop, item, cards, clusters, participants, ballots }: Props) {
  const [voter, setVoter] = useState<Participant | null>(null);
  const [dots, setDotsState] = useState<Dots>([]);
  const [lastVoter, setLastVoter] = useState<string | null>(null);
  const own = ballots.filter((b) => b.itemId === item.id);
  const candidates = voteCandidates(cards, clusters);
  const isRevealed = item.revealedAt !== null;

  const cast = useCastBallot(workshop.id, item.id, () => {
    setLastVoter(voter?.name ?? null);
    setVoter(null);
    setDotsState([]);
  });
  const reveal = useRevealDotVote(workshop.id, item.id);
  const restart = useRestartDotVote(workshop.id, item.id);

  if (candidates.length === 0) {
    return (
      <p className="muted tool-empty">
        Capture some idea cards first: the vote is on the board’s clusters and cards.
      </p>
    );
  }

  if (isRevealed) {
    const tally = tallyDots(own, candidates);
    const top = Math.max(1, ...tally.map((r) => r.dots));
    return (
      <div className="dot-vote">
        <h4 id="dot-results-heading">
          Results: {own.length} {own.length === 1 ? 'person' : 'people'} voted
        </h4>
        <ol className="dot-results" aria-labelledby="dot-results-heading">
          {tally.map((row) => (
            <li
              key={row.id}
              className="dot-results__row"
              aria-label={`Rank ${row.rank}: ${row.title}, ${row.dots} dots`}
            >
              <span className="dot-results__rank" aria-hidden="true">
                {row.rank}
              </span>
              <span className="dot-results__title">{row.title}</span>
              <span className="dot-results__bar" aria-hidden="true">
                <span style={{ width: `${(row.dots / top) * 100}%` }} />
              </span>
              <span className="dot-results__dots" aria-hidden="true">
                {row.dots}
              </span>
            </li>
          ))}
        </ol>
        <PromoteWinners workshop={workshop} tally={tally} cards={cards} clusters={clusters} />
        <button type="button" className="button button--quiet" onClick={() => restart.mutate()}>
          Clear the votes and vote again
        </button>
      </div>
    );
  }

  if (voter) {
    const used = dotsUsed(dots);
    const left = item.dotsPerParticipant - used;
    const placed = dotsByTarget(dots);
    return (
      <section className="private-vote" aria-label={`${voter.name} is voting`}>
        <h4>
          {voter.name}: place your {item.dotsPerParticipant} dots
        </h4>
        <p className="private-vote__left" aria-live="polite">
          {left} {left === 1 ? 'dot' : 'dots'} left
        </p>
        <ul className="dot-ballot">
          {candidates.map((c) => {
            const count = placed.get(c.id) ?? 0;
            return (
              <li key={c.id}>
                <span className="dot-ballot__title">{c.title}</span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove a dot from ${c.title}`}
                  disabled={count === 0}
                  onClick={() => setDotsState(setDots(dots, c.id, count - 1))}
                >
                  −
                </button>
                <span className="dot-ballot__count" aria-label={`${count} dots on ${c.title}`}>
                  {'●'.repeat(count) || '·'}
                </span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Add a dot to ${c.title}`}
                  disabled={left === 0}
                  onClick={() => setDotsState(setDots(dots, c.id, count + 1))}
                >
                  +
                </button>
              </li>
            );
          })}
        </ul>
        {cast.error && (
          <p className="form-error" role="alert">
            {errorMessage(cast.error)}
          </p>
        )}
        <div className="private-vote__actions">
          <button
            type="button"
            className="button"
            onClick={() => (setVoter(null), setDotsState([]))}
          >
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={used === 0 || cast.isPending}
            onClick={() => cast.mutate({ participantId: voter.id, dots })}
          >
            Cast {voter.name}’s vote and hide it
          </button>
        </div>
      </section>
    );
  }

  return (
    <div className="dot-vote">
      <VoteTurns
        participants={participants}
        votedIds={new Set(own.map((b) => b.participantId))}
        lastVoter={lastVoter}
        verb="Place dots"
        onVote={(p) => {
          setDotsState([]);
          setVoter(p);
        }}
      />
      <div className="dot-vote__footer">
        <p className="muted">
          {item.dotsPerParticipant} dots each on {candidates.length} ideas. Change the number by
          editing the agenda item.
        </p>
        <button
          type="button"
          className="button button--primary"
          disabled={own.length === 0 || reveal.isPending}
          onClick={() => reveal.mutate()}
        >
          Reveal the results
        </button>
      </div>
    </div>
  );
}
