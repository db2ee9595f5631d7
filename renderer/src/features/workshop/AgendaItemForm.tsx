import { useId } from 'react';
import {
  AGENDA_KINDS,
  agendaItemKindSchema,
  type VersionedAgendaItem,
} from '@shared/domain/workshop';
import { FormError } from '../../components/FormError';
import { SchemaForm, useFieldError } from '../../components/SchemaForm';
import { useRecordForm } from '../../lib/forms/useRecordForm';
import { agendaItemFormSchema, agendaItemToForm } from './agendaForm';
import { useSaveAgendaItem } from './workshopMutations';
import './agenda.css';

type Props = {
  workshopId: string;
  /** The item being edited, with its version as stored now; none to add a new one. */
  item?: VersionedAgendaItem;
  onDone: () => void;
  /** Removes the item being edited (with Undo). */
  onRemove?: () => void;
};

const KINDS = agendaItemKindSchema.options;

/** Adds or edits one agenda item: what it is, its title and timebox (and dots for a vote). */
export function AgendaItemForm({ workshopId, item, onDone, onRemove }: Props) {
  const id = useId();
  const itemForm = useRecordForm({
    schema: agendaItemFormSchema,
    record: item,
    toValues: agendaItemToForm,
    save: useSaveAgendaItem(workshopId),
    onSaved: () => {
      if (!item) itemForm.form.reset(agendaItemToForm(undefined));
      onDone();
    },
  });
  const { register, watch, setValue } = itemForm.form;
  const kind = watch('kind');
  const kindField = register('kind', {
    // A new item takes the chosen kind's usual timebox until the person types another.
    onChange: (event: { target: { value: string } }) => {
      const chosen = KINDS.find((k) => k === event.target.value);
      if (!item && chosen) setValue('minutes', String(AGENDA_KINDS[chosen].defaultMinutes));
    },
  });
  const label = item ? `Edit agenda item ${item.title}` : 'Add an agenda item';
  return (
    <SchemaForm of={itemForm} className="agenda-form" aria-label={label}>
      <div className="agenda-form__row">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} {...kindField}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {AGENDA_KINDS[k].label}
            </option>
          ))}
        </select>
      </div>
      <div className="agenda-form__row">
        <label htmlFor={`${id}-title`}>Item title</label>
        <input id={`${id}-title`} placeholder={AGENDA_KINDS[kind].label} {...register('title')} />
      </div>
      <div className="agenda-form__row agenda-form__row--short">
        <label htmlFor={`${id}-minutes`}>Minutes</label>
        <input id={`${id}-minutes`} inputMode="numeric" {...register('minutes')} />
        {kind === 'dot-vote' && (
          <>
            <label htmlFor={`${id}-dots`}>Dots each</label>
            <input id={`${id}-dots`} inputMode="numeric" {...register('dotsPerParticipant')} />
          </>
        )}
      </div>
      {item && (
        <div className="agenda-form__row">
          <label htmlFor={`${id}-notes`}>Facilitator notes</label>
          <textarea id={`${id}-notes`} rows={2} {...register('notes')} />
        </div>
      )}
      <p className="field__hint">{AGENDA_KINDS[kind].hint}</p>
      <FirstError saveError={itemForm.saveError} />
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
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={itemForm.isSaving}>
          {item ? 'Save item' : 'Add item'}
        </button>
      </div>
    </SchemaForm>
  );
}

/** The first field's message (a compact form has no room beside each field), or the save's. */
function FirstError({ saveError }: { saveError: string | null }) {
  const title = useFieldError('title');
  const minutes = useFieldError('minutes');
  const dots = useFieldError('dotsPerParticipant');
  return <FormError message={title ?? minutes ?? dots ?? saveError} />;
}
