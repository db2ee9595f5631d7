import type { CheckIn, Cycle, Dependency, KeyResult, Objective } from '@shared/domain';
import { ownersOf, type Owner } from '@shared/domain/alignment/levels';
import { searchTargets, type SearchTarget } from '@shared/domain/alignment/search';
import type { QuarterData } from '@shared/documents/model';
import { db } from './common';
import { loadQuarterData } from './quarterData';

/** One quarter label across the workspace: every owner and every owner's quarter with that label. */
export type OrganisationQuarter = {
  label: string;
  owners: Owner[];
  cycles: Cycle[];
  objectives: Objective[];
  keyResults: KeyResult[];
  checkIns: CheckIn[];
  dependencies: Dependency[];
};

/** Every quarter label any owner has, newest first. */
export async function listQuarterLabels(): Promise<string[]> {
  const keys = await db().cycles.orderBy('[teamId+label]').keys();
  const labels = new Set(keys.flatMap((key) => (Array.isArray(key) ? [String(key[1])] : [])));
  return [...labels].sort((a, b) => b.localeCompare(a));
}

/**
 * Everything the organisation view shows of one quarter label, read in one consistent snapshot:
 * the owners with their levels, their quarters with that label, and those quarters' objectives,
 * key results, check-ins and dependencies.
 */
export async function loadOrganisationQuarter(label: string): Promise<OrganisationQuarter> {
  const d = db();
  const tables = [
    d.teams,
    d.levels,
    d.cycles,
    d.objectives,
    d.keyResults,
    d.checkIns,
    d.dependencies,
  ];
  return d.transaction('r', tables, async () => {
    const owners = ownersOf(await d.teams.toArray(), await d.levels.toArray());
    const cycles = await d.cycles
      .where('[teamId+label]')
      .anyOf(owners.map((o) => [o.id, label]))
      .toArray();
    const ids = cycles.map((c) => c.id);
    const [objectives, keyResults, checkIns, dependencies] = await Promise.all([
      d.objectives.where('cycleId').anyOf(ids).toArray(),
      d.keyResults.where('cycleId').anyOf(ids).toArray(),
      d.checkIns.where('cycleId').anyOf(ids).toArray(),
      d.dependencies.where('cycleId').anyOf(ids).toArray(),
    ]);
    return { label, owners, cycles, objectives, keyResults, checkIns, dependencies };
  });
}

/** Everything the command palette can jump to, across every owner and quarter. */
export async function loadSearchTargets(): Promise<SearchTarget[]> {
  const d = db();
  return d.transaction('r', [d.teams, d.levels, d.cycles, d.objectives, d.keyResults], async () =>
    searchTargets({
      owners: ownersOf(await d.teams.toArray(), await d.levels.toArray()),
      cycles: await d.cycles.toArray(),
      objectives: await d.objectives.toArray(),
      keyResults: await d.keyResults.toArray(),
    }),
  );
}

/** The department review's sources: the quarter across the workspace, and each owner's own review data. */
export async function loadDepartmentData(
  label: string,
  now: Date = new Date(),
): Promise<{ quarter: OrganisationQuarter; reviews: QuarterData[] }> {
  const quarter = await loadOrganisationQuarter(label);
  const reviews = await Promise.all(quarter.cycles.map((c) => loadQuarterData(c.id, now)));
  return { quarter, reviews };
}
