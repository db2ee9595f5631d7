import { useState } from 'react';
import {
  AGENDA_KINDS,
  agendaItemVersion,
  elapsedMs,
  moveAgendaItem,
  plannedMinutes,
  removeItem,
  type AgendaItem,
  type Workshop,
} from '@shared/domain/workshop';
import { useToastStore } from '../../state/toastStore';
import { Icon } from '../../components/Icon';
import { MoveButtons } from '../../components/MoveButtons';
import { changeWorkshop } from '../../db/repositories/workshops';
import { AgendaItemForm } from './AgendaItemForm';
import { useChangeWorkshop } from './workshopMutations';
import type { useWorkshopRun } from './useWorkshopRun';
import './agenda.css';

const STATUS_WORDS: Record<AgendaItem['status'], string> = {
  pending: 'To come',
  active: 'Now',
  done: 'Done',
  skipped: 'Skipped',
};

/** The agenda: timeboxed items to start, edit, reorder, add and remove. */
export function AgendaPanel({
  workshop,
  run,
  now,
}: {
  workshop: Workshop;
  run: ReturnType<typeof useWorkshopRun>;
  now: number;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [isAdding, setAdding] = useState(false);
  const show = useToastStore((s) => s.show);
  const change = useChangeWorkshop(workshop.id);

  const remove = (item: AgendaItem, index: number) => {
    change.mutate((w) => removeItem(w, item.id), {
      onSuccess: () =>
        show({
          tone: 'info',
          message: `Agenda item “${item.title}” removed.`,
          undo: async () => {
            await changeWorkshop(workshop.id, (w) => ({
              ...w,
              agenda: [...w.agenda.slice(0, index), item, ...w.agenda.slice(index)],
            }));
          },
        }),
    });
  };

  const last = workshop.agenda.length - 1;
  // An ended workshop is a record: its agenda reads as it ran, with no way to change it.
  const isEnded = workshop.status === 'ended';
  return (
    <section className="panel agenda" aria-labelledby="agenda-heading">
      <h3 id="agenda-heading">
        Agenda <span className="muted">· {plannedMinutes(workshop.agenda)} min planned</span>
      </h3>
      {workshop.agenda.length === 0 && !isEnded && (
        <p className="muted">No items yet: add the first one.</p>
      )}
      <ol className="agenda__list">
        {workshop.agenda.map((item, index) => {
          const isCurrent = item.id === workshop.currentItemId;
          const ran = Math.floor(elapsedMs(item.timer, now) / 60_000);
          return (
            <li
              key={item.id}
              className={`agenda__item agenda__item--${item.status}${isCurrent ? ' is-current' : ''}`}
              aria-label={`Agenda item: ${item.title}`}
              aria-current={isCurrent ? 'step' : undefined}
            >
              {editing === item.id ? (
                <AgendaItemForm
                  workshopId={workshop.id}
                  item={agendaItemVersion(workshop, item)}
                  onDone={() => setEditing(null)}
                  onRemove={() => {
                    setEditing(null);
                    remove(item, index);
                  }}
                />
              ) : (
                <>
                  <span className="agenda__number" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span className="agenda__title">{item.title}</span>
                  <span className="agenda__meta">
                    {item.minutes} min
                    {item.timer.addedMs > 0 && ` +${Math.round(item.timer.addedMs / 60_000)}`}
                    {ran > 0 && ` · ran ${ran}`} ·{' '}
                    {/* Once the workshop has ended, an item never started is not still to come. */}
                    {workshop.status === 'ended' && item.status === 'pending'
                      ? 'Not reached'
                      : STATUS_WORDS[item.status]}
                  </span>
                  {!isEnded && (
                    <div className="agenda__actions">
                      {!isCurrent && (
                        <button
                          type="button"
                          className="icon-button agenda__start"
                          onClick={() => run.start(item.id)}
                          disabled={run.isPending}
                          aria-label={`Start ${item.title}`}
                          title={`Start (${AGENDA_KINDS[item.kind].label})`}
                        >
                          <span aria-hidden="true">▶</span>
                        </button>
                      )}
                      <button
                        type="button"
                        className="icon-button"
                        onClick={() => setEditing(item.id)}
                        aria-label={`Edit ${item.title}`}
                        title="Edit"
                      >
                        <Icon name="edit" size={16} />
                      </button>
                      <MoveButtons
                        noun="agenda item"
                        title={item.title}
                        isFirst={index === 0}
                        isLast={index === last}
                        iconSize={16}
                        onMove={(delta) =>
                          change.mutate((w) => ({
                            ...w,
                            agenda: moveAgendaItem(w.agenda, item.id, delta),
                          }))
                        }
                      />
                    </div>
                  )}
                </>
              )}
            </li>
          );
        })}
      </ol>
      {isEnded ? null : isAdding ? (
        <AgendaItemForm workshopId={workshop.id} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="button button--quiet" onClick={() => setAdding(true)}>
          <Icon name="plus" size={16} /> Add agenda item
        </button>
      )}
    </section>
  );
}
