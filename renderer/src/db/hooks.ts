import { useLiveQuery } from 'dexie-react-hooks';
import type { Cycle, KeyResult, Objective, Team } from '@shared/domain';
import { getCycle, listCycles } from './repositories/cycles';
import { listKeyResults } from './repositories/keyResults';
import { listObjectives } from './repositories/objectives';
import { listTeams } from './repositories/teams';

/*
 * Reads are live queries: any write, in this window or another, re-renders what depends on it.
 * `undefined` means "still loading", distinct from an empty list.
 */

export function useTeams(): Team[] | undefined {
  return useLiveQuery(() => listTeams(), []);
}

export function useCycles(teamId: string | null): Cycle[] | undefined {
  return useLiveQuery(() => (teamId ? listCycles(teamId) : []), [teamId]);
}

export function useCycle(cycleId: string | null): Cycle | null | undefined {
  return useLiveQuery(
    async () => (cycleId ? ((await getCycle(cycleId)) ?? null) : null),
    [cycleId],
  );
}

export function useObjectives(cycleId: string | null): Objective[] | undefined {
  return useLiveQuery(() => (cycleId ? listObjectives(cycleId) : []), [cycleId]);
}

export function useKeyResults(cycleId: string | null): KeyResult[] | undefined {
  return useLiveQuery(() => (cycleId ? listKeyResults(cycleId) : []), [cycleId]);
}
