import {
  checkInSchema,
  cycleRetroSchema,
  dependencySchema,
  keyResultRetroSchema,
  wizardDraftSchema,
  type CheckIn,
  type Cycle,
  type CycleInput,
  type CycleRetro,
  type Dependency,
  type KeyResult,
  type KeyResultInput,
  type KeyResultRetro,
  type ObjectiveInput,
  type Phase,
  type TeamInput,
  type WizardDraft,
} from '@shared/domain';
import { calendarQuarter, type QuarterNumber } from '@shared/domain/calendar';
import { createDb, getDb, setDb } from '../../../../renderer/src/db/database';
import {
  createCycle,
  getCycle,
  setCyclePhase,
} from '../../../../renderer/src/db/repositories/cycles';
import { createKeyResult } from '../../../../renderer/src/db/repositories/keyResults';
import { createObjective } from '../../../../renderer/src/db/repositories/objectives';
import { createTeam } from '../../../../renderer/src/db/repositories/teams';
import { recordEffort } from '../../../../renderer/src/db/repositories/effort';
import { addCard, clusterFromCard } from '../../../../renderer/src/db/repositories/workshopBoard';
import { addParticipant } from '../../../../renderer/src/db/repositories/workshopParticipants';
import {
  castBallot,
  castConfidence,
  openConfidenceRound,
} from '../../../../renderer/src/db/repositories/workshopVotes';
import { createWorkshop } from '../../../../renderer/src/db/repositories/workshops';
import type { QuarterdeckDb } from '../../../../renderer/src/db/schema';

const AT = '2027-01-04T09:00:00.000Z';

/** Points the app at a brand-new, empty database with a unique name. */
export function openFreshDb(): QuarterdeckDb {
  const db = createDb(`test-${crypto.randomUUID()}`);
  setDb(db);
  return db;
}

export function teamInput(name = 'Payments Platform'): TeamInput {
  return { name, function: 'platform' };
}

export function quarterInput(year = 2027, quarter: QuarterNumber = 1): CycleInput {
  const { label, startDate, endDate } = calendarQuarter(year, quarter);
  return { label, startDate, endDate, cadence: 'biweekly' };
}

export function objectiveInput(title: string): ObjectiveInput {
  return {
    title,
    description: '',
    kind: 'committed',
    businessNeed: 'Grow revenue',
    engineeringLever: 'Conversion',
    parentObjectiveId: null,
  };
}

export function keyResultInput(title: string, patch: Partial<KeyResultInput> = {}): KeyResultInput {
  return {
    title,
    metric: 'p75 LCP',
    unit: 's',
    baseline: 3.2,
    target: 1.5,
    direction: 'decrease',
    measuredBy: 'Real-user monitoring',
    owner: 'Ana',
    proposedBy: 'Team',
    status: 'draft',
    ...patch,
  };
}

/** Team “Payments Platform” and its quarter (2027-Q1 unless another is given), nothing in it. */
export async function seedCycle(year = 2027, quarter: QuarterNumber = 1) {
  const team = await createTeam(teamInput());
  const cycle = await createCycle(team.id, quarterInput(year, quarter));
  return { team, cycle };
}

/** A planning workshop, with the agenda proposed for it, in a fresh team's 2027-Q1. */
export async function seedWorkshop() {
  const { team, cycle } = await seedCycle();
  const workshop = await createWorkshop(cycle.id, 'planning');
  return { team, cycle, workshop };
}

/**
 * What a screen test starts from, written through the repositories: team “Payments Platform”
 * with quarter 2027-Q1 in `phase`, objective “Fast checkout” and its key results.
 */
export async function seedQuarter({
  phase = 'setting',
  keyResults = [keyResultInput('Cut checkout LCP')],
}: { phase?: Phase; keyResults?: KeyResultInput[] } = {}) {
  const { team, cycle: created } = await seedCycle();
  if (phase !== 'setting') await setCyclePhase(created.id, phase);
  const cycle = (await getCycle(created.id)) ?? created;
  const objective = await createObjective(cycle.id, objectiveInput('Fast checkout'));
  const krs: KeyResult[] = [];
  for (const input of keyResults) krs.push(await createKeyResult(objective.id, input));
  return { team, cycle, objective, keyResults: krs };
}

/* Tables without repositories yet are written directly, with rows that pass the shared schemas. */

export async function addCheckIn(kr: KeyResult, value = 2.8): Promise<CheckIn> {
  const row = checkInSchema.parse({
    id: crypto.randomUUID(),
    keyResultId: kr.id,
    cycleId: kr.cycleId,
    sessionId: crypto.randomUUID(),
    date: '2027-01-15',
    value,
    confidence: 60,
    changed: 'CDN rolled out',
    blockers: '',
    supersedesId: null,
    createdAt: AT,
    updatedAt: AT,
  });
  await getDb().checkIns.add(row);
  return row;
}

export async function addKeyResultRetro(kr: KeyResult): Promise<KeyResultRetro> {
  const row = keyResultRetroSchema.parse({
    id: crypto.randomUUID(),
    keyResultId: kr.id,
    cycleId: kr.cycleId,
    worked: 'Image budget',
    didNotWork: '',
    learned: 'Measure first',
    carryForward: true,
    createdAt: AT,
    updatedAt: AT,
  });
  await getDb().keyResultRetros.add(row);
  return row;
}

export async function addCycleRetro(cycle: Cycle): Promise<CycleRetro> {
  const row = cycleRetroSchema.parse({
    id: crypto.randomUUID(),
    cycleId: cycle.id,
    calibration: [],
    objectivesMatteredLess: [],
    wrongAssumptions: '',
    notes: 'A calm quarter',
    createdAt: AT,
    updatedAt: AT,
  });
  await getDb().cycleRetros.add(row);
  return row;
}

export async function addDependency(
  cycle: Cycle,
  links: { objectiveId: string | null; keyResultId: string | null },
): Promise<Dependency> {
  const row = dependencySchema.parse({
    id: crypto.randomUUID(),
    cycleId: cycle.id,
    ...links,
    team: 'Edge Networking',
    need: 'A CDN rule for images',
    byDate: '2027-02-01',
    status: 'open',
    createdAt: AT,
    updatedAt: AT,
  });
  await getDb().dependencies.add(row);
  return row;
}

export async function addWizardDraft(cycle: Cycle): Promise<WizardDraft> {
  const row = wizardDraftSchema.parse({
    id: `setting:${cycle.id}`,
    wizard: 'setting',
    cycleId: cycle.id,
    step: 2,
    draft: { businessNeed: 'Grow revenue' },
    updatedAt: AT,
  });
  await getDb().wizardDrafts.add(row);
  return row;
}

/** One row in every table of the workshop kit, for a quarter and one of its key results. */
export async function addWorkshopKit(cycle: Cycle, kr: KeyResult) {
  const workshop = await createWorkshop(cycle.id, 'planning');
  const participant = await addParticipant(workshop.id, 'Ana');
  const card = await addCard(workshop.id, 'Checkout in under two seconds', participant.id);
  const cluster = await clusterFromCard(card.id);
  const vote = workshop.agenda.find((item) => item.kind === 'dot-vote');
  if (!vote) throw new Error('The proposed agenda has no dot vote.');
  await castBallot(workshop.id, vote.id, participant.id, [{ targetId: cluster.id, count: 2 }]);
  const round = await openConfidenceRound(workshop.id, kr.id);
  await castConfidence(round.id, participant.id, 65);
  const effort = await recordEffort(
    cycle.id,
    {
      phase: 'setting',
      activity: 'workshop',
      label: 'Planning workshop',
      date: '2027-01-04',
      minutes: 90,
      attendees: 5,
    },
    workshop.id,
  );
  return { workshop, participant, card, cluster, round, effort };
}

/** Every row of every table, each table sorted by id: two dumps are equal iff the data is. */
export async function dumpDb(db: QuarterdeckDb = getDb()): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    dump[table.name] = await table.orderBy(':id').toArray();
  }
  return dump;
}

/** The error a promise rejects with; fails the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`Rejected with a non-Error: ${String(error)}`);
  }
  throw new Error('Expected the promise to reject, but it resolved.');
}
