import type { KeyResult } from '@shared/domain';
import {
  AGENDA_KINDS,
  currentItem,
  targetOf,
  type Ballot,
  type Card,
  type Cluster,
  type ConfidenceRound,
  type ConfidenceVote as Vote,
  type Participant,
  type Workshop,
} from '@shared/domain/workshop';
import { Countdown } from './Countdown';
import { TimerControls } from './TimerControls';
import { CardCapture } from './tools/CardCapture';
import { ClusterBoard } from './tools/ClusterBoard';
import { ConfidenceVote } from './tools/ConfidenceVote';
import { DotVote } from './tools/DotVote';
import { StepTool } from './tools/StepTool';
import { WrapUp } from './tools/WrapUp';
import type { WorkshopDraft } from './useWorkshopDraft';
import type { useWorkshopRun } from './useWorkshopRun';

export type WorkshopData = {
  workshop: Workshop;
  participants: Participant[];
  cards: Card[];
  clusters: Cluster[];
  ballots: Ballot[];
  rounds: ConfidenceRound[];
  votes: Vote[];
  keyResults: KeyResult[];
};

type Props = WorkshopData & {
  now: number;
  run: ReturnType<typeof useWorkshopRun>;
  draft: WorkshopDraft;
  onDraft: (patch: Partial<WorkshopDraft>) => void;
  onEnd: () => void;
  onExport: () => void;
};

/** The item on screen: its countdown and controls, and the tool it needs. */
export function CurrentItem(props: Props) {
  const { workshop, now, run, draft, onDraft } = props;
  const item = currentItem(workshop);
  if (!item) {
    const isDone = workshop.agenda.some((i) => i.status === 'done' || i.status === 'skipped');
    const first = workshop.agenda.find((i) => i.status === 'pending');
    return (
      <section className="current current--idle" aria-label="Current item">
        {workshop.status === 'ended' ? (
          <p>This workshop has ended. Its summary can still be exported.</p>
        ) : isDone && !first ? (
          <p>
            The agenda is through. End the workshop to record its time, then hand out the summary.
          </p>
        ) : (
          <p>
            Ready when the room is. Open the presentation on the projector, then start the first
            item.
          </p>
        )}
        <div className="current__actions">
          {first && workshop.status !== 'ended' && (
            <button
              type="button"
              className="button button--primary button--large"
              onClick={() => run.start(first.id)}
            >
              Start “{first.title}”
            </button>
          )}
          {workshop.status !== 'ended' && isDone && (
            <button type="button" className="button" onClick={props.onEnd}>
              End workshop…
            </button>
          )}
          {/* The toolbar always offers it; here it is the next step once the agenda is through. */}
          {workshop.status === 'ended' || (isDone && !first) ? (
            <button type="button" className="button" onClick={props.onExport}>
              Export summary…
            </button>
          ) : null}
        </div>
      </section>
    );
  }
  const target = targetOf(item.kind, workshop.kind);
  const index = workshop.agenda.indexOf(item);
  return (
    <section className="current" aria-labelledby="current-title">
      <header className="current__header">
        <div>
          <p className="eyebrow">
            Item {index + 1} of {workshop.agenda.length} · {AGENDA_KINDS[item.kind].label}
          </p>
          <h3 id="current-title">{item.title}</h3>
          {item.notes && <p className="current__notes">{item.notes}</p>}
        </div>
        <Countdown item={item} now={now} />
      </header>
      <TimerControls item={item} run={run} />
      <div className="current__tool">
        {item.kind === 'silent-writing' && (
          <>
            <CardCapture
              workshopId={workshop.id}
              participants={props.participants}
              text={draft.card}
              onTextChange={(card) => onDraft({ card })}
            />
            <ClusterBoard
              workshopId={workshop.id}
              cards={props.cards}
              clusters={props.clusters}
              participants={props.participants}
            />
          </>
        )}
        {item.kind === 'cluster' && (
          <ClusterBoard
            workshopId={workshop.id}
            cards={props.cards}
            clusters={props.clusters}
            participants={props.participants}
          />
        )}
        {item.kind === 'dot-vote' && (
          <DotVote
            workshop={workshop}
            item={item}
            cards={props.cards}
            clusters={props.clusters}
            participants={props.participants}
            ballots={props.ballots}
          />
        )}
        {item.kind === 'confidence-vote' && (
          <ConfidenceVote
            workshop={workshop}
            keyResults={props.keyResults}
            participants={props.participants}
            rounds={props.rounds}
            votes={props.votes}
          />
        )}
        {item.kind === 'wrap-up' && <WrapUp workshop={workshop} draft={draft} onDraft={onDraft} />}
        {target.screen !== 'workshop' && <StepTool target={target} />}
        {item.kind === 'discussion' && !item.notes && (
          <p className="muted">
            A timeboxed conversation: the projector shows the title and the time.
          </p>
        )}
      </div>
    </section>
  );
}
