import { type FormEvent, useState } from 'react';
import type { Participant } from '@shared/domain/workshop';
import { ConflictDialog } from '../../components/conflict/ConflictDialog';
import { Icon } from '../../components/Icon';
import { removeParticipant } from '../../db/repositories/workshopParticipants';
import { useFocusRequest } from '../../lib/forms/useFocusRequest';
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
            <ParticipantName participant={p} />
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
    </section>
  );
}

/**
 * A participant's name, renamed in place: what is typed stays while the field has focus, even if
 * the name is changed in another window meanwhile (saving then asks which to keep; going back to
 * editing from that question puts what was typed back in the field); otherwise the field shows
 * the name as stored.
 */
function ParticipantName({ participant }: { participant: Participant }) {
  const [draft, setDraft] = useState<{ text: string; base: Participant } | null>(null);
  const [ref, focus] = useFocusRequest<HTMLInputElement>();
  const rename = useRenameParticipant({
    onBackToEditing: (text, base) => {
      setDraft({ text, base });
      focus();
    },
  });
  return (
    <>
      <input
        ref={ref}
        aria-label={`Name of ${participant.name}`}
        value={draft?.text ?? participant.name}
        // A draft handed back from the conflict question is kept, not replaced by the stored name.
        onFocus={() =>
          setDraft((current) => current ?? { text: participant.name, base: participant })
        }
        onChange={(e) => {
          const text = e.target.value;
          setDraft((current) => current && { ...current, text });
        }}
        onBlur={() => {
          const text = draft?.text.trim() ?? '';
          // Saved over the version it was typed on; a rename elsewhere meanwhile is asked about.
          if (draft && text && text !== draft.base.name && text !== participant.name) {
            rename.save(text, draft.base);
          }
          setDraft(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
        }}
      />
      {rename.conflict && <ConflictDialog conflict={rename.conflict} />}
    </>
  );
}
