import { useId, useState } from 'react';
import { clampConfidence } from '@shared/domain/checkins/confidence';
import { numberOrNull } from '@shared/domain/numbers';
import {
  confidenceStats,
  discussionPrompt,
  type ConfidenceRound,
  type ConfidenceVote,
  type Participant,
} from '@shared/domain/workshop';
import { ConflictDialog } from '../../../components/conflict/ConflictDialog';
import { errorMessage } from '../../../lib/formErrors';
import { useFocusRequest } from '../../../lib/forms/useFocusRequest';
import { ConfidenceStrip } from '../ConfidenceStrip';
import { useAgreeConfidence } from '../voteMutations';
import './confidence.css';

/** The revealed votes: each person's value, median and spread, a prompt when wide, and agreement. */
export function ConfidenceResults({
  round,
  votes,
  participants,
}: {
  round: ConfidenceRound;
  votes: ConfidenceVote[];
  participants: Participant[];
}) {
  const id = useId();
  const stats = confidenceStats(votes.map((v) => v.value));
  const prompt = discussionPrompt(stats);
  const [agreed, setAgreed] = useState(String(round.agreedValue ?? stats?.median ?? 50));
  // The round the value was typed over: an agreement saved elsewhere since is asked about.
  const [base, setBase] = useState(round);
  const [error, setError] = useState<unknown>(null);
  const [field, focusField] = useFocusRequest<HTMLInputElement>();
  const agree = useAgreeConfidence({
    onSaved: setBase,
    onTakeTheirs: (current) => {
      setBase(current);
      if (current.agreedValue !== null) setAgreed(String(current.agreedValue));
    },
    // The field never let go of what was typed: going back to editing puts the focus in it.
    onBackToEditing: focusField,
    onError: setError,
  });
  const submit = () => {
    setError(null);
    agree.save(clampConfidence(numberOrNull(agreed) ?? 0), base);
  };
  const names = new Map(participants.map((p) => [p.id, p.name]));
  const seat = new Map(participants.map((p, i) => [p.id, i]));
  const inOrder = [...votes].sort(
    (a, b) => (seat.get(a.participantId) ?? 0) - (seat.get(b.participantId) ?? 0),
  );
  const labelled = inOrder.map((v) => ({
    name: names.get(v.participantId) ?? 'Former participant',
    value: v.value,
  }));
  return (
    <section className="confidence-results" aria-label="Confidence votes revealed">
      <ConfidenceStrip votes={labelled} median={stats?.median ?? null} />
      <ul className="confidence-results__votes">
        {labelled.map((v) => (
          <li key={v.name}>
            {v.name}: <strong>{v.value}%</strong>
          </li>
        ))}
      </ul>
      {stats && (
        <p className="confidence-results__stats">
          Median <strong>{stats.median}%</strong> · spread <strong>{stats.spread} points</strong>
        </p>
      )}
      {prompt && (
        <p className="discuss-prompt" role="status">
          {prompt}
        </p>
      )}
      {round.agreedValue !== null ? (
        <p className="confidence-results__agreed" role="status">
          Agreed starting confidence: <strong>{round.agreedValue}%</strong>
        </p>
      ) : null}
      <form
        className="confidence-results__agree"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label htmlFor={`${id}-agreed`}>Agreed confidence (%)</label>
        <input
          ref={field}
          id={`${id}-agreed`}
          inputMode="numeric"
          value={agreed}
          onChange={(e) => setAgreed(e.target.value)}
        />
        <button type="submit" className="button button--primary" disabled={agree.isPending}>
          {round.agreedValue === null ? 'Agree as starting confidence' : 'Change the agreed value'}
        </button>
      </form>
      {error !== null && (
        <p className="form-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
      {agree.conflict && <ConflictDialog conflict={agree.conflict} />}
    </section>
  );
}
