import { type FormEvent, useState } from 'react';
import type { Participant } from '@shared/domain/workshop';
import { ConflictDialog } from '../../components/conflict/ConflictDialog';
import { Icon } from '../../components/Icon';
import { removeParticipant } from '../../db/repositories/workshopParticipants';
import { useUndoableDelete } from '../../state/useUndoableDelete';
import { useAddParticipant, useRenameParticipant } from './workshopMutations';

/** Who is in the room: their cards and votes are theirs; they are the attendees of the effort. */
export function ParticipantsPanel({
  workshopId,
  participants,
}: {
  workshopId: string;
  participants: Participant[];
}) {
  const [name, setName] = useState('');
  const add = useAddParticipant(workshopId, (failed) => setName((current) => current || failed));
  const rename = useRenameParticipant();
  // Each participant as they were when their name field was entered.
  const [bases] = useState(() => new Map<string, Participant>());
  const remove = useUndoableDelete(removeParticipant);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Cleared at once: the next name can be typed while this one is saved.
    setName('');
    add.mutate(name);
  };
  return (
    <section className="panel participants" aria-labelledby="participants-heading">
      <h3 id="participants-heading">
        Participants <span className="muted">· {participants.length}</span>
      </h3>
      <ul className="participants__list">
        {participants.map((p) => (
          <li key={p.id}>
            <input
              aria-label={`Name of ${p.name}`}
              defaultValue={p.name}
              key={p.name}
              onFocus={() => bases.set(p.id, p)}
              onBlur={(e) => {
                const text = e.target.value.trim();
                // Saved over the version it was typed on; a rename elsewhere meanwhile is asked about.
                const base = bases.get(p.id) ?? p;
                if (text && text !== p.name) rename.save(text, base);
                else e.target.value = p.name;
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') e.currentTarget.blur();
              }}
            />
            <button
              type="button"
              className="icon-button icon-button--danger"
              onClick={() => remove.mutate(p.id)}
              aria-label={`Remove ${p.name}`}
              title="Remove (their votes go too)"
            >
              <Icon name="trash" size={16} />
            </button>
          </li>
        ))}
      </ul>
      <form className="inline-add" onSubmit={submit}>
        <label htmlFor="participant-name" className="visually-hidden">
          Participant name
        </label>
        <input
          id="participant-name"
          value={name}
          placeholder={`Participant ${participants.length + 1}`}
          onChange={(e) => setName(e.target.value)}
          maxLength={60}
        />
        <button type="submit" className="button">
          Add participant
        </button>
      </form>
      {rename.conflict && <ConflictDialog conflict={rename.conflict} />}
    </section>
  );
}
