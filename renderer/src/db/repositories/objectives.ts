import {
  objectiveInputSchema,
  objectiveSchema,
  type Objective,
  type ObjectiveInput,
} from '@shared/domain';
import { assertExpectedVersion, nextVersion, type ExpectedVersion } from '@shared/domain/revisions';
import { type DeletionSnapshot, db, newId, nowIso, renumbered, swapOrder } from './common';
import { assertParentAllowed } from './levels';

/** A quarter's objectives in the team's chosen order. */
export async function listObjectives(cycleId: string): Promise<Objective[]> {
  const rows = await db().objectives.where('cycleId').equals(cycleId).toArray();
  return rows.sort((a, b) => a.order - b.order);
}

/** Adds an objective at the end of its quarter's list. */
export async function createObjective(cycleId: string, input: ObjectiveInput): Promise<Objective> {
  const d = db();
  const parsed = objectiveInputSchema.parse(input);
  return d.transaction('rw', [d.teams, d.levels, d.cycles, d.objectives], async () => {
    const cycle = await d.cycles.get(cycleId);
    if (!cycle) throw new Error('That quarter no longer exists.');
    await assertParentAllowed(cycle, null, parsed.parentObjectiveId);
    const siblings = await d.objectives.where('cycleId').equals(cycleId).toArray();
    const at = nowIso();
    const objective = objectiveSchema.parse({
      ...parsed,
      id: newId(),
      cycleId,
      teamId: cycle.teamId,
      order: siblings.reduce((max, o) => Math.max(max, o.order + 1), 0),
      acknowledgements: [],
      createdAt: at,
      updatedAt: at,
    });
    await d.objectives.add(objective);
    return objective;
  });
}

/**
 * Saves an objective's fields. With `expected` (the version the form was opened on), an objective
 * changed since then is not overwritten: a `RevisionConflictError` carries it as it is now.
 */
export async function updateObjective(
  id: string,
  input: ObjectiveInput,
  expected?: ExpectedVersion,
): Promise<Objective> {
  const d = db();
  const parsed = objectiveInputSchema.parse(input);
  return d.transaction('rw', [d.teams, d.levels, d.cycles, d.objectives], async () => {
    const existing = await d.objectives.get(id);
    if (!existing) throw new Error('That objective no longer exists.');
    assertExpectedVersion('objective', existing, expected);
    const cycle = await d.cycles.get(existing.cycleId);
    if (cycle && parsed.parentObjectiveId !== existing.parentObjectiveId) {
      await assertParentAllowed(cycle, id, parsed.parentObjectiveId);
    }
    const objective = objectiveSchema.parse({
      ...existing,
      ...parsed,
      ...nextVersion(existing, nowIso()),
    });
    await d.objectives.put(objective);
    return objective;
  });
}

/** Moves an objective one place up (-1) or down (+1); a no-op at either end. */
export async function moveObjective(id: string, delta: -1 | 1): Promise<void> {
  const d = db();
  await d.transaction('rw', d.objectives, async () => {
    const self = await d.objectives.get(id);
    if (!self) throw new Error('That objective no longer exists.');
    const siblings = (await d.objectives.where('cycleId').equals(self.cycleId).toArray()).sort(
      (a, b) => a.order - b.order,
    );
    // Renumber first so gaps or duplicate orders from older data cannot stall a move.
    const before = siblings.map((o) => o.order);
    siblings.forEach((o, i) => (o.order = i));
    const pair = swapOrder(siblings, id, delta);
    if (pair) [pair[0].order, pair[1].order] = [pair[1].order, pair[0].order];
    await d.objectives.bulkPut(renumbered(siblings, before));
  });
}

/** Deletes an objective and everything under it; returns what Undo needs. */
export async function deleteObjective(id: string): Promise<DeletionSnapshot> {
  const d = db();
  return d.transaction(
    'rw',
    [d.objectives, d.keyResults, d.checkIns, d.keyResultRetros, d.dependencies],
    async () => {
      const objective = await d.objectives.get(id);
      if (!objective) throw new Error('That objective no longer exists.');
      const keyResults = await d.keyResults.where('objectiveId').equals(id).toArray();
      const krIds = keyResults.map((k) => k.id);
      const checkIns = await d.checkIns.where('keyResultId').anyOf(krIds).toArray();
      const keyResultRetros = await d.keyResultRetros.where('keyResultId').anyOf(krIds).toArray();
      const owned = await d.dependencies.where('objectiveId').equals(id).toArray();
      // One filed only against a KR here outlives it, detached, as deleteKeyResult does.
      const onKeyResults = (
        await d.dependencies.where('keyResultId').anyOf(krIds).toArray()
      ).filter((dep) => dep.objectiveId !== id);
      const dependencies = [...owned, ...onKeyResults];
      await d.objectives.delete(id);
      await d.keyResults.bulkDelete(krIds);
      await d.checkIns.bulkDelete(checkIns.map((c) => c.id));
      await d.keyResultRetros.bulkDelete(keyResultRetros.map((r) => r.id));
      await d.dependencies.bulkDelete(owned.map((r) => r.id));
      await d.dependencies.bulkPut(
        onKeyResults.map((dep) => ({ ...dep, keyResultId: null, ...nextVersion(dep, nowIso()) })),
      );
      return {
        label: `Objective “${objective.title}”`,
        went: [
          { count: keyResults.length, singular: 'key result' },
          { count: checkIns.length, singular: 'check-in' },
          { count: owned.length, singular: 'dependency', plural: 'dependencies' },
        ],
        rows: { objectives: [objective], keyResults, checkIns, keyResultRetros, dependencies },
      };
    },
  );
}
