import { emptyBackupData, type BackupData } from '../../shared/backup/fileFormat';
import type {
  CheckIn,
  Cycle,
  Dependency,
  DependencyStatus,
  KeyResult,
  LevelKind,
  Objective,
  Phase,
  Team,
} from '../../shared/domain';

const AT = '2027-01-04T09:00:00.000Z';

/** A workspace built row by row for organisation tests: owners at levels, quarters, plans, check-ins. */
export class Workspace {
  readonly data: BackupData = emptyBackupData();
  private count = 0;

  private id(prefix: string): string {
    this.count += 1;
    return `${prefix}-${this.count}`;
  }

  /** An owner: a team (in `group` when given), a group of teams, or the organisation. */
  owner(name: string, kind: LevelKind = 'team', group: Team | null = null): Team {
    const team: Team = {
      id: this.id('team'),
      name,
      function: 'platform',
      createdAt: AT,
      updatedAt: AT,
    };
    this.data.teams.push(team);
    if (kind !== 'team' || group) {
      this.data.levels.push({
        id: team.id,
        teamId: team.id,
        kind,
        groupId: group?.id ?? null,
        createdAt: AT,
        updatedAt: AT,
        revision: 0,
      });
    }
    return team;
  }

  quarter(
    team: Team,
    options: { label?: string; phase?: Phase; startDate?: string; endDate?: string } = {},
  ): Cycle {
    const cycle: Cycle = {
      id: this.id('cycle'),
      teamId: team.id,
      label: options.label ?? '2027-Q1',
      startDate: options.startDate ?? '2027-01-01',
      endDate: options.endDate ?? '2027-03-31',
      cadence: 'biweekly',
      phase: options.phase ?? 'checkins',
      businessNeed: '',
      engineeringLever: '',
      previousCycleId: null,
      closedAt: null,
      createdAt: AT,
      updatedAt: AT,
    };
    this.data.cycles.push(cycle);
    return cycle;
  }

  objective(cycle: Cycle, title: string, parent: Objective | null = null): Objective {
    const objective: Objective = {
      id: this.id('objective'),
      cycleId: cycle.id,
      teamId: cycle.teamId,
      title,
      description: '',
      kind: 'committed',
      businessNeed: '',
      engineeringLever: '',
      parentObjectiveId: parent?.id ?? null,
      order: this.data.objectives.filter((o) => o.cycleId === cycle.id).length,
      acknowledgements: [],
      createdAt: AT,
      updatedAt: AT,
    };
    this.data.objectives.push(objective);
    return objective;
  }

  /** A metric key result from `baseline` to `target` (0 → 10 unless given). */
  keyResult(
    objective: Objective,
    title: string,
    fields: Partial<
      Pick<
        KeyResult,
        | 'baseline'
        | 'target'
        | 'weight'
        | 'finalValue'
        | 'direction'
        | 'scoreOverride'
        | 'scoreOverrideReason'
      >
    > = {},
  ): KeyResult {
    const kr: KeyResult = {
      id: this.id('kr'),
      objectiveId: objective.id,
      cycleId: objective.cycleId,
      title,
      metric: title,
      unit: 'count',
      baseline: 0,
      target: 10,
      direction: 'increase',
      measuredBy: 'Dashboard',
      owner: 'The team',
      proposedBy: 'The team',
      status: 'agreed',
      order: this.data.keyResults.filter((k) => k.objectiveId === objective.id).length,
      weight: 1,
      isMilestone: false,
      reflection: null,
      reflectionNote: '',
      acknowledgements: [],
      finalValue: null,
      scoreOverride: null,
      scoreOverrideReason: '',
      carriedFromKeyResultId: null,
      createdAt: AT,
      updatedAt: AT,
      ...fields,
    };
    this.data.keyResults.push(kr);
    return kr;
  }

  checkIn(
    kr: KeyResult,
    fields: Partial<
      Pick<CheckIn, 'date' | 'value' | 'confidence' | 'blockers' | 'dependencyId'>
    > = {},
  ): CheckIn {
    const date = fields.date ?? '2027-01-15';
    const checkIn: CheckIn = {
      id: this.id('checkin'),
      keyResultId: kr.id,
      cycleId: kr.cycleId,
      sessionId: `session-${date}`,
      date,
      value: null,
      confidence: 70,
      changed: '',
      blockers: '',
      supersedesId: null,
      createdAt: `${date}T10:00:00.000Z`,
      updatedAt: `${date}T10:00:00.000Z`,
      ...fields,
    };
    this.data.checkIns.push(checkIn);
    return checkIn;
  }

  /** `cycle`'s owner needs `need` from `to` (a workspace team, or a name outside it). */
  dependency(
    cycle: Cycle,
    to: Team | string,
    need: string,
    fields: { byDate?: string | null; status?: DependencyStatus; objective?: Objective } = {},
  ): Dependency {
    const dependency: Dependency = {
      id: this.id('dependency'),
      cycleId: cycle.id,
      objectiveId: fields.objective?.id ?? null,
      keyResultId: null,
      team: typeof to === 'string' ? to : to.name,
      teamId: typeof to === 'string' ? null : to.id,
      need,
      byDate: fields.byDate === undefined ? '2027-02-15' : fields.byDate,
      status: fields.status ?? 'open',
      createdAt: AT,
      updatedAt: AT,
    };
    this.data.dependencies.push(dependency);
    return dependency;
  }
}

/**
 * The organisation the organisation tests share, with numbers worked out by hand. Acme
 * Engineering (the organisation) → the Core Platform group (Payments, Search) and the Data team,
 * one quarter (2027-Q1) in Check-ins; every key result runs 0 → 10, so a value is its progress in
 * tenths.
 *
 * - Acme "Customers can rely on us" (own KR at 5 of 10, 60 % confident)
 *   - Core Platform "Payments never fail" (no KRs of its own)
 *     - Payments "Checkout always works": KRs at 2 (40 %) and 6 (80 %) → progress 0.4, confidence 0.6
 *     - Search "Search is always up": KR at 8 (90 %) → progress 0.8, confidence 0.9
 *   - Payments "Refunds are quick": KR at 0 (30 %), blocked on the Data team → progress 0.0, confidence 0.3
 * - Acme "Decisions run on fresh data": no own KRs
 *   - Data "Dashboards are fresh": KR at 5 (50 %) → progress 0.5, confidence 0.5
 * - Data "Pipelines are cheap" (not aligned): KR with no check-in
 *
 * Roll-ups: "Customers can rely on us" over Payments never fail, Checkout always works, Search
 * is always up, Refunds are quick: progress (0.4 + 0.8 + 0.0) / 3 = 0.4 (the group objective has
 * nothing of its own), confidence (0.6 + 0.9 + 0.3) / 3 = 0.6. "Payments never fail": progress
 * (0.4 + 0.8) / 2 = 0.6, confidence (0.6 + 0.9) / 2 = 0.75. "Decisions run on fresh data":
 * progress 0.5, confidence 0.5.
 */
export function acmeWorkspace() {
  const w = new Workspace();
  const acme = w.owner('Acme Engineering', 'organisation');
  const core = w.owner('Core Platform', 'group');
  const payments = w.owner('Payments', 'team', core);
  const search = w.owner('Search', 'team', core);
  const dataTeam = w.owner('Data');
  const [acmeQ, coreQ, paymentsQ, searchQ, dataQ] = [acme, core, payments, search, dataTeam].map(
    (t) => w.quarter(t),
  ) as [Cycle, Cycle, Cycle, Cycle, Cycle];

  const rely = w.objective(acmeQ, 'Customers can rely on us');
  const fresh = w.objective(acmeQ, 'Decisions run on fresh data');
  const relyKr = w.keyResult(rely, 'Support tickets about outages');
  w.checkIn(relyKr, { value: 5, confidence: 60 });

  const neverFail = w.objective(coreQ, 'Payments never fail', rely);
  const checkout = w.objective(paymentsQ, 'Checkout always works', neverFail);
  const checkoutA = w.keyResult(checkout, 'Checkout success');
  const checkoutB = w.keyResult(checkout, 'Card retries that succeed');
  w.checkIn(checkoutA, { value: 2, confidence: 40 });
  w.checkIn(checkoutB, { value: 6, confidence: 80 });
  const refunds = w.objective(paymentsQ, 'Refunds are quick', rely);
  const refundsKr = w.keyResult(refunds, 'Refunds paid within a day');

  const up = w.objective(searchQ, 'Search is always up', neverFail);
  const upKr = w.keyResult(up, 'Search availability');
  w.checkIn(upKr, { value: 8, confidence: 90 });

  const dashboards = w.objective(dataQ, 'Dashboards are fresh', fresh);
  const dashboardsKr = w.keyResult(dashboards, 'Dashboards under 15 minutes stale');
  w.checkIn(dashboardsKr, { value: 5, confidence: 50 });
  const cheap = w.objective(dataQ, 'Pipelines are cheap');
  const cheapKr = w.keyResult(cheap, 'Cost per pipeline run');

  const events = w.dependency(paymentsQ, dataTeam, 'Refund events in the warehouse', {
    byDate: '2027-02-15',
    status: 'agreed',
    objective: refunds,
  });
  w.checkIn(refundsKr, {
    value: 0,
    confidence: 30,
    blockers: 'Waiting for refund events',
    dependencyId: events.id,
  });
  const vendor = w.dependency(searchQ, 'Cloud vendor', 'A bigger index cluster', {
    byDate: null,
    status: 'open',
  });

  return {
    workspace: w,
    data: w.data,
    owners: { acme, core, payments, search, dataTeam },
    quarters: { acmeQ, coreQ, paymentsQ, searchQ, dataQ },
    objectives: { rely, fresh, neverFail, checkout, refunds, up, dashboards, cheap },
    keyResults: { relyKr, checkoutA, checkoutB, refundsKr, upKr, dashboardsKr, cheapKr },
    dependencies: { events, vendor },
  };
}
