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

const AT = '2027-01-04T09:00:00.000Z';
const audit = { createdAt: AT, updatedAt: AT };

const team: Team = { id: 'team-1', name: 'Payments Platform', function: 'platform', ...audit };

const cycle: Cycle = {
  id: 'cycle-1',
  teamId: team.id,
  label: '2027-Q1',
  startDate: '2027-01-04',
  endDate: '2027-03-31',
  cadence: 'biweekly',
  phase: 'closed',
  businessNeed: 'Checkout conversion drops when payments are slow.',
  engineeringLever: 'Make the payment path fast and boring.',
  previousCycleId: null,
  closedAt: '2027-04-02T10:00:00.000Z',
  ...audit,
};

function objective(id: string, order: number, title: string, kind: Objective['kind']): Objective {
  return {
    id,
    cycleId: cycle.id,
    teamId: team.id,
    title,
    description: '',
    kind,
    businessNeed: '',
    engineeringLever: '',
    parentObjectiveId: null,
    order,
    acknowledgements: [],
    ...audit,
  };
}

type KrInput = Pick<KeyResult, 'id' | 'objectiveId' | 'order' | 'title' | 'unit'> &
  Partial<KeyResult>;

function keyResult(input: KrInput): KeyResult {
  return {
    cycleId: cycle.id,
    metric: 'p95 latency of /pay',
    baseline: 2.4,
    target: 1.5,
    direction: 'decrease',
    measuredBy: 'Grafana dashboard "payments"',
    owner: 'Ana',
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

let seq = 0;
function checkIn(kr: string, date: string, value: number | null, extra: Partial<CheckIn> = {}) {
  seq += 1;
  return {
    id: `ci-${seq}`,
    keyResultId: kr,
    cycleId: cycle.id,
    sessionId: `s-${date}`,
    date,
    value,
    confidence: 70,
    changed: 'Rolled out connection pooling',
    blockers: '',
    supersedesId: null,
    createdAt: `${date}T10:00:00.000Z`,
    updatedAt: `${date}T10:00:00.000Z`,
    ...extra,
  } satisfies CheckIn;
}

/** Titles of the four key results; the hostile fixture swaps them for attack strings. */
export type KrTitles = [string, string, string, string];

export const NORMAL_TITLES: KrTitles = [
  'Cut p95 payment latency to 1.5 s',
  'Raise successful retries to 95%',
  'Ship the PSP failover runbook',
  'Reduce payment incidents to 2 a quarter',
];

/**
 * A realistic quarter: two objectives (committed and aspirational), four key results with
 * three check-ins each (one corrected), an override, retros, a cycle retro and a dependency.
 */
export function quarterFixture(
  titles: KrTitles = NORMAL_TITLES,
  objectiveTitle?: string,
): QuarterData {
  seq = 0;
  // Given out of order on purpose: the document must follow `order`.
  const objectives = [
    objective('o-2', 1, 'Make payment incidents rare', 'aspirational'),
    objective('o-1', 0, objectiveTitle ?? 'Make checkout payments fast', 'committed'),
  ];
  const keyResults = [
    keyResult({
      id: 'kr-2',
      objectiveId: 'o-1',
      order: 1,
      title: titles[1],
      unit: '%',
      metric: 'Retry success rate',
      baseline: 80,
      target: 95,
      direction: 'increase',
    }),
    keyResult({ id: 'kr-1', objectiveId: 'o-1', order: 0, title: titles[0], unit: 's' }),
    keyResult({
      id: 'kr-3',
      objectiveId: 'o-2',
      order: 0,
      title: titles[2],
      unit: '',
      metric: 'Runbook shipped',
      baseline: 0,
      target: 1,
      direction: 'increase',
      isMilestone: true,
      finalValue: 1,
    }),
    keyResult({
      id: 'kr-4',
      objectiveId: 'o-2',
      order: 1,
      title: titles[3],
      unit: 'incidents',
      metric: 'Sev-2+ incidents',
      baseline: 6,
      target: 2,
      direction: 'decrease',
      scoreOverride: 0.5,
      scoreOverrideReason: 'Two incidents came from a vendor outage, not our code.',
    }),
  ];
  const wrong = checkIn('kr-1', '2027-02-01', 21, { changed: 'Typo: meant 2.1' });
  const checkIns: CheckIn[] = [
    checkIn('kr-1', '2027-01-18', 2.3),
    wrong,
    checkIn('kr-1', '2027-02-01', 2.1, {
      supersedesId: wrong.id,
      createdAt: '2027-02-02T10:00:00.000Z',
    }),
    checkIn('kr-1', '2027-03-01', 1.7, { blockers: 'Waiting on DB team, "index" change' }),
    checkIn('kr-2', '2027-01-18', 82),
    checkIn('kr-2', '2027-02-15', 88, { confidence: 55 }),
    checkIn('kr-2', '2027-03-15', 91, { changed: 'Idempotency keys,\nretry budget' }),
    checkIn('kr-3', '2027-01-18', 0, { confidence: 80 }),
    checkIn('kr-3', '2027-02-15', 0),
    checkIn('kr-3', '2027-03-15', 1, { confidence: 100 }),
    checkIn('kr-4', '2027-01-18', 5, { confidence: 35, blockers: 'Vendor outage' }),
    checkIn('kr-4', '2027-02-15', 4),
    checkIn('kr-4', '2027-03-15', 4),
  ];
  const retro = (keyResultId: string, carryForward: boolean): KeyResultRetro => ({
    id: `r-${keyResultId}`,
    keyResultId,
    cycleId: cycle.id,
    worked: 'Weekly latency review',
    didNotWork: 'Guessing at the cause before profiling',
    learned: 'Measure first.\nThen tune.',
    carryForward,
    ...audit,
  });
  const cycleRetro: CycleRetro = {
    id: 'cr-1',
    cycleId: cycle.id,
    calibration: [
      { keyResultId: 'kr-3', verdict: 'too-easy' },
      { keyResultId: 'kr-4', verdict: 'too-hard' },
    ],
    objectivesMatteredLess: ['o-2'],
    wrongAssumptions: 'We assumed the PSP was the slow part; it was our own DB.',
    notes: 'Good quarter overall.',
    headline: '',
    asks: '',
    ...audit,
  };
  const dependency: Dependency = {
    id: 'd-1',
    cycleId: cycle.id,
    objectiveId: 'o-1',
    keyResultId: 'kr-1',
    team: 'Database Reliability',
    need: 'Add the payments_by_user index',
    byDate: '2027-02-15',
    status: 'resolved',
    ...audit,
  };
  return {
    team,
    cycle,
    objectives,
    keyResults,
    checkIns,
    keyResultRetros: [retro('kr-1', true), retro('kr-2', false), retro('kr-4', true)],
    cycleRetro,
    dependencies: [dependency],
    history: { cycles: [cycle], keyResults },
    generatedAt: '2027-04-02T10:30:00.000Z',
  };
}
