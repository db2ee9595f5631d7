import type { AgendaItem } from '@shared/domain/workshop';
import {
  confidenceStats,
  discussionPrompt,
  tallyDots,
  voteCandidates,
} from '@shared/domain/workshop';
import { ConfidenceStrip } from '../ConfidenceStrip';
import type { PresentData } from './PresentItem';

/** A dot vote on the projector: how many have voted (never what), then the ranked results. */
export function PresentDotVote({ item, data }: { item: AgendaItem; data: PresentData }) {
  const ballots = data.ballots.filter((b) => b.itemId === item.id);
  const candidates = voteCandidates(data.cards, data.clusters);
  if (item.revealedAt === null) {
    return (
      <div className="present-vote">
        <p className="present__big">
          {ballots.length} of {data.participants.length} have voted
        </p>
        <p className="present__hint">
          {item.dotsPerParticipant} dots each, in private on the laptop. Results are revealed
          together.
        </p>
        <ul className="present-options">
          {candidates.map((c) => (
            <li key={c.id}>{c.title}</li>
          ))}
        </ul>
      </div>
    );
  }
  const tally = tallyDots(ballots, candidates);
  const top = Math.max(1, ...tally.map((r) => r.dots));
  return (
    <ol className="present-results" aria-label="Dot vote results, most dots first">
      {tally.map((row) => (
        <li
          key={row.id}
          className={`present-results__row${row.dots === 0 ? ' present-results__row--none' : ''}`}
        >
          <span className="present-results__rank">{row.rank}</span>
          <span className="present-results__title">{row.title}</span>
          <span className="present-results__bar" aria-hidden="true">
            <span style={{ width: `${(row.dots / top) * 100}%` }} />
          </span>
          <span className="present-results__dots">
            {row.dots} <span className="visually-hidden">dots</span>
          </span>
        </li>
      ))}
    </ol>
  );
}

/**
 * The latest confidence vote: its key result, how many have voted while it is open (the screen
 * stays blank), then every vote with the median, the spread and a prompt when it is wide.
 */
export function PresentConfidence({ data }: { data: PresentData }) {
  const round = [...data.rounds].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)).at(-1);
  const kr = round && data.keyResults.find((k) => k.id === round.keyResultId);
  if (!round || !kr) {
    return <p className="present__hint">How confident are we that each key result will be met?</p>;
  }
  const votes = data.votes.filter((v) => v.roundId === round.id);
  if (round.revealedAt === null) {
    return (
      <div className="present-vote">
        <p className="present__kr">{kr.title}</p>
        <p className="present__big">
          {votes.length} of {data.participants.length} have voted
        </p>
        <p className="present__hint">
          Each person gives 0–100 in private. The votes are revealed together.
        </p>
      </div>
    );
  }
  const names = new Map(data.participants.map((p) => [p.id, p.name]));
  const seat = new Map(data.participants.map((p, i) => [p.id, i]));
  const inOrder = [...votes].sort(
    (a, b) => (seat.get(a.participantId) ?? 0) - (seat.get(b.participantId) ?? 0),
  );
  const labelled = inOrder.map((v) => ({
    name: names.get(v.participantId) ?? '—',
    value: v.value,
  }));
  const stats = confidenceStats(labelled.map((v) => v.value));
  const prompt = discussionPrompt(stats);
  return (
    <div className="present-confidence">
      <p className="present__kr">{kr.title}</p>
      <ConfidenceStrip votes={labelled} median={stats?.median ?? null} />
      {stats && (
        <p className="present__stats">
          Median <strong>{stats.median}%</strong> · spread <strong>{stats.spread} points</strong>
        </p>
      )}
      {round.agreedValue !== null ? (
        <p className="present__agreed">Agreed: {round.agreedValue}% confident</p>
      ) : (
        prompt && <p className="present__discuss">Let’s talk: {prompt}</p>
      )}
    </div>
  );
}
