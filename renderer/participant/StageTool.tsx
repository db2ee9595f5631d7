import { useId, useState, type FormEvent } from 'react';
import { dotsUsed, setDots } from '@shared/domain/workshop/dotVote';
import { MAX_CARD_LENGTH } from '@shared/domain/workshop/schemas';
import type { ParticipantMessage, ParticipantView } from '@shared/room/protocol';
import { sendMessage } from './connection';

type Props = { token: string; view: ParticipantView };

/** Sends a message and keeps its refusal to show beside the control that sent it. */
function useSend(token: string) {
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const send = async (message: ParticipantMessage): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await sendMessage(token, message);
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const problem = error ? (
    <p className="p-error" role="alert">
      {error}
    </p>
  ) : null;
  return { send, isBusy, problem };
}

/** What the current item asks of a participant. */
export function StageTool({ token, view }: Props) {
  switch (view.stage.item?.mode) {
    case 'write':
      return <WriteCards key={view.stage.item.id} token={token} view={view} />;
    case 'dots':
      return <PlaceDots key={view.stage.item.id} token={token} view={view} />;
    case 'confidence':
      return <CastConfidence token={token} view={view} />;
    default:
      return (
        <p className="p-watch" role="status">
          Watch the screen.
        </p>
      );
  }
}

function WriteCards({ token, view }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  const { send, isBusy, problem } = useSend(token);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const sent = text;
    // The field is free for the next idea at once; a refused card comes back to it (ahead of
    // anything typed meanwhile), so no idea is lost either way.
    setText('');
    void send({ type: 'card:add', text: sent }).then(
      (ok) => ok || setText((now) => (now === '' ? sent : `${sent}\n${now}`)),
    );
  };
  return (
    <section className="p-tool" aria-label="Write cards">
      <form className="p-form" onSubmit={add} noValidate>
        <label htmlFor={`${id}-card`}>Your idea</label>
        <textarea
          id={`${id}-card`}
          className="p-input p-textarea"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={3}
        />
        <p className="p-hint">
          {text.trim().length} / {MAX_CARD_LENGTH} characters
        </p>
        {problem}
        <button type="submit" className="p-button p-button--primary" disabled={isBusy}>
          Add card
        </button>
      </form>
      <h2>Your cards ({view.own.cards.length})</h2>
      <ul className="p-cards">
        {view.own.cards.map((card) =>
          editing?.id === card.id ? (
            <li key={card.id} className="p-card">
              <label htmlFor={`${id}-${card.id}`}>Edit card</label>
              <textarea
                id={`${id}-${card.id}`}
                className="p-input p-textarea"
                value={editing.text}
                onChange={(e) => setEditing({ id: card.id, text: e.target.value })}
                rows={3}
              />
              <div className="p-row">
                <button
                  type="button"
                  className="p-button p-button--primary"
                  onClick={() =>
                    void send({ type: 'card:edit', cardId: card.id, text: editing.text }).then(
                      // Closed only if nothing was changed while the edit was on its way.
                      (ok) => ok && setEditing((now) => (now?.text === editing.text ? null : now)),
                    )
                  }
                >
                  Save
                </button>
                <button type="button" className="p-button" onClick={() => setEditing(null)}>
                  Cancel
                </button>
              </div>
            </li>
          ) : (
            <li key={card.id} className="p-card">
              <p className="p-card__text">{card.text}</p>
              <div className="p-row">
                <button
                  type="button"
                  className="p-button"
                  onClick={() => setEditing({ id: card.id, text: card.text })}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="p-button"
                  onClick={() => void send({ type: 'card:withdraw', cardId: card.id })}
                >
                  Withdraw
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}

function PlaceDots({ token, view }: Props) {
  const choices = view.stage.dots;
  const [dots, setLocal] = useState(view.own.dots);
  const [isSent, setSent] = useState(view.own.dots.length > 0);
  const { send, isBusy, problem } = useSend(token);
  const itemId = view.stage.item?.id ?? '';
  if (!choices) return null;
  const left = choices.perParticipant - dotsUsed(dots);
  const countOf = (targetId: string) => dots.find((d) => d.targetId === targetId)?.count ?? 0;
  const change = (targetId: string, count: number) => {
    setLocal(setDots(dots, targetId, count));
    setSent(false);
  };
  return (
    <section className="p-tool" aria-label="Place your dots">
      <p className="p-status" role="status">
        {left === 1 ? '1 dot left' : `${left} dots left`}
      </p>
      <ul className="p-choices">
        {choices.candidates.map((c) => (
          <li key={c.id} className="p-choice">
            <span className="p-choice__title">{c.title}</span>
            <span className="p-row">
              <button
                type="button"
                className="p-button p-button--round"
                aria-label={`Remove a dot from ${c.title}`}
                disabled={countOf(c.id) === 0}
                onClick={() => change(c.id, countOf(c.id) - 1)}
              >
                −
              </button>
              <span className="p-count" aria-label={`Dots on ${c.title}`}>
                {countOf(c.id)}
              </span>
              <button
                type="button"
                className="p-button p-button--round"
                aria-label={`Add a dot to ${c.title}`}
                disabled={left === 0}
                onClick={() => change(c.id, countOf(c.id) + 1)}
              >
                +
              </button>
            </span>
          </li>
        ))}
      </ul>
      {problem}
      <button
        type="button"
        className="p-button p-button--primary"
        disabled={isBusy || dots.length === 0}
        onClick={() =>
          void send({ type: 'dots:place', itemId, dots }).then((ok) => ok && setSent(true))
        }
      >
        {isSent ? 'Dots sent ✓ — send again to change' : 'Send my dots'}
      </button>
    </section>
  );
}

function CastConfidence({ token, view }: Props) {
  const rounds = view.stage.confidence ?? [];
  if (rounds.length === 0) {
    return (
      <p className="p-watch" role="status">
        Wait for the facilitator to open a key result.
      </p>
    );
  }
  return (
    <section className="p-tool" aria-label="Confidence vote">
      {rounds.map((round) => (
        <ConfidenceRound
          key={round.id}
          token={token}
          round={round}
          sent={view.own.confidence[round.id] ?? null}
        />
      ))}
    </section>
  );
}

function ConfidenceRound({
  token,
  round,
  sent,
}: {
  token: string;
  round: { id: string; label: string };
  sent: number | null;
}) {
  const id = useId();
  const [value, setValue] = useState(sent ?? 50);
  const { send, isBusy, problem } = useSend(token);
  return (
    <div className="p-round">
      <label htmlFor={id} className="p-round__label">
        How confident are you that we meet: {round.label}
      </label>
      <input
        id={id}
        className="p-slider"
        type="range"
        min={0}
        max={100}
        step={5}
        value={value}
        onChange={(e) => setValue(Number(e.target.value))}
      />
      <p className="p-count" aria-hidden="true">
        {value}
      </p>
      {problem}
      <button
        type="button"
        className="p-button p-button--primary"
        disabled={isBusy}
        onClick={() => void send({ type: 'confidence:cast', roundId: round.id, value })}
      >
        {sent === null ? 'Send my vote' : `Sent ${sent} ✓ — send again to change`}
      </button>
    </div>
  );
}
