import { type FormEvent, useId } from 'react';
import type { Workshop } from '@shared/domain/workshop';
import { Icon } from '../../../components/Icon';
import type { WorkshopDraft } from '../useWorkshopDraft';
import { useAddAction, useChangeWorkshop } from '../workshopMutations';
import './wrapUp.css';

type Props = {
  workshop: Workshop;
  draft: WorkshopDraft;
  onDraft: (patch: Partial<WorkshopDraft>) => void;
};

/** The hand-out's own content: decisions, open questions, and who owns what. */
export function WrapUp({ workshop, draft, onDraft }: Props) {
  const change = useChangeWorkshop(workshop.id);
  const addAction = useAddAction(workshop.id);
  return (
    <div className="wrap-up">
      <TextList
        title="Decisions"
        label="New decision"
        items={workshop.decisions}
        value={draft.decision}
        onValue={(decision) => onDraft({ decision })}
        onAdd={(text) => {
          onDraft({ decision: '' });
          change.mutate((w) => ({ ...w, decisions: [...w.decisions, text] }));
        }}
        onRemove={(index) =>
          change.mutate((w) => ({ ...w, decisions: w.decisions.filter((_, i) => i !== index) }))
        }
      />
      <TextList
        title="Open questions"
        label="New open question"
        items={workshop.openQuestions}
        value={draft.question}
        onValue={(question) => onDraft({ question })}
        onAdd={(text) => {
          onDraft({ question: '' });
          change.mutate((w) => ({ ...w, openQuestions: [...w.openQuestions, text] }));
        }}
        onRemove={(index) =>
          change.mutate((w) => ({
            ...w,
            openQuestions: w.openQuestions.filter((_, i) => i !== index),
          }))
        }
      />
      <Actions
        workshop={workshop}
        draft={draft}
        onDraft={onDraft}
        onAdd={(text, owner) => {
          onDraft({ action: '', owner: '' });
          addAction.mutate({ text, owner });
        }}
        onRemove={(id) =>
          change.mutate((w) => ({ ...w, actions: w.actions.filter((a) => a.id !== id) }))
        }
      />
    </div>
  );
}

function TextList({
  title,
  label,
  items,
  value,
  onValue,
  onAdd,
  onRemove,
}: {
  title: string;
  label: string;
  items: string[];
  value: string;
  onValue: (text: string) => void;
  onAdd: (text: string) => void;
  onRemove: (index: number) => void;
}) {
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) onAdd(value.trim());
  };
  return (
    <section className="wrap-up__list" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{title}</h4>
      {items.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <ul>
          {items.map((text, index) => (
            <li key={`${index}-${text}`}>
              <span>{text}</span>
              <button
                type="button"
                className="icon-button icon-button--danger"
                aria-label={`Remove “${text}”`}
                onClick={() => onRemove(index)}
              >
                <Icon name="trash" size={14} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-add" onSubmit={submit}>
        <label htmlFor={`${id}-input`} className="visually-hidden">
          {label}
        </label>
        <input
          id={`${id}-input`}
          value={value}
          maxLength={500}
          placeholder={`${label}, then Enter`}
          onChange={(e) => onValue(e.target.value)}
        />
        <button type="submit" className="button">
          Add
        </button>
      </form>
    </section>
  );
}

function Actions({
  workshop,
  draft,
  onDraft,
  onAdd,
  onRemove,
}: Props & { onAdd: (text: string, owner: string) => void; onRemove: (id: string) => void }) {
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.action.trim()) onAdd(draft.action.trim(), draft.owner.trim());
  };
  return (
    <section className="wrap-up__list" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>Who owns what</h4>
      {workshop.actions.length === 0 ? (
        <p className="muted">No actions yet.</p>
      ) : (
        <ul>
          {workshop.actions.map((a) => (
            <li key={a.id}>
              <span>
                {a.text}
                {a.owner && <span className="muted"> — {a.owner}</span>}
              </span>
              <button
                type="button"
                className="icon-button icon-button--danger"
                aria-label={`Remove “${a.text}”`}
                onClick={() => onRemove(a.id)}
              >
                <Icon name="trash" size={14} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-add inline-add--two" onSubmit={submit}>
        <label htmlFor={`${id}-action`} className="visually-hidden">
          New action
        </label>
        <input
          id={`${id}-action`}
          value={draft.action}
          maxLength={300}
          placeholder="Action"
          onChange={(e) => onDraft({ action: e.target.value })}
        />
        <label htmlFor={`${id}-owner`} className="visually-hidden">
          Owner
        </label>
        <input
          id={`${id}-owner`}
          value={draft.owner}
          maxLength={120}
          placeholder="Owner"
          onChange={(e) => onDraft({ owner: e.target.value })}
        />
        <button type="submit" className="button">
          Add
        </button>
      </form>
    </section>
  );
}
