import { useLiveQuery } from 'dexie-react-hooks';
import type { Contents } from '@shared/domain/contents';
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
import {
  keyResultLineage,
  teamHistory,
  type Lineage,
  type QuarterHistory,
} from './repositories/history';
import { listCheckIns } from './repositories/checkIns';
import { countQuarterContents, countTeamContents } from './repositories/contents';
import { listDependencies } from './repositories/dependencies';
import {
  getCycle,
  listCycles,
  listParentCandidates,
  listParentGroups,
  type ParentGroup,
} from './repositories/cycles';
import { listOwners } from './repositories/levels';
import {
  listQuarterLabels,
  loadOrganisationQuarter,
  loadSearchTargets,
  type OrganisationQuarter,
} from './repositories/organisation';
import type { SearchTarget } from '@shared/domain/alignment/search';
import type { Owner } from '@shared/domain/alignment/levels';
import { listKeyResults } from './repositories/keyResults';
import { listObjectives } from './repositories/objectives';
import { listTeams } from './repositories/teams';
import { startupKey, startupSnapshot } from './startupSnapshots';

/*
 * Reads are live queries over the repositories' reads; a hook never queries the database itself.
 * Any write, in this window or another, re-renders what depends on it. `undefined` means "still
 * loading", distinct from an empty list. The reads a start needs begin before the first render
 * (`startupSnapshots.ts`): while those are held live, their hooks begin with their values.
 */

export function useTeams(): Team[] | undefined {
  return useLiveQuery(() => listTeams(), [], startupSnapshot<Team[]>(startupKey.teams()));
}

export function useCycles(teamId: string | null): Cycle[] | undefined {
  return useLiveQuery(
    () => (teamId ? listCycles(teamId) : []),
    [teamId],
    startupSnapshot<Cycle[]>(teamId && startupKey.cycles(teamId)),
  );
}

export function useCycle(cycleId: string | null): Cycle | null | undefined {
  return useLiveQuery(
    async () => (cycleId ? ((await getCycle(cycleId)) ?? null) : null),
    [cycleId],
  );
}

/**
 * Looks a quarter up by id, saying which id the answer is for: a live query answers a moment
 * after its id changes, and an answer for the previous id must not read as "gone".
 */
export function useCycleLookup(
  cycleId: string | null,
): { cycleId: string; cycle: Cycle | null } | undefined {
  return useLiveQuery(
    async () => (cycleId ? { cycleId, cycle: (await getCycle(cycleId)) ?? null } : undefined),
    [cycleId],
  );
}

export function useObjectives(cycleId: string | null): Objective[] | undefined {
  return useLiveQuery(
    () => (cycleId ? listObjectives(cycleId) : []),
    [cycleId],
    startupSnapshot<Objective[]>(cycleId && startupKey.objectives(cycleId)),
  );
}

export function useKeyResults(cycleId: string | null): KeyResult[] | undefined {
  return useLiveQuery(
    () => (cycleId ? listKeyResults(cycleId) : []),
    [cycleId],
    startupSnapshot<KeyResult[]>(cycleId && startupKey.keyResults(cycleId)),
  );
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
  return useLiveQuery(
    () => (cycleId ? listCheckIns(cycleId) : []),
    [cycleId],
    startupSnapshot<CheckIn[]>(cycleId && startupKey.checkIns(cycleId)),
  );
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

export type { Lineage, QuarterRef } from './repositories/history';

/** Where a quarter's KRs came from and went to: carry-forward lineage, both ways. */
export function useLineage(cycleId: string | null): Lineage | undefined {
  return useLiveQuery(async () => (cycleId ? keyResultLineage(cycleId) : {}), [cycleId]);
}

/** Every quarter of a team, for calibration across quarters. */
export function useTeamHistory(teamId: string | null): QuarterHistory[] | undefined {
  return useLiveQuery(async () => (teamId ? teamHistory(teamId) : []), [teamId]);
}

/** What a team holds, counted, for the question before deleting it; kept live while it is asked. */
export function useTeamContents(teamId: string | null): Contents | null | undefined {
  return useLiveQuery(async () => (teamId ? countTeamContents(teamId) : null), [teamId]);
}

/** What a quarter holds, counted, for the question before deleting it. */
export function useQuarterContents(cycleId: string | null): Contents | null | undefined {
  return useLiveQuery(async () => (cycleId ? countQuarterContents(cycleId) : null), [cycleId]);
}

/** Every owner of objectives with its level (organisation, groups, teams), highest first. */
export function useOwners(): Owner[] | undefined {
  return useLiveQuery(() => listOwners(), []);
}

/** What this quarter's objectives can align to: higher-level objectives, grouped by owner. */
export function useParentGroups(cycle: Cycle | null): ParentGroup[] | undefined {
  return useLiveQuery(
    () => (cycle ? listParentGroups(cycle) : []),
    [cycle?.id, cycle?.label, cycle?.teamId],
  );
}

/** Every quarter label in the workspace, newest first. */
export function useQuarterLabels(): string[] | undefined {
  return useLiveQuery(() => listQuarterLabels(), []);
}

/** One quarter label across every owner, for the organisation view. */
export function useOrganisationQuarter(
  label: string | null,
): OrganisationQuarter | null | undefined {
  return useLiveQuery(async () => (label ? loadOrganisationQuarter(label) : null), [label]);
}

/** Everything the command palette can jump to, live while `isOpen`; empty while closed. */
export function useSearchTargets(isOpen: boolean): SearchTarget[] | undefined {
  return useLiveQuery(async () => (isOpen ? loadSearchTargets() : []), [isOpen]);
}
