import { latestCheckIn } from '../checkins/history';
import { dependencyOutcome, type DependencyOutcome } from '../dependencyOutcome';
import type { CheckIn, Cycle, Dependency, KeyResult, Objective } from '../entities';
import type { DependencyStatus } from '../enums';
import { formatDate } from '../format';
import type { Owner } from './levels';

/** One dependency on the quarter's map: who needs what from whom, by when, and where it stands. */
export type DependencyMapRow = {
  id: string;
  cycleId: string;
  /** The owner that needs it. */
  from: { id: string; name: string };
  /** The owner asked, when it is one of the workspace's (by link, or by name for older rows). */
  to: { id: string | null; name: string };
  need: string;
  /** The objective or key result it serves, by title; empty for the whole quarter. */
  forTitle: string;
  byDate: string | null;
  status: DependencyStatus;
  outcome: DependencyOutcome;
  /** Key results whose latest check-in names this dependency as what blocks them. */
  blocking: { id: string; title: string }[];
  isAtRisk: boolean;
  /** `Failed: not resolved by 15 Feb 2027`, `At risk`, `Blocking 2 key results`, `Agreed`, … */
  riskLabel: string;
};

const STATUS_WORDS: Readonly<Record<DependencyStatus, string>> = {
  open: 'Open',
  agreed: 'Agreed',
  'at-risk': 'At risk',
  resolved: 'Resolved',
};

function riskLabel(
  outcome: DependencyOutcome,
  status: DependencyStatus,
  byDate: string | null,
  blocking: number,
): string {
  if (outcome === 'failed') {
    return byDate === null
      ? 'Failed: not resolved in the quarter'
      : `Failed: not resolved by ${formatDate(byDate)}`;
  }
  if (outcome === 'at-risk') return 'At risk';
  if (outcome === 'open' && blocking > 0) {
    return `Blocking ${blocking === 1 ? 'a key result' : `${blocking} key results`}`;
  }
  return STATUS_WORDS[status];
}

/** Failed first, then at risk, then blocking, open, and resolved last. */
function urgency(row: Pick<DependencyMapRow, 'outcome' | 'blocking' | 'isAtRisk'>): number {
  if (row.outcome === 'failed') return 0;
  if (row.outcome === 'at-risk') return 1;
  if (row.isAtRisk) return 2;
  return row.outcome === 'resolved' ? 4 : 3;
}

const comparable = (name: string) => name.trim().toLocaleLowerCase();

/** What the map reads from one quarter label across the workspace. */
export type DependencyMapInput = {
  owners: readonly Owner[];
  cycles: readonly Pick<Cycle, 'id' | 'teamId' | 'endDate'>[];
  objectives: readonly Pick<Objective, 'id' | 'title'>[];
  keyResults: readonly Pick<KeyResult, 'id' | 'title'>[];
  checkIns: readonly CheckIn[];
  dependencies: readonly Dependency[];
  /** `YYYY-MM-DD`. */
  today: string;
};

/**
 * The quarter's dependency map: every dependency of every owner's quarter with that label, at
 * risk first (failed, marked at risk, or named by a key result's latest blocker), then by the
 * date it is needed (undated last) and the team that needs it. A dependency on a team outside
 * the workspace keeps its name; an older one that names a workspace team in words finds it.
 */
export function dependencyMap(input: DependencyMapInput): DependencyMapRow[] {
  const owners = new Map(input.owners.map((o) => [o.id, o] as const));
  const byName = new Map(input.owners.map((o) => [comparable(o.name), o] as const));
  const cycles = new Map(input.cycles.map((c) => [c.id, c] as const));
  const titles = new Map<string, string>([
    ...input.objectives.map((o) => [o.id, o.title] as const),
    ...input.keyResults.map((k) => [k.id, k.title] as const),
  ]);
  // A blocker counts while it is the key result's latest word.
  const byKr = new Map<string, CheckIn[]>();
  for (const c of input.checkIns) {
    const list = byKr.get(c.keyResultId);
    if (list) list.push(c);
    else byKr.set(c.keyResultId, [c]);
  }
  const blockingBy = new Map<string, { id: string; title: string }[]>();
  for (const kr of input.keyResults) {
    const latest = latestCheckIn(kr.id, byKr.get(kr.id) ?? []);
    const dep = latest?.dependencyId ?? null;
    if (!latest || dep === null || latest.blockers.trim() === '') continue;
    blockingBy.set(dep, [...(blockingBy.get(dep) ?? []), { id: kr.id, title: kr.title }]);
  }

  const rows = input.dependencies.flatMap((dep): DependencyMapRow[] => {
    const cycle = cycles.get(dep.cycleId);
    if (!cycle) return [];
    const from = owners.get(cycle.teamId);
    const linked = dep.teamId ? owners.get(dep.teamId) : undefined;
    const to = linked ?? byName.get(comparable(dep.team));
    const outcome = dependencyOutcome(dep, { today: input.today, quarterEnd: cycle.endDate });
    const blocking = blockingBy.get(dep.id) ?? [];
    const isAtRisk =
      outcome === 'failed' || outcome === 'at-risk' || (outcome === 'open' && blocking.length > 0);
    return [
      {
        id: dep.id,
        cycleId: dep.cycleId,
        from: { id: cycle.teamId, name: from?.name ?? 'Unknown team' },
        to: { id: to?.id ?? null, name: to?.name ?? dep.team },
        need: dep.need,
        forTitle: titles.get(dep.keyResultId ?? '') ?? titles.get(dep.objectiveId ?? '') ?? '',
        byDate: dep.byDate,
        status: dep.status,
        outcome,
        blocking,
        isAtRisk,
        riskLabel: riskLabel(outcome, dep.status, dep.byDate, blocking.length),
      },
    ];
  });
  return rows.sort(
    (a, b) =>
      urgency(a) - urgency(b) ||
      (a.byDate ?? '9999').localeCompare(b.byDate ?? '9999') ||
      a.from.name.localeCompare(b.from.name) ||
      a.need.localeCompare(b.need),
  );
}

/** How many dependencies at risk an owner is party to, as the one in need or the one asked. */
export function dependenciesAtRiskFor(ownerId: string, rows: readonly DependencyMapRow[]): number {
  return rows.filter((r) => r.isAtRisk && (r.from.id === ownerId || r.to.id === ownerId)).length;
}
