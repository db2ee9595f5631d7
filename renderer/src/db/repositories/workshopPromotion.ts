import type { Objective } from '@shared/domain';
import { textSchema } from '@shared/domain';
import { voteCandidates, type Promotion, type VoteCandidate } from '@shared/domain/workshop';
import { nextVersion, type Versioned } from '@shared/domain/revisions';
import { db, nowIso } from './common';
import { createKeyResult } from './keyResults';
import { createObjective } from './objectives';

/** Where chosen ideas go: new objectives, or key results under one objective. */
export type PromotionTarget = { kind: 'objective' } | { kind: 'keyResult'; objectiveId: string };

const DESCRIPTION_MAX = 2000;

/** The cards an idea came from, as a line for the new objective's description. */
function originLine(candidate: VoteCandidate, texts: Map<string, string>): string {
  const cards = candidate.cardIds.map((id) => texts.get(id)).filter((t) => t !== undefined);
  const line = `From the workshop's idea cards: ${cards.map((t) => `“${t}”`).join('; ')}.`;
  return textSchema(DESCRIPTION_MAX).parse(line.slice(0, DESCRIPTION_MAX));
}

/**
 * Turns chosen ideas (clusters or loose cards, in the order given) into objectives, or into key
 * results of one objective, in one transaction. Each cluster and card remembers what it became,
 * so the cards stay the new objective's origin; its description lists them too.
 */
export async function promoteIdeas(
  workshopId: string,
  ideaIds: readonly string[],
  target: PromotionTarget,
): Promise<Promotion[]> {
  const d = db();
  return d.transaction(
    'rw',
    // Teams and levels: a new objective's parent is checked against them.
    [
      d.teams,
      d.levels,
      d.cycles,
      d.objectives,
      d.keyResults,
      d.workshops,
      d.workshopCards,
      d.workshopClusters,
    ],
    async () => {
      const workshop = await d.workshops.get(workshopId);
      if (!workshop) throw new Error('That workshop no longer exists.');
      const cycle = await d.cycles.get(workshop.cycleId);
      if (!cycle) throw new Error('That quarter no longer exists.');
      const [cards, clusters] = await Promise.all([
        d.workshopCards.where('workshopId').equals(workshopId).toArray(),
        d.workshopClusters.where('workshopId').equals(workshopId).toArray(),
      ]);
      const candidates = new Map(voteCandidates(cards, clusters).map((c) => [c.id, c]));
      const texts = new Map(cards.map((c) => [c.id, c.text]));
      const at = nowIso();
      const promotions: Promotion[] = [];
      for (const id of ideaIds) {
        const idea = candidates.get(id);
        if (!idea) throw new Error('One of the chosen ideas is no longer on the board.');
        const promotion = await promoteOne(idea, target, cycle, originLine(idea, texts));
        promotions.push(promotion);
        // The idea's next revision: a form open on it elsewhere learns it was promoted.
        const promoted = <T extends Versioned>(row: T): T => ({
          ...row,
          promotedTo: promotion,
          ...nextVersion(row, at),
        });
        if (idea.kind === 'cluster') {
          const row = await d.workshopClusters.get(idea.id);
          if (row) await d.workshopClusters.put(promoted(row));
        } else {
          const row = await d.workshopCards.get(idea.id);
          if (row) await d.workshopCards.put(promoted(row));
        }
      }
      return promotions;
    },
  );
}

async function promoteOne(
  idea: VoteCandidate,
  target: PromotionTarget,
  cycle: { id: string; businessNeed: string; engineeringLever: string },
  origin: string,
): Promise<Promotion> {
  // A key result's origin is kept by the cluster or card pointing at it (`promotedTo`).
  if (target.kind === 'objective') {
    const objective: Objective = await createObjective(cycle.id, {
      title: idea.title,
      description: origin,
      kind: 'committed',
      businessNeed: cycle.businessNeed,
      engineeringLever: cycle.engineeringLever,
      parentObjectiveId: null,
    });
    return { kind: 'objective', id: objective.id };
  }
  const keyResult = await createKeyResult(target.objectiveId, {
    title: idea.title,
    metric: '',
    unit: '',
    baseline: null,
    target: null,
    direction: 'increase',
    measuredBy: '',
    owner: '',
    proposedBy: 'Workshop',
    status: 'proposed',
  });
  return { kind: 'keyResult', id: keyResult.id };
}
