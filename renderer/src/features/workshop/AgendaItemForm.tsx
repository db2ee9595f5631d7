import { type FormEvent, useId, useState } from 'react';
import {
  AGENDA_KINDS,
  MAX_DOTS,
  MAX_ITEM_MINUTES,
  agendaItemKindSchema,
  type AgendaItem,
  type AgendaItemKind,
  type AgendaItemPatch,
} from '@shared/domain/workshop';
import { numberOrNull } from '@shared/domain/numbers';

type Props = {
  /** The item being edited; none to add a new one. */
  item?: AgendaItem;
  onSave: (values: Required<Omit<AgendaItemPatch, 'notes'>> & { notes: string }) => void;
  onCancel?: () => void;
  /** Removes the item being edited (with Undo). */
  onRemove?: () => void;
};

const KINDS = agendaItemKindSchema.options;

function wholeIn(text: string, min: number, max: number): number | null {
  const n = numberOrNull(text);
  return n !== null && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** Adds or edits one agenda item: what it is, its title and timebox (and dots for a vote). */
export function AgendaItemForm({ item, onSave, onCancel, onRemove }: Props) {
  const id = useId();
  const [kind, setKind] = useState<AgendaItemKind>(item?.kind ?? 'discussion');
  const [title, setTitle] = useState(item?.title ?? '');
  const [minutes, setMinutes] = useState(
    String(item?.minutes ?? AGENDA_KINDS.discussion.defaultMinutes),
  );
  const [notes, setNotes] = useState(item?.notes ?? '');
  const [dots, setDots] = useState(String(item?.dotsPerParticipant ?? 3));
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const length = wholeIn(minutes, 1, MAX_ITEM_MINUTES);
    if (length === null) {
      setError(`The timebox is a whole number of minutes from 1 to ${MAX_ITEM_MINUTES}.`);
      return;
    }
    const dotCount = wholeIn(dots, 1, MAX_DOTS);
    if (kind === 'dot-vote' && dotCount === null) {
      setError(`Each person has from 1 to ${MAX_DOTS} dots.`);
      return;
    }
    const name = title.trim() || AGENDA_KINDS[kind].label;
    if (name.length > 120) {
      setError('The title must be at most 120 characters.');
      return;
    }
    setError(null);
    onSave({ kind, title: name, minutes: length, notes, dotsPerParticipant: dotCount ?? 3 });
    if (!item) {
      setTitle('');
      setNotes('');
    }
  };

  const label = item ? `Edit agenda item ${item.title}` : 'Add an agenda item';
  return (
    <form className="agenda-form" onSubmit={submit} aria-label={label}>
      <div className="agenda-form__row">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(e) => {
            const next = e.target.value as AgendaItemKind;
            setKind(next);
            if (!item) setMinutes(String(AGENDA_KINDS[next].defaultMinutes));
          }}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {AGENDA_KINDS[k].label}
            </option>
          ))}
        </select>
      </div>
      <div className="agenda-form__row">
        <label htmlFor={`${id}-title`}>Item title</label>
        <input
          id={`${id}-title`}
          value={title}
          placeholder={AGENDA_KINDS[kind].label}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="agenda-form__row agenda-form__row--short">
        <label htmlFor={`${id}-minutes`}>Minutes</label>
        <input
          id={`${id}-minutes`}
          inputMode="numeric"
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
        {kind === 'dot-vote' && (
          <>
            <label htmlFor={`${id}-dots`}>Dots each</label>
            <input
              id={`${id}-dots`}
              inputMode="numeric"
              value={dots}
              onChange={(e) => setDots(e.target.value)}
            />
          </>
        )}
      </div>
      {item && (
        <div className="agenda-form__row">
          <label htmlFor={`${id}-notes`}>Facilitator notes</label>
          <textarea
            id={`${id}-notes`}
            rows={2}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
          />
        </div>
      )}
      <p className="field__hint">{AGENDA_KINDS[kind].hint}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="agenda-form__actions">
        {onRemove && item && (
          <button
            type="button"
            className="button button--danger agenda-form__remove"
            onClick={onRemove}
            aria-label={`Remove ${item.title}`}
          >
            Remove
          </button>
        )}
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="button button--primary">
          {item ? 'Save item' : 'Add item'}
        </button>
      </div>
    </form>
  );
}
