import {
  cycleInputSchema,
  cycleSchema,
  type Cycle,
  type CycleInput,
  type Objective,
  type Phase,
} from '@shared/domain';
import { isAbove, ownersOf, type Owner } from '@shared/domain/alignment/levels';
import { assertExpectedVersion, nextVersion, type ExpectedVersion } from '@shared/domain/revisions';
import { type DeletionSnapshot, db, newId, nowIso, planParts, quarterTables } from './common';
import { deleteWorkshopRows, quarterWorkshopRows, workshopTablesOf } from './workshops';

/** A team's quarters, newest first. */
export async function listCycles(teamId: string): Promise<Cycle[]> {
  const cycles = await db().cycles.where('teamId').equals(teamId).toArray();
  // Dates are YYYY-MM-DD, so comparing their characters orders them as days; localeCompare
  // orders them the same, but its first call builds a collator: several milliseconds at start.
  return cycles.sort((a, b) =>
    a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : 0,
  );
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

/** Moves a quarter to another phase; returns the phase it was in, so the move can be undone. */
export async function setCyclePhase(id: string, phase: Phase): Promise<Phase> {
  const d = db();
  return d.transaction('rw', d.cycles, async () => {
    const existing = await d.cycles.get(id);
    if (!existing) throw new Error('That quarter no longer exists.');
    await d.cycles.put(
      cycleSchema.parse({ ...existing, phase, ...nextVersion(existing, nowIso()) }),
    );
    return existing.phase;
  });
}

/** Deletes a quarter with everything in it (its workshops too); returns what Undo needs. */
export async function deleteCycle(id: string): Promise<DeletionSnapshot> {
  const d = db();
  const tables = [d.cycles, ...quarterTables(d), d.wizardDrafts, ...workshopTablesOf(d)];
  return d.transaction('rw', tables, async () => {
    const cycle = await d.cycles.get(id);
    if (!cycle) throw new Error('That quarter no longer exists.');
    const workshopKit = await quarterWorkshopRows(d, [id]);
    const rows = {
      cycles: [cycle],
      objectives: await d.objectives.where('cycleId').equals(id).toArray(),
      keyResults: await d.keyResults.where('cycleId').equals(id).toArray(),
      checkIns: await d.checkIns.where('cycleId').equals(id).toArray(),
      keyResultRetros: await d.keyResultRetros.where('cycleId').equals(id).toArray(),
      cycleRetros: await d.cycleRetros.where('cycleId').equals(id).toArray(),
      dependencies: await d.dependencies.where('cycleId').equals(id).toArray(),
      wizardDrafts: await d.wizardDrafts.where('cycleId').equals(id).toArray(),
      ...workshopKit,
    };
    await d.cycles.delete(id);
    for (const table of [...quarterTables(d), d.wizardDrafts]) {
      await table.where('cycleId').equals(id).delete();
    }
    await deleteWorkshopRows(d, workshopKit);
    return { label: `Quarter ${cycle.label}`, went: planParts(rows), rows };
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

/** Objectives one quarter's objectives can align to, with their owner. */
export type ParentGroup = { owner: Owner; objectives: Objective[] };

/**
 * What a quarter's objectives can align to: the objectives of every owner at a higher level
 * (the organisation above a group, both above a team) in its quarter with the same label,
 * grouped by owner, highest level first, each owner's in its own order.
 */
export async function listParentGroups(cycle: Cycle): Promise<ParentGroup[]> {
  const d = db();
  return d.transaction('r', d.teams, d.levels, d.cycles, d.objectives, async () => {
    const owners = ownersOf(await d.teams.toArray(), await d.levels.toArray());
    const self = owners.find((o) => o.id === cycle.teamId);
    const above = owners.filter((o) => self && isAbove(o.kind, self.kind));
    if (above.length === 0) return [];
    const cycles = await d.cycles
      .where('[teamId+label]')
      .anyOf(above.map((o) => [o.id, cycle.label]))
      .toArray();
    const objectives = await d.objectives
      .where('cycleId')
      .anyOf(cycles.map((c) => c.id))
      .toArray();
    return above
      .map((owner) => ({
        owner,
        objectives: objectives
          .filter((o) => o.teamId === owner.id)
          .sort((a, b) => a.order - b.order),
      }))
      .filter((g) => g.objectives.length > 0);
  });
}

/** {@link listParentGroups} as one list: what the coach's `unaligned` rule offers. */
export async function listParentCandidates(cycle: Cycle): Promise<Objective[]> {
  return (await listParentGroups(cycle)).flatMap((g) => g.objectives);
}
