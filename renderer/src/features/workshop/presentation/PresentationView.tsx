import { useEffect } from 'react';
import {
  AGENDA_KINDS,
  WORKSHOP_KIND_LABELS,
  currentItem,
  hasRunningTimer,
  plannedMinutes,
} from '@shared/domain/workshop';
import {
  useCycle,
  useDependencies,
  useKeyResults,
  useObjectives,
  useTeams,
} from '../../../db/hooks';
import { changeWorkshop } from '../../../db/repositories/workshops';
import { useWindowKeydown } from '../../../lib/useWindowKeydown';
import {
  useBallots,
  useCards,
  useClusters,
  useConfidenceRounds,
  useConfidenceVotes,
  useParticipants,
  useWorkshop,
} from '../../../db/workshopHooks';
import { Countdown } from '../Countdown';
import { useNow } from '../useNow';
import { PresentItem, type PresentData } from './PresentItem';
import { PresentRoom } from './PresentRoom';

/** F toggles full screen, T the theme: for the facilitator at the projector's keyboard. */
function usePresentationKeys(workshopId: string, theme: 'light' | 'dark' | null): void {
  useWindowKeydown((event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    if (key === 'f') {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
    } else if (key === 't' && theme) {
      void changeWorkshop(workshopId, (w) => ({
        ...w,
        theme: theme === 'dark' ? 'light' : 'dark',
      }));
    }
  });
}

/**
 * The projector's view of a workshop: the current item, its countdown and what the room works
 * on, large enough to read from the back of the room. It only reads: the facilitator's window
 * writes, and the database's live queries keep both in step.
 */
export function PresentationView({ workshopId }: { workshopId: string }) {
  const workshop = useWorkshop(workshopId);
  const cycle = useCycle(workshop?.cycleId ?? null);
  const teams = useTeams();
  const cycleId = workshop?.cycleId ?? null;
  const data: Partial<PresentData> = {
    participants: useParticipants(workshopId),
    cards: useCards(workshopId),
    clusters: useClusters(workshopId),
    ballots: useBallots(workshopId),
    rounds: useConfidenceRounds(workshopId),
    votes: useConfidenceVotes(workshopId),
    objectives: useObjectives(cycleId),
    keyResults: useKeyResults(cycleId),
    dependencies: useDependencies(cycleId),
  };
  const now = useNow(workshop ? hasRunningTimer(workshop) : false);
  const theme = workshop?.theme ?? 'dark';
  usePresentationKeys(workshopId, workshop ? theme : null);

  useEffect(() => {
    document.documentElement.dataset.presentation = theme;
    document.title = workshop ? `${workshop.title} — Quarterdeck` : 'Quarterdeck';
  }, [theme, workshop]);

  if (workshop === null) {
    return (
      <main className="present present--dark" aria-labelledby="present-title">
        <h1 id="present-title" className="present__missing">
          This workshop no longer exists. Open the presentation again from the workshop.
        </h1>
      </main>
    );
  }
  if (!workshop || !cycle || !teams || Object.values(data).some((v) => v === undefined)) {
    return (
      <main
        className={`present present--${theme}`}
        aria-busy="true"
        aria-label="Loading the presentation"
      />
    );
  }
  const team = teams.find((t) => t.id === cycle.teamId);
  const item = currentItem(workshop);
  const index = item ? workshop.agenda.indexOf(item) : -1;
  const next = workshop.agenda.slice(index + 1).find((i) => i.status === 'pending');
  return (
    <main className={`present present--${theme}`} aria-labelledby="present-title">
      <header className="present__top">
        <p className="present__eyebrow">
          {WORKSHOP_KIND_LABELS[workshop.kind]} · {team?.name} · {cycle.label}
        </p>
        {item ? (
          <p className="present__eyebrow">
            Item {index + 1} of {workshop.agenda.length} · {AGENDA_KINDS[item.kind].label}
          </p>
        ) : (
          workshop.status === 'preparing' && (
            <p className="present__eyebrow">
              Starting soon · {plannedMinutes(workshop.agenda)} min
            </p>
          )
        )}
      </header>
      <div className="present__head">
        <h1 id="present-title" className="present__title">
          {item ? item.title : workshop.status === 'ended' ? 'Thank you' : workshop.title}
        </h1>
        {item && <Countdown item={item} now={now} size="huge" />}
      </div>
      {workshop.status === 'running' && <PresentRoom workshopId={workshop.id} />}
      <div className="present__body">
        <PresentItem workshop={workshop} cycle={cycle} item={item} data={data as PresentData} />
      </div>
      {next && (
        <footer className="present__next">
          Up next: {next.title} · {next.minutes} min
        </footer>
      )}
    </main>
  );
}
