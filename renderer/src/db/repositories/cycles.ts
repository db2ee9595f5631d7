import {
  cycleInputSchema,
  cycleSchema,
  type Cycle,
  type CycleInput,
  type Objective,
  type Phase,
} from '@shared/domain';
import { assertExpectedVersion, nextVersion, type ExpectedVersion } from '@shared/domain/revisions';
import { db, newId, nowIso } from './common';

/** A team's quarters, newest first. */
export async function listCycles(teamId: string): Promise<Cycle[]> {
  const cycles = await db().cycles.where('teamId').equals(teamId).toArray();
  return cycles.sort((a, b) => b.startDate.localeCompare(a.startDate));
}

export function getCycle(id: string): Promise<Cycle | undefined> {
  return db().cycles.get(id);
}

/** Creates a quarter in the Setting phase; a team cannot have two quarters with one label. */
export async function createCycle(teamId: string, input: CycleInput): Promise<Cycle> {
  const d = db();
  const parsed = cycleInputSchema.parse(input);
  return d.transaction('rw', d.teams, d.cycles, async () => {
    if (!(await d.teams.get(teamId))) throw new Error('That team no longer exists.');
    const clash = await d.cycles.where('[teamId+label]').equals([teamId, parsed.label]).first();
    if (clash) throw new Error(`This team already has a quarter called ${parsed.label}.`);
    const at = nowIso();
    const cycle = cycleSchema.parse({
      ...parsed,
      id: newId(),
      teamId,
      phase: 'setting',
      businessNeed: '',
      engineeringLever: '',
      previousCycleId: null,
      closedAt: null,
      createdAt: at,
      updatedAt: at,
    });
    await d.cycles.add(cycle);
    return cycle;
  });
}

/**
 * Saves a quarter's label, dates and cadence. With `expected` (the version the form was opened
 * on), a quarter changed since then is not overwritten: a `RevisionConflictError` says so.
 */
export async function updateCycle(
  id: string,
  input: CycleInput,
  expected?: ExpectedVersion,
): Promise<Cycle> {
  const d = db();
  const parsed = cycleInputSchema.parse(input);
  return d.transaction('rw', d.cycles, async () => {
    const existing = await d.cycles.get(id);
    if (!existing) throw new Error('That quarter no longer exists.');
    assertExpectedVersion('cycle', existing, expected);
    const clash = await d.cycles
      .where('[teamId+label]')
      .equals([existing.teamId, parsed.label])
      .first();
    if (clash && clash.id !== id)
      throw new Error(`This team already has a quarter called ${parsed.label}.`);
    const cycle = cycleSchema.parse({ ...existing, ...parsed, ...nextVersion(existing, nowIso()) });
    await d.cycles.put(cycle);
    return cycle;
  });
}

export async function setCyclePhase(id: string, phase: Phase): Promise<void> {
  const d = db();
  await d.transaction('rw', d.cycles, async () => {
    const existing = await d.cycles.get(id);
    if (!existing) throw new Error('That quarter no longer exists.');
    await d.cycles.put(
      cycleSchema.parse({ ...existing, phase, ...nextVersion(existing, nowIso()) }),
    );
  });
}

/**
 * Saves the quarter's chain: the business need and the engineering lever that serves it. With
 * `expected`, a quarter changed since the form opened is not overwritten (`RevisionConflictError`).
 */
export async function updateCycleChain(
  id: string,
  chain: { businessNeed: string; engineeringLever: string },
  expected?: ExpectedVersion,
): Promise<Cycle> {
  const d = db();
  return d.transaction('rw', d.cycles, async () => {
    const existing = await d.cycles.get(id);
    if (!existing) throw new Error('That quarter no longer exists.');
    assertExpectedVersion('cycle', existing, expected);
    const cycle = cycleSchema.parse({ ...existing, ...chain, ...nextVersion(existing, nowIso()) });
    await d.cycles.put(cycle);
    return cycle;
  });
}

/** Objectives of other teams in a quarter with the same label: what a team objective can align to. */
export async function listParentCandidates(cycle: Cycle): Promise<Objective[]> {
  const d = db();
  const siblings = (await d.cycles.toArray()).filter(
    (c) => c.label === cycle.label && c.teamId !== cycle.teamId,
  );
  if (siblings.length === 0) return [];
  const objectives = await d.objectives
    .where('cycleId')
    .anyOf(siblings.map((c) => c.id))
    .toArray();
  return objectives.sort((a, b) => a.title.localeCompare(b.title));
}
