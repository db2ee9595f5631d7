import { useState } from 'react';
import type { Cycle } from '@shared/domain';
import { WORKSHOP_KIND_LABELS, type Workshop } from '@shared/domain/workshop';
import { useKeyResults } from '../../db/hooks';
import {
  useBallots,
  useCards,
  useClusters,
  useConfidenceRounds,
  useConfidenceVotes,
  useParticipants,
} from '../../db/workshopHooks';
import { AgendaPanel } from './AgendaPanel';
import { CurrentItem } from './CurrentItem';
import { EndedBanner } from './EndedBanner';
import { EndWorkshopDialog } from './EndWorkshopDialog';
import { ExportSummaryDialog } from './ExportSummaryDialog';
import { ParticipantsPanel } from './ParticipantsPanel';
import { InviteRoomButton, RoomPanel } from './room/RoomPanel';
import { useWorkshopDraft } from './useWorkshopDraft';
import { useWorkshopRun } from './useWorkshopRun';
import { useChangeWorkshop, useOpenPresentation } from './workshopMutations';
import './workshop.css';

type SettingsPatch = Partial<Pick<Workshop, 'theme' | 'isChimeOn'>>;

const STATUS_LABELS: Record<Workshop['status'], string> = {
  preparing: 'Preparing',
  running: 'Running',
  ended: 'Ended',
};

/**
 * The facilitator's view of one workshop, on the laptop: the agenda and participants beside
 * the current item's timer and tool, and the way to the projector.
 */
export function WorkshopScreen({
  cycle,
  workshop,
  now,
  onAllWorkshops,
}: {
  cycle: Cycle;
  workshop: Workshop;
  /** The current time, ticking while a timer runs. */
  now: number;
  onAllWorkshops: () => void;
}) {
  const participants = useParticipants(workshop.id);
  const cards = useCards(workshop.id);
  const clusters = useClusters(workshop.id);
  const ballots = useBallots(workshop.id);
  const rounds = useConfidenceRounds(workshop.id);
  const votes = useConfidenceVotes(workshop.id);
  const keyResults = useKeyResults(cycle.id);
  const run = useWorkshopRun(workshop.id);
  const { draft, update, isLoaded } = useWorkshopDraft(workshop.id, cycle.id);
  const [dialog, setDialog] = useState<'end' | 'export' | null>(null);
  const [isInviting, setInviting] = useState(false);
  const isEnded = workshop.status === 'ended';
  const present = useOpenPresentation(workshop.id);
  const [choice, setChoice] = useState<{ patch: SettingsPatch; at: string } | null>(null);
  const settings = useChangeWorkshop(workshop.id);

  // A toggle shows the choice at once; the stored row takes over once it is newer than that.
  const choose = (patch: SettingsPatch) => {
    setChoice({ patch, at: new Date().toISOString() });
    settings.mutate((w) => ({ ...w, ...patch }));
  };
  const shown =
    choice && choice.at >= workshop.updatedAt ? { ...workshop, ...choice.patch } : workshop;

  // Fields appear once the unsaved draft is read, so a late read can never replace typing.
  if (
    !isLoaded ||
    !participants ||
    !cards ||
    !clusters ||
    !ballots ||
    !rounds ||
    !votes ||
    !keyResults
  ) {
    return <p className="loading">Opening the workshop…</p>;
  }
  return (
    <section className="workshop" aria-labelledby="workshop-title">
      <header className="workshop__header">
        <div>
          <p className="eyebrow">
            {WORKSHOP_KIND_LABELS[workshop.kind]} · {cycle.label} · {STATUS_LABELS[workshop.status]}
          </p>
          <h2 id="workshop-title">{workshop.title}</h2>
        </div>
        <div className="workshop__actions">
          <button type="button" className="button button--primary" onClick={() => present.mutate()}>
            Open presentation
          </button>
          <InviteRoomButton workshop={workshop} onInvite={() => setInviting(true)} />
          <label className="checkbox workshop__toggle">
            <input
              type="checkbox"
              checked={shown.theme === 'dark'}
              onChange={(e) => choose({ theme: e.target.checked ? 'dark' : 'light' })}
            />
            Dark projector
          </label>
          <label className="checkbox workshop__toggle">
            <input
              type="checkbox"
              checked={shown.isChimeOn}
              onChange={(e) => choose({ isChimeOn: e.target.checked })}
            />
            Chime
          </label>
          <button type="button" className="button" onClick={() => setDialog('export')}>
            Export summary…
          </button>
          {workshop.status !== 'ended' ? (
            <button type="button" className="button" onClick={() => setDialog('end')}>
              End workshop…
            </button>
          ) : null}
          <button type="button" className="button button--quiet" onClick={onAllWorkshops}>
            All workshops
          </button>
        </div>
      </header>
      {isEnded && <EndedBanner workshop={workshop} />}
      <div className="workshop__grid">
        {/* An ended workshop is a record: fieldsets disable its agenda and participants. The
            room stays operable, so a room still open can be closed. */}
        <div className="workshop__side">
          <fieldset className="read-only" disabled={isEnded}>
            <AgendaPanel workshop={workshop} run={run} now={now} />
          </fieldset>
          <RoomPanel workshop={workshop} isInviting={isInviting} onInvitingChange={setInviting} />
          <fieldset className="read-only" disabled={isEnded}>
            <ParticipantsPanel workshopId={workshop.id} participants={participants} />
          </fieldset>
        </div>
        <CurrentItem
          workshop={workshop}
          participants={participants}
          cards={cards}
          clusters={clusters}
          ballots={ballots}
          rounds={rounds}
          votes={votes}
          keyResults={keyResults}
          now={now}
          run={run}
          draft={draft}
          onDraft={update}
          onEnd={() => setDialog('end')}
          onExport={() => setDialog('export')}
        />
      </div>
      {dialog === 'end' && (
        <EndWorkshopDialog
          workshop={workshop}
          participantCount={participants.length}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'export' && (
        <ExportSummaryDialog workshopId={workshop.id} onClose={() => setDialog(null)} />
      )}
    </section>
  );
}
