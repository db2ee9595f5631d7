import { type FormEvent, useRef, useState } from 'react';
import { MAX_CARD_LENGTH, type Participant } from '@shared/domain/workshop';
import { useAddCard } from '../workshopMutations';
import { errorMessage } from '../../../lib/formErrors';
import './cards.css';

/**
 * Fast capture of idea cards: type, Enter, the next one. The field keeps its focus and the
 * author, so transcribing a pile of sticky notes is all keyboard.
 */
export function CardCapture({
  workshopId,
  participants,
  text,
  onTextChange,
}: {
  workshopId: string;
  participants: Participant[];
  /** The unsaved text, kept in the workshop's draft so nothing typed is lost. */
  text: string;
  onTextChange: (text: string) => void;
}) {
  const [author, setAuthor] = useState('');
  const input = useRef<HTMLInputElement>(null);
  // Nothing typed is lost: a card that could not be saved comes back into an empty field.
  const add = useAddCard(workshopId, (failed) => {
    if (input.current?.value === '') onTextChange(failed);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The field itself, not the last render: a fast typist may be ahead of React.
    const card = (input.current?.value ?? text).trim();
    if (card === '') return;
    // Cleared at once, so the next card can be typed while this one is saved.
    onTextChange('');
    input.current?.focus();
    add.mutate({ text: card, author: author || null });
  };
  return (
    <form className="card-capture" onSubmit={submit} aria-label="Capture idea cards">
      <div className="card-capture__row">
        <label htmlFor="card-text">New idea card</label>
        <input
          id="card-text"
          ref={input}
          value={text}
          maxLength={MAX_CARD_LENGTH}
          autoComplete="off"
          placeholder="Type an idea and press Enter"
          onChange={(e) => onTextChange(e.target.value)}
        />
        <label htmlFor="card-author">Written by</label>
        <select id="card-author" value={author} onChange={(e) => setAuthor(e.target.value)}>
          <option value="">Unsigned</option>
          {participants.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--primary">
          Add card
        </button>
      </div>
      {add.error && (
        <p className="form-error" role="alert">
          {errorMessage(add.error)}
        </p>
      )}
    </form>
  );
}
