import { atRiskList } from '../checkins/atRisk';
import { latestCheckIn } from '../checkins/history';
import { dueStatus, type DueStatus } from '../checkins/schedule';
import { effectiveCheckIns } from '../checkins/history';
import { planInputFromEntities } from '../coach/adapters';
import { coachPlan } from '../coach/coach';
import type { CheckIn, Cycle, KeyResult, Objective } from '../entities';
import { blockingFindings } from '../setting/wizard';
import { dependenciesAtRiskFor, type DependencyMapRow } from './dependencyMap';
import type { Owner } from './levels';

/** One owner's line on the facilitator's overview of a quarter. */
export type OverviewRow = {
  owner: Owner;
  /** The owner's quarter with this label; null when it has none yet. */
  cycle: Cycle | null;
  /**
   * The check-in schedule as of today; null without a quarter, or while it is still being set
   * (check-ins count once it starts, as the quarter's own home says).
   */
  due: DueStatus | null;
  atRiskCount: number;
  /** Key results whose latest check-in names a blocker. */
  openBlockers: number;
  /** Dependencies at risk this owner needs, or is asked for. */
  dependenciesAtRisk: number;
  /** Error-level coach findings neither fixed nor kept on purpose; null outside Setting. */
  mustFix: number | null;
};

export type OverviewInput = {
  owners: readonly Owner[];
  cycles: readonly Cycle[];
  objectives: readonly Objective[];
  keyResults: readonly KeyResult[];
  checkIns: readonly CheckIn[];
  dependencies: readonly DependencyMapRow[];
  /** `YYYY-MM-DD`. */
  today: string;
};

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/**
 * The facilitator's overview of one quarter label: a line per owner (highest level first, in the
 * owners' order) with its phase, the next check-in due or overdue, key results at risk, open
 * blockers, dependencies at risk, and, while it is being set, the coach's must-fix count.
 */
export function overviewRows(input: OverviewInput): OverviewRow[] {
  const cycleOf = new Map(input.cycles.map((c) => [c.teamId, c] as const));
  const objectivesOf = groupBy(input.objectives, (o) => o.cycleId);
  const keyResultsOf = groupBy(input.keyResults, (k) => k.cycleId);
  const checkInsOf = groupBy(input.checkIns, (c) => c.cycleId);
  return input.owners.map((owner): OverviewRow => {
    const cycle = cycleOf.get(owner.id) ?? null;
    if (!cycle) {
      return {
        owner,
        cycle: null,
        due: null,
        atRiskCount: 0,
        openBlockers: 0,
        dependenciesAtRisk: dependenciesAtRiskFor(owner.id, input.dependencies),
        mustFix: null,
      };
    }
    const objectives = objectivesOf.get(cycle.id) ?? [];
    const keyResults = keyResultsOf.get(cycle.id) ?? [];
    const checkIns = checkInsOf.get(cycle.id) ?? [];
    const byKr = groupBy(checkIns, (c) => c.keyResultId);
    const dates = effectiveCheckIns(checkIns).map((c) => c.date);
    const mustFix =
      cycle.phase === 'setting'
        ? blockingFindings(coachPlan(planInputFromEntities(objectives, keyResults)), {
            objectives,
            keyResults,
          }).length
        : null;
    return {
      owner,
      cycle,
      due: cycle.phase === 'setting' ? null : dueStatus(cycle, dates, input.today),
      atRiskCount: atRiskList(keyResults, cycle, checkIns, input.today).length,
      openBlockers: keyResults.filter(
        (kr) => (latestCheckIn(kr.id, byKr.get(kr.id) ?? [])?.blockers.trim() ?? '') !== '',
      ).length,
      dependenciesAtRisk: dependenciesAtRiskFor(owner.id, input.dependencies),
      mustFix,
    };
  });
}
