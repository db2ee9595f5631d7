import { useLiveQuery } from 'dexie-react-hooks';
import type {
  Ballot,
  Card,
  Cluster,
  ConfidenceRound,
  ConfidenceVote,
  EffortEntry,
  Participant,
  Workshop,
} from '@shared/domain/workshop';
import { startingConfidence } from '@shared/domain/workshop';
import { listEffort } from './repositories/effort';
import { listCards, listClusters } from './repositories/workshopBoard';
import { listParticipants } from './repositories/workshopParticipants';
import {
  listAgreedRounds,
  listBallots,
  listConfidenceRounds,
  listConfidenceVotes,
} from './repositories/workshopVotes';
import { getWorkshop, listWorkshops } from './repositories/workshops';

/*
 * The workshop kit's reads, as live queries: the facilitator's window and the projector's
 * window (or tab) re-render from the same database, so they stay in step. `undefined` means
 * "still loading".
 */

export function useWorkshops(cycleId: string | null): Workshop[] | undefined {
  return useLiveQuery(() => (cycleId ? listWorkshops(cycleId) : []), [cycleId]);
}

/** One workshop; null when it does not exist (any more), undefined while loading. */
export function useWorkshop(id: string | null): Workshop | null | undefined {
  const result = useLiveQuery(
    async () => ({ id, workshop: id ? ((await getWorkshop(id)) ?? null) : null }),
    [id],
  );
  // Right after `id` changes the hook still holds the previous id's answer: that is loading.
  return result && result.id === id ? result.workshop : undefined;
}

export function useParticipants(workshopId: string | null): Participant[] | undefined {
  return useLiveQuery(() => (workshopId ? listParticipants(workshopId) : []), [workshopId]);
}

export function useCards(workshopId: string | null): Card[] | undefined {
  return useLiveQuery(() => (workshopId ? listCards(workshopId) : []), [workshopId]);
}

export function useClusters(workshopId: string | null): Cluster[] | undefined {
  return useLiveQuery(() => (workshopId ? listClusters(workshopId) : []), [workshopId]);
}

export function useBallots(workshopId: string | null): Ballot[] | undefined {
  return useLiveQuery(() => (workshopId ? listBallots(workshopId) : []), [workshopId]);
}

export function useConfidenceRounds(workshopId: string | null): ConfidenceRound[] | undefined {
  return useLiveQuery(() => (workshopId ? listConfidenceRounds(workshopId) : []), [workshopId]);
}

export function useConfidenceVotes(workshopId: string | null): ConfidenceVote[] | undefined {
  return useLiveQuery(() => (workshopId ? listConfidenceVotes(workshopId) : []), [workshopId]);
}

export function useEffort(cycleId: string | null): EffortEntry[] | undefined {
  return useLiveQuery(() => (cycleId ? listEffort(cycleId) : []), [cycleId]);
}

/** Each key result's starting confidence agreed in a workshop, by key result id. */
export function useStartingConfidences(
  keyResultIds: readonly string[],
): Map<string, number> | undefined {
  const key = keyResultIds.join(',');
  return useLiveQuery(async () => {
    const rounds = await listAgreedRounds(keyResultIds);
    const map = new Map<string, number>();
    for (const id of keyResultIds) {
      const value = startingConfidence(id, rounds);
      if (value !== null) map.set(id, value);
    }
    return map;
    // The ids are compared by value (`key`): a new array with the same ids is the same query.
  }, [key]);
}
