import type { Cycle, Dependency, KeyResult, Objective } from '@shared/domain';
import type {
  AgendaItem,
  Ballot,
  Card,
  Cluster,
  ConfidenceRound,
  ConfidenceVote,
  Participant,
  Workshop,
} from '@shared/domain/workshop';
import {
  PresentAgenda,
  PresentContext,
  PresentDependencies,
  PresentPlan,
  PresentWrapUp,
} from './PresentPanes';
import { PresentBoard } from './PresentBoard';
import { PresentConfidence, PresentDotVote } from './PresentVotes';

/** Everything the projector may show, read live from the database. */
export type PresentData = {
  participants: Participant[];
  cards: Card[];
  clusters: Cluster[];
  ballots: Ballot[];
  rounds: ConfidenceRound[];
  votes: ConfidenceVote[];
  objectives: Objective[];
  keyResults: KeyResult[];
  dependencies: Dependency[];
};

/** What the room looks at during an item, by the item's kind. */
export function PresentItem({
  workshop,
  cycle,
  item,
  data,
}: {
  workshop: Workshop;
  cycle: Cycle;
  item: AgendaItem | null;
  data: PresentData;
}) {
  if (!item) return <PresentAgenda workshop={workshop} />;
  switch (item.kind) {
    case 'silent-writing':
    case 'cluster':
      return (
        <PresentBoard
          cards={data.cards}
          clusters={data.clusters}
          isWriting={item.kind === 'silent-writing'}
        />
      );
    case 'dot-vote':
      return <PresentDotVote item={item} data={data} />;
    case 'confidence-vote':
      return <PresentConfidence data={data} />;
    case 'context':
      return <PresentContext workshop={workshop} cycle={cycle} data={data} />;
    case 'key-results':
    case 'check-in':
    case 'scoring':
    case 'retro':
      return <PresentPlan objectives={data.objectives} keyResults={data.keyResults} />;
    case 'dependencies':
      return <PresentDependencies dependencies={data.dependencies} />;
    case 'wrap-up':
      return <PresentWrapUp workshop={workshop} />;
    case 'discussion':
      return <PresentAgenda workshop={workshop} />;
  }
}
