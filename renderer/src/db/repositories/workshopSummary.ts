import type { WorkshopSummaryData } from '@shared/documents/workshop';
import { db } from './common';
import { compareDayText } from '@shared/domain/calendar/days';

/** Everything a workshop's hand-out needs, read in one consistent snapshot. */
export async function loadWorkshopSummaryData(
  workshopId: string,
  now: number = Date.now(),
): Promise<WorkshopSummaryData> {
  const d = db();
  return d.transaction(
    'r',
    [
      d.teams,
      d.cycles,
      d.objectives,
      d.keyResults,
      d.workshops,
      d.workshopParticipants,
      d.workshopCards,
      d.workshopClusters,
      d.workshopBallots,
      d.confidenceRounds,
      d.confidenceVotes,
    ],
    async () => {
      const workshop = await d.workshops.get(workshopId);
      if (!workshop) throw new Error('That workshop no longer exists.');
      const cycle = await d.cycles.get(workshop.cycleId);
      const team = cycle && (await d.teams.get(cycle.teamId));
      if (!cycle || !team) throw new Error('That workshop’s quarter no longer exists.');
      const of = { workshopId } as const;
      const [participants, cards, clusters, ballots, rounds, votes, objectives, keyResults] =
        await Promise.all([
          d.workshopParticipants.where(of).toArray(),
          d.workshopCards.where(of).toArray(),
          d.workshopClusters.where(of).toArray(),
          d.workshopBallots.where(of).toArray(),
          d.confidenceRounds.where(of).toArray(),
          d.confidenceVotes.where(of).toArray(),
          d.objectives.where('cycleId').equals(cycle.id).toArray(),
          d.keyResults.where('cycleId').equals(cycle.id).toArray(),
        ]);
      const byOrder = <T extends { order: number }>(rows: T[]) =>
        rows.sort((a, b) => a.order - b.order);
      return {
        team,
        cycle,
        workshop,
        participants: byOrder(participants),
        cards: byOrder(cards),
        clusters: byOrder(clusters),
        ballots,
        rounds: rounds.sort((a, b) => compareDayText(a.createdAt, b.createdAt)),
        votes,
        objectives,
        keyResults,
        now,
      };
    },
  );
}
