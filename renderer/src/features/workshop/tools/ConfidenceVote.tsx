import { useId, useState } from 'react';
import { clampConfidence } from '@shared/domain/checkins/confidence';
import { numberOrNull } from '@shared/domain/numbers';
import type { KeyResult } from '@shared/domain';
import type {
  ConfidenceRound,
  ConfidenceVote as Vote,
  Participant,
  Workshop,
} from '@shared/domain/workshop';
import { errorMessage } from '../../../lib/formErrors';
import { useCastConfidence, useOpenConfidenceRound, useRevealConfidence } from '../voteMutations';
import { ConfidenceResults } from './ConfidenceResults';
import { VoteTurns } from './VoteTurns';
import './privateVote.css';
import './confidence.css';

type Props = {
  workshop: Workshop;
  keyResults: KeyResult[];
  participants: Participant[];
  rounds: ConfidenceRound[];
  votes: Vote[];
};

/**
 * A confidence vote per key result: each participant gives 0–100 in private, one at a time on
 * the laptop with the screen blanked between people; then all votes are revealed together.
 */
export function ConfidenceVote({ workshop, keyResults, participants, rounds, votes }: Props) {
  const id = useId();
  const latest = rounds.at(-1);
  const [keyResultId, setKeyResultId] = useState(latest?.keyResultId ?? keyResults[0]?.id ?? '');
  const [voter, setVoter] = useState<Participant | null>(null);
  const [value, setValue] = useState(50);
  const [lastVoter, setLastVoter] = useState<string | null>(null);
  const round = rounds.filter((r) => r.keyResultId === keyResultId).at(-1) ?? null;
  const own = round ? votes.filter((v) => v.roundId === round.id) : [];
  const keyResult = keyResults.find((k) => k.id === keyResultId) ?? null;

  const open = useOpenConfidenceRound(workshop.id);
  const cast = useCastConfidence(() => {
    setLastVoter(voter?.name ?? null);
    setVoter(null);
    setValue(50);
  });
  const reveal = useRevealConfidence();

  if (keyResults.length === 0) {
    return <p className="muted tool-empty">The quarter has no key results yet: add them first.</p>;
  }
  const picker = (
    <div className="confidence__picker">
      <label htmlFor={`${id}-kr`}>Key result</label>
      <select
        id={`${id}-kr`}
        value={keyResultId}
        onChange={(e) => {
          setKeyResultId(e.target.value);
          setVoter(null);
          setLastVoter(null);
        }}
        disabled={voter !== null}
      >
        {keyResults.map((kr) => (
          <option key={kr.id} value={kr.id}>
            {kr.title}
          </option>
        ))}
      </select>
    </div>
  );

  if (!round || !keyResult) {
    return (
      <div className="confidence">
        {picker}
        <button
          type="button"
          className="button button--primary"
          onClick={() => open.mutate(keyResultId)}
          disabled={open.isPending}
        >
          Start the confidence vote
        </button>
      </div>
    );
  }

  if (round.revealedAt !== null) {
    return (
      <div className="confidence">
        {picker}
        <ConfidenceResults key={round.id} round={round} votes={own} participants={participants} />
        <button
          type="button"
          className="button button--quiet"
          onClick={() => open.mutate(keyResultId)}
        >
          Vote again on this key result
        </button>
      </div>
    );
  }

  if (voter) {
    return (
      <section className="private-vote" aria-label={`${voter.name} is voting`}>
        <h4>{voter.name}: how confident are you that this will be met?</h4>
        <p className="private-vote__kr">{keyResult.title}</p>
        <div className="confidence__entry">
          <label htmlFor={`${id}-value`}>{voter.name}’s confidence (%)</label>
          <input
            type="range"
            min={0}
            max={100}
            step={5}
            value={value}
            aria-label={`${voter.name}’s confidence slider`}
            onChange={(e) => setValue(Number(e.target.value))}
          />
          <input
            id={`${id}-value`}
            className="confidence__number"
            inputMode="numeric"
            value={value}
            onChange={(e) => setValue(clampConfidence(numberOrNull(e.target.value) ?? 0))}
            onKeyDown={(e) => {
              if (e.key === 'Enter')
                cast.mutate({ roundId: round.id, participantId: voter.id, value });
            }}
          />
        </div>
        {cast.error && (
          <p className="form-error" role="alert">
            {errorMessage(cast.error)}
          </p>
        )}
        <div className="private-vote__actions">
          <button type="button" className="button" onClick={() => setVoter(null)}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => cast.mutate({ roundId: round.id, participantId: voter.id, value })}
            disabled={cast.isPending}
          >
            Record {voter.name}’s vote and hide it
          </button>
        </div>
      </section>
    );
  }

  return (
    <div className="confidence">
      {picker}
      <VoteTurns
        participants={participants}
        votedIds={new Set(own.map((v) => v.participantId))}
        lastVoter={lastVoter}
        verb="Vote"
        onVote={(p) => {
          setValue(50);
          setVoter(p);
        }}
      />
      <button
        type="button"
        className="button button--primary"
        disabled={own.length === 0 || reveal.isPending}
        onClick={() => reveal.mutate(round.id)}
      >
        Reveal the votes
      </button>
    </div>
  );
}
