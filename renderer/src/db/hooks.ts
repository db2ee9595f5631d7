import { useLiveQuery } from 'dexie-react-hooks';
import type {
  CheckIn,
  Cycle,
  CycleRetro,
  Dependency,
  KeyResult,
  KeyResultRetro,
  Objective,
  Team,
} from '@shared/domain';
import { getCycleRetro, listKeyResultRetros } from './repositories/retros';
import { db } from './repositories/common';
import { listCheckIns } from './repositories/checkIns';
import { listDependencies } from './repositories/dependencies';
import { getCycle, listCycles, listParentCandidates } from './repositories/cycles';
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

/** Objectives of other teams in the same quarter, which this cycle's objectives can align to. */
export function useParentCandidates(cycle: Cycle | null): Objective[] | undefined {
  return useLiveQuery(
    () => (cycle ? listParentCandidates(cycle) : []),
    [cycle?.id, cycle?.label, cycle?.teamId],
  );
}

export function useDependencies(cycleId: string | null): Dependency[] | undefined {
  return useLiveQuery(() => (cycleId ? listDependencies(cycleId) : []), [cycleId]);
}

/** Every check-in of a quarter, including corrected versions (history needs them). */
export function useCheckIns(cycleId: string | null): CheckIn[] | undefined {
  return useLiveQuery(() => (cycleId ? listCheckIns(cycleId) : []), [cycleId]);
}

export function useKeyResultRetros(cycleId: string | null): KeyResultRetro[] | undefined {
  return useLiveQuery(() => (cycleId ? listKeyResultRetros(cycleId) : []), [cycleId]);
}

export function useCycleRetro(cycleId: string | null): CycleRetro | null | undefined {
  return useLiveQuery(
    async () => (cycleId ? ((await getCycleRetro(cycleId)) ?? null) : null),
    [cycleId],
  );
}

/** Where a quarter's KRs came from and went to: carry-forward lineage, both ways. */
export type Lineage = Record<string, { from?: string; to?: string }>;

export function useLineage(cycleId: string | null): Lineage | undefined {
  return useLiveQuery(async () => {
    if (!cycleId) return {};
    const d = db();
    const own = await d.keyResults.where('cycleId').equals(cycleId).toArray();
    const cycles = new Map((await d.cycles.toArray()).map((c) => [c.id, c.label]));
    const lineage: Lineage = {};
    const sources = await d.keyResults.bulkGet(own.map((kr) => kr.carriedFromKeyResultId ?? ''));
    own.forEach((kr, i) => {
      const source = sources[i];
      if (source) lineage[kr.id] = { ...lineage[kr.id], from: cycles.get(source.cycleId) };
    });
    const successors = await d.keyResults
      .where('carriedFromKeyResultId')
      .anyOf(own.map((kr) => kr.id))
      .toArray();
    for (const next of successors) {
      if (next.carriedFromKeyResultId) {
        lineage[next.carriedFromKeyResultId] = {
          ...lineage[next.carriedFromKeyResultId],
          to: cycles.get(next.cycleId),
        };
      }
    }
    return lineage;
  }, [cycleId]);
}

/** Every quarter of a team, for calibration across quarters. */
export function useTeamHistory(teamId: string | null) {
  return useLiveQuery(async () => {
    if (!teamId) return [];
    const d = db();
    const cycles = await d.cycles.where('teamId').equals(teamId).toArray();
    const ids = cycles.map((c) => c.id);
    const [keyResults, checkIns] = await Promise.all([
      d.keyResults.where('cycleId').anyOf(ids).toArray(),
      d.checkIns.where('cycleId').anyOf(ids).toArray(),
    ]);
    return cycles.map((cycle) => ({
      cycle,
      keyResults: keyResults.filter((kr) => kr.cycleId === cycle.id),
      checkIns: checkIns.filter((c) => c.cycleId === cycle.id),
    }));
  }, [teamId]);
}
