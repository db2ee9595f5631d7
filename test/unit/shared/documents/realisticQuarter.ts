import type {
  CheckIn,
  Cycle,
  CycleRetro,
  Dependency,
  KeyResult,
  KeyResultRetro,
  Objective,
  Team,
} from '@shared/domain/entities';
import type { QuarterData } from '@shared/documents/model';

/**
 * A realistic closed quarter for the review document's golden tests: five objectives (three
 * committed, two aspirational), thirteen key results with weekly check-ins, two overrides, a key
 * result carried from the quarter before, a milestone, a committed objective that missed, failed
 * and at-risk dependencies, and a cycle retro with a headline and asks.
 */

const AT = '2027-01-04T09:00:00.000Z';
const audit = { createdAt: AT, updatedAt: AT };

const team: Team = { id: 'team-pay', name: 'Payments Platform', function: 'platform', ...audit };

const previous: Cycle = {
  id: 'cycle-q4',
  teamId: team.id,
  label: '2026-Q4',
  startDate: '2026-10-05',
  endDate: '2026-12-31',
  cadence: 'weekly',
  phase: 'closed',
  businessNeed: '',
  engineeringLever: '',
  previousCycleId: null,
  closedAt: '2027-01-02T10:00:00.000Z',
  ...audit,
};

const cycle: Cycle = {
  id: 'cycle-q1',
  teamId: team.id,
  label: '2027-Q1',
  startDate: '2027-01-04',
  endDate: '2027-03-31',
  cadence: 'weekly',
  phase: 'closed',
  businessNeed: 'Checkout conversion drops when payments are slow or fail.',
  engineeringLever: 'A fast, boring payment path that recovers by itself.',
  previousCycleId: previous.id,
  closedAt: '2027-04-02T10:00:00.000Z',
  ...audit,
};

function objective(
  id: string,
  order: number,
  title: string,
  kind: Objective['kind'],
  description = '',
): Objective {
  return {
    id,
    cycleId: cycle.id,
    teamId: team.id,
    title,
    description,
    kind,
    businessNeed: '',
    engineeringLever: '',
    parentObjectiveId: null,
    order,
    acknowledgements: [],
    ...audit,
  };
}

type KrInput = Pick<
  KeyResult,
  'id' | 'objectiveId' | 'order' | 'title' | 'metric' | 'unit' | 'baseline' | 'target' | 'owner'
> &
  Partial<KeyResult>;

function keyResult(input: KrInput): KeyResult {
  const direction =
    input.baseline !== null && input.target !== null && input.target < input.baseline
      ? 'decrease'
      : 'increase';
  return {
    cycleId: cycle.id,
    direction,
    measuredBy: 'Grafana "payments" board',
    proposedBy: 'Team',
    status: 'agreed',
    weight: 1,
    isMilestone: false,
    reflection: 'no',
    reflectionNote: '',
    acknowledgements: [],
    finalValue: null,
    scoreOverride: null,
    scoreOverrideReason: '',
    carriedFromKeyResultId: null,
    ...audit,
    ...input,
  };
}

/** Mondays from the quarter's start: 4 Jan, 11 Jan, … 29 Mar 2027. */
const WEEKS = Array.from({ length: 13 }, (_, i) => {
  const day = new Date(Date.UTC(2027, 0, 4 + 7 * i));
  return day.toISOString().slice(0, 10);
});

type Week = { value: number | null; confidence: number; changed?: string; blockers?: string };

let seq = 0;
/** One weekly check-in per entry, from the second week on (the first week is the kick-off). */
function weekly(krId: string, weeks: Week[]): CheckIn[] {
  return weeks.map((w, i) => {
    seq += 1;
    const date = WEEKS[i + 1]!;
    return {
      id: `ci-${seq}`,
      keyResultId: krId,
      cycleId: cycle.id,
      sessionId: `s-${date}`,
      date,
      value: w.value,
      confidence: w.confidence,
      changed: w.changed ?? '',
      blockers: w.blockers ?? '',
      supersedesId: null,
      createdAt: `${date}T10:00:00.000Z`,
      updatedAt: `${date}T10:00:00.000Z`,
    } satisfies CheckIn;
  });
}

/** Values along a path, one per week, with confidence and notes where something changed. */
function path(
  values: (number | null)[],
  confidences: number[],
  notes: Record<number, Pick<Week, 'changed' | 'blockers'>> = {},
): Week[] {
  return values.map((value, i) => ({ value, confidence: confidences[i] ?? 70, ...notes[i] }));
}

export const REALISTIC_KR_TITLES = {
  latency: 'Cut p95 payment latency from 2.4 s to 1.5 s',
  retries: 'Raise successful payment retries from 80% to 95%',
  lcp: 'Cut checkout p75 LCP from 3.2 s to 1.5 s',
  incidents: 'Reduce Sev-2+ payment incidents from 6 to 2 a quarter',
  runbook: 'Ship the PSP failover runbook and drill it',
  mttr: 'Cut payment MTTR from 120 min to 30 min',
  spend: 'Cut cloud spend per transaction from $0.12 to $0.06',
  costPerUser: 'Cut infrastructure cost per active user from $2.40 to $1.50',
  leadTime: 'Cut deployment lead time from 4 days to under 1 day',
  changeFailure: 'Cut change failure rate from 8% to 1%',
  ci: 'Cut p95 CI duration from 42 min to 15 min',
  vulns: 'Cut median age of critical vulnerabilities from 45 to 14 days',
  signed: 'Run 100% of production services on signed images',
} as const;

const T = REALISTIC_KR_TITLES;

/** The realistic quarter; `phase` and the retro can be changed for early-quarter tests. */
export function realisticQuarter(): QuarterData {
  seq = 0;
  const objectives = [
    objective(
      'o-fast',
      0,
      'Make checkout payments fast',
      'committed',
      'Slow payments cost us conversions at the last step of checkout.',
    ),
    objective('o-rare', 1, 'Make payment incidents rare and short', 'committed'),
    objective('o-cost', 2, 'Cut the cost of each payment', 'aspirational'),
    objective('o-ship', 3, 'Ship payment changes safely and quickly', 'aspirational'),
    objective('o-safe', 4, 'Keep the payments supply chain safe', 'committed'),
  ];
  const keyResults: KeyResult[] = [
    keyResult({
      id: 'kr-latency',
      objectiveId: 'o-fast',
      order: 0,
      title: T.latency,
      metric: 'p95 latency of /pay',
      unit: 's',
      baseline: 2.4,
      target: 1.5,
      owner: 'Ana Silva',
    }),
    keyResult({
      id: 'kr-retries',
      objectiveId: 'o-fast',
      order: 1,
      title: T.retries,
      metric: 'Retry success rate',
      unit: '%',
      baseline: 80,
      target: 95,
      owner: 'Ben Okoro',
    }),
    keyResult({
      id: 'kr-lcp',
      objectiveId: 'o-fast',
      order: 2,
      title: T.lcp,
      metric: 'Checkout p75 LCP (real users)',
      unit: 's',
      baseline: 3.2,
      target: 1.5,
      owner: 'Chloé Martin',
      measuredBy: 'RUM, checkout page, trailing 7 days',
    }),
    keyResult({
      id: 'kr-incidents',
      objectiveId: 'o-rare',
      order: 0,
      title: T.incidents,
      metric: 'Sev-2+ payment incidents',
      unit: 'incidents',
      baseline: 6,
      target: 2,
      owner: 'Dev Patel',
      measuredBy: 'Incident tracker (trailing 90 days)',
      scoreOverride: 0.7,
      scoreOverrideReason:
        'Two of the four incidents came from the PSP’s own outage, which our failover contained.',
    }),
    keyResult({
      id: 'kr-runbook',
      objectiveId: 'o-rare',
      order: 1,
      title: T.runbook,
      metric: 'Runbook shipped and drilled',
      unit: '',
      baseline: 0,
      target: 1,
      owner: 'Dev Patel',
      isMilestone: true,
      finalValue: 1,
      measuredBy: 'Drill report',
    }),
    keyResult({
      id: 'kr-mttr',
      objectiveId: 'o-rare',
      order: 2,
      title: T.mttr,
      metric: 'Mean time to restore',
      unit: 'min',
      baseline: 120,
      target: 30,
      owner: 'Eva Novak',
      measuredBy: 'Incident tracker',
    }),
    keyResult({
      id: 'kr-spend',
      objectiveId: 'o-cost',
      order: 0,
      title: T.spend,
      metric: 'Cloud spend per transaction',
      unit: '$',
      baseline: 0.12,
      target: 0.06,
      owner: 'Femi Adeyemi',
      measuredBy: 'Cost explorer ÷ transactions',
    }),
    keyResult({
      id: 'kr-cost-user',
      objectiveId: 'o-cost',
      order: 1,
      title: T.costPerUser,
      metric: 'Infrastructure cost per active user',
      unit: '$',
      baseline: 2.4,
      target: 1.5,
      owner: 'Femi Adeyemi',
      measuredBy: 'Cost explorer ÷ monthly active users',
    }),
    keyResult({
      id: 'kr-lead',
      objectiveId: 'o-ship',
      order: 0,
      title: T.leadTime,
      metric: 'Deployment lead time (median)',
      unit: 'days',
      baseline: 4,
      target: 1,
      owner: 'Gus Ito',
      measuredBy: 'Deploy log: merge to production',
      carriedFromKeyResultId: 'q4-kr-lead',
    }),
    keyResult({
      id: 'kr-cfr',
      objectiveId: 'o-ship',
      order: 1,
      title: T.changeFailure,
      metric: 'Change failure rate',
      unit: '%',
      baseline: 8,
      target: 1,
      owner: 'Gus Ito',
      measuredBy: 'Deploy log and incident tracker',
    }),
    keyResult({
      id: 'kr-ci',
      objectiveId: 'o-ship',
      order: 2,
      title: T.ci,
      metric: 'p95 CI duration',
      unit: 'min',
      baseline: 42,
      target: 15,
      owner: 'Hana Kim',
      measuredBy: 'CI analytics',
    }),
    keyResult({
      id: 'kr-vulns',
      objectiveId: 'o-safe',
      order: 0,
      title: T.vulns,
      metric: 'Median age to remediation, critical and high',
      unit: 'days',
      baseline: 45,
      target: 14,
      owner: 'Ivo Horvat',
      measuredBy: 'Scanner dashboard',
    }),
    keyResult({
      id: 'kr-signed',
      objectiveId: 'o-safe',
      order: 1,
      title: T.signed,
      metric: 'Production services on signed images',
      unit: '%',
      baseline: 60,
      target: 100,
      owner: 'Ivo Horvat',
      measuredBy: 'Admission controller report',
      scoreOverride: 0.9,
      scoreOverrideReason: 'Two legacy services are exempted until they are retired, not signed.',
    }),
  ];

  const checkIns: CheckIn[] = [
    ...weekly(
      'kr-latency',
      path(
        [2.4, 2.35, 2.3, 2.3, 2.1, 2.0, 1.95, 1.9, 1.85, 1.8, 1.75, 1.7],
        [70, 70, 65, 60, 70, 70, 70, 65, 60, 55, 50, 50],
        {
          2: { changed: 'Connection pooling rolled out', blockers: 'Waiting on the DB index' },
          4: { changed: 'payments_by_user index added; p95 down 0.2 s' },
          9: { blockers: 'Fraud check adds 150 ms; needs the vendor' },
        },
      ),
    ),
    ...weekly(
      'kr-retries',
      path(
        [81, 82, 82, 84, 85, 86, 87, 88, 88, 89, 90, 91],
        [75, 75, 75, 75, 80, 80, 80, 75, 70, 70, 65, 65],
        {
          3: { changed: 'Idempotency keys on every retry' },
          8: { changed: 'Retry budget per merchant' },
        },
      ),
    ),
    ...weekly(
      'kr-lcp',
      path(
        [3.2, 3.1, 3.0, 2.9, 2.7, 2.6, 2.5, 2.4, 2.3, 2.2, 2.1, 2.05],
        [60, 60, 60, 60, 65, 65, 60, 60, 55, 55, 50, 50],
        { 4: { changed: 'Payment form bundle split' }, 7: { changed: 'Fonts preloaded' } },
      ),
    ),
    ...weekly(
      'kr-incidents',
      path([6, 6, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4], [50, 50, 45, 45, 40, 40, 40, 35, 35, 35, 30, 30], {
        1: { changed: 'PSP outage on 12 Jan counted', blockers: 'PSP status page unreliable' },
        7: { changed: 'Failover contained the PSP outage in 6 min' },
      }),
    ),
    ...weekly(
      'kr-runbook',
      path(
        [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1],
        [80, 80, 80, 75, 75, 70, 80, 95, 100, 100, 100, 100],
        { 7: { changed: 'Runbook drilled with the PSP on 22 Feb' } },
      ),
    ),
    ...weekly(
      'kr-mttr',
      path(
        [120, 110, 100, 95, 90, 80, 70, 60, 55, 50, 48, 45],
        [60, 60, 65, 65, 70, 70, 70, 75, 75, 75, 75, 75],
        { 5: { changed: 'On-call alerts routed by service' } },
      ),
    ),
    ...weekly(
      'kr-spend',
      path(
        [0.12, 0.118, 0.115, 0.11, 0.105, 0.1, 0.098, 0.095, 0.092, 0.09, 0.088, 0.085],
        [60, 60, 60, 55, 55, 55, 50, 50, 50, 45, 45, 45],
        { 3: { changed: 'Idle staging clusters switched off at night' } },
      ),
    ),
    ...weekly(
      'kr-cost-user',
      path(
        [2.4, 2.4, 2.38, 2.35, 2.3, 2.3, 2.25, 2.2, 2.2, 2.15, 2.1, 2.1],
        [50, 45, 45, 40, 35, 35, 30, 30, 25, 25, 20, 20],
        { 4: { blockers: 'Reserved-instance purchase waits on FinOps' } },
      ),
    ),
    ...weekly(
      'kr-lead',
      path(
        [3.5, 3.2, 3.0, 2.8, 2.5, 2.2, 2.0, 1.9, 1.8, 1.7, 1.6, 1.5],
        [70, 70, 70, 75, 75, 75, 80, 80, 80, 80, 75, 75],
        { 4: { changed: 'Release trains replaced by continuous deploys' } },
      ),
    ),
    ...weekly(
      'kr-cfr',
      path(
        [8, 7.5, 7.1, 6.8, 6.2, 5.9, 5.5, 5.0, 4.6, 4.1, 3.8, 3.6],
        [55, 55, 55, 60, 60, 60, 60, 55, 55, 55, 55, 55],
        { 6: { changed: 'Canary stage added before full rollout' } },
      ),
    ),
    ...weekly(
      'kr-ci',
      path(
        [42, 43, 42, 41, 41, 42, 41, 40, 41, 40, 40, 40],
        [60, 50, 45, 40, 35, 30, 25, 20, 20, 15, 15, 10],
        {
          1: { blockers: 'No CI owner this quarter' },
          6: { changed: 'Test sharding tried, reverted: flaky' },
        },
      ),
    ),
    ...weekly(
      'kr-vulns',
      path(
        [44, 40, 36, 33, 30, 26, 22, 19, 16, 14, 13, 12],
        [70, 75, 75, 80, 80, 85, 85, 90, 90, 95, 95, 95],
        { 2: { changed: 'Auto-merge for patch updates' } },
      ),
    ),
    ...weekly(
      'kr-signed',
      path(
        [62, 66, 70, 75, 80, 84, 88, 92, 95, 96, 96.6, 100],
        [70, 70, 75, 75, 80, 80, 85, 85, 85, 80, 80, 90],
        { 9: { blockers: 'Two legacy services cannot be rebuilt' } },
      ),
    ),
  ];

  const retro = (
    keyResultId: string,
    answers: Pick<KeyResultRetro, 'worked' | 'didNotWork' | 'learned'>,
    carryForward = false,
  ): KeyResultRetro => ({
    id: `r-${keyResultId}`,
    keyResultId,
    cycleId: cycle.id,
    carryForward,
    ...answers,
    ...audit,
  });
  const keyResultRetros = [
    retro('kr-latency', {
      worked: 'Profiling before tuning; the DB index did more than any code change.',
      didNotWork: 'Waiting two weeks on another team’s index.',
      learned: 'The fraud check is now the slowest step.',
    }),
    retro('kr-retries', {
      worked: 'Idempotency keys.',
      didNotWork: 'Retry budgets came too late.',
      learned: 'Most failed retries are card declines we should not retry.',
    }),
    retro('kr-lcp', {
      worked: 'Splitting the payment form bundle.',
      didNotWork: 'Third-party scripts we do not control.',
      learned: 'RUM and lab numbers disagree by 0.4 s.',
    }),
    retro('kr-incidents', {
      worked: 'Failover contained the PSP outage.',
      didNotWork: 'Two config pushes without canaries, each a would-be quick fix.',
      learned: 'Count vendor incidents separately.',
    }),
    retro('kr-runbook', {
      worked: 'Drilling with the PSP on a real day.',
      didNotWork: '',
      learned: 'A drill finds more than a review.',
    }),
    retro('kr-spend', {
      worked: 'Night shutdown of idle clusters.',
      didNotWork: 'Rightsizing stalled on missing metrics.',
      learned: 'Half the spend is storage, not compute.',
    }),
    retro(
      'kr-cost-user',
      {
        worked: '',
        didNotWork: 'The reserved-instance purchase never happened.',
        learned: 'Cost per user needs FinOps in the room from week one.',
      },
      true,
    ),
    retro('kr-lead', {
      worked: 'Continuous deploys.',
      didNotWork: '',
      learned: 'Review wait time is now the bottleneck.',
    }),
    retro(
      'kr-ci',
      {
        worked: '',
        didNotWork: 'Nobody owned it; sharding was reverted.',
        learned: 'A KR without an owner does not move.',
      },
      true,
    ),
  ];

  const cycleRetro: CycleRetro = {
    id: 'cr-q1',
    cycleId: cycle.id,
    headline:
      'We made payment incidents rarer and shorter, drilled failover with the PSP, and kept the supply chain safe. ' +
      'We did not make checkout as fast as we committed to: p95 latency ended at 1.7 s against 1.5 s. ' +
      'CI time did not move at all; it needs an owner and is carried into next quarter.',
    asks:
      'Name an owner for CI duration from the developer-experience group.\n' +
      'FinOps to decide on reserved instances by 15 April.',
    calibration: [
      { keyResultId: 'kr-vulns', verdict: 'too-easy' },
      { keyResultId: 'kr-ci', verdict: 'too-hard' },
    ],
    objectivesMatteredLess: ['o-cost'],
    wrongAssumptions: 'We assumed the PSP was the slow part of a payment; it was our own database.',
    notes: 'Weekly check-ins took 20 minutes once we stopped reading every KR aloud.',
    ...audit,
  };

  const dependency = (
    id: string,
    fields: Pick<Dependency, 'team' | 'need' | 'byDate' | 'status'> &
      Partial<Pick<Dependency, 'objectiveId' | 'keyResultId'>>,
  ): Dependency => ({
    id,
    cycleId: cycle.id,
    objectiveId: null,
    keyResultId: null,
    ...fields,
    ...audit,
  });
  const dependencies = [
    dependency('d-index', {
      team: 'Database Reliability',
      need: 'Add the payments_by_user index',
      byDate: '2027-02-01',
      status: 'resolved',
      objectiveId: 'o-fast',
      keyResultId: 'kr-latency',
    }),
    dependency('d-finops', {
      team: 'FinOps',
      need: 'Buy reserved instances for the payment cluster',
      byDate: '2027-02-15',
      status: 'open',
      objectiveId: 'o-cost',
      keyResultId: 'kr-cost-user',
    }),
    dependency('d-fraud', {
      team: 'Fraud Platform',
      need: 'Make the fraud check asynchronous',
      byDate: '2027-05-15',
      status: 'at-risk',
      objectiveId: 'o-fast',
      keyResultId: 'kr-latency',
    }),
    dependency('d-psp', {
      team: 'PSP vendor',
      need: 'A failover endpoint in the second region',
      byDate: '2027-02-01',
      status: 'resolved',
      objectiveId: 'o-rare',
    }),
  ];

  const earlierKeyResult: KeyResult = {
    ...keyResult({
      id: 'q4-kr-lead',
      objectiveId: 'q4-o-ship',
      order: 0,
      title: 'Cut deployment lead time from 6 days to 2 days',
      metric: 'Deployment lead time (median)',
      unit: 'days',
      baseline: 6,
      target: 2,
      owner: 'Gus Ito',
    }),
    cycleId: previous.id,
  };

  return {
    team,
    cycle,
    objectives,
    keyResults,
    checkIns,
    keyResultRetros,
    cycleRetro,
    dependencies,
    history: { cycles: [previous, cycle], keyResults: [earlierKeyResult] },
    generatedAt: '2027-04-02T10:30:00.000Z',
  };
}

/**
 * The same team's next quarter, still in Setting: objectives and key results with baselines and
 * targets, no check-ins, scores or retro yet.
 */
export function planningQuarter(): QuarterData {
  const closed = realisticQuarter();
  const next: Cycle = {
    ...closed.cycle,
    id: 'cycle-q2',
    label: '2027-Q2',
    startDate: '2027-04-05',
    endDate: '2027-06-30',
    phase: 'setting',
    previousCycleId: closed.cycle.id,
    closedAt: null,
  };
  return {
    ...closed,
    cycle: next,
    objectives: closed.objectives.map((o) => ({ ...o, cycleId: next.id })),
    keyResults: closed.keyResults.map((kr) => ({
      ...kr,
      cycleId: next.id,
      finalValue: null,
      scoreOverride: null,
      scoreOverrideReason: '',
      carriedFromKeyResultId: kr.id === 'kr-ci' ? 'kr-ci-q1' : null,
    })),
    checkIns: [],
    keyResultRetros: [],
    cycleRetro: null,
    dependencies: closed.dependencies.map((d) => ({ ...d, cycleId: next.id, status: 'open' })),
    history: {
      cycles: [closed.cycle, next],
      keyResults: [{ ...closed.keyResults.find((kr) => kr.id === 'kr-ci')!, id: 'kr-ci-q1' }],
    },
    generatedAt: '2027-03-20T10:30:00.000Z',
  };
}
