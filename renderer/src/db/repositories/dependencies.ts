import {
  dependencyInputSchema,
  dependencySchema,
  type Dependency,
  type DependencyInput,
} from '@shared/domain';
import { assertExpectedVersion, nextVersion, type ExpectedVersion } from '@shared/domain/revisions';
import { type DeletionSnapshot, db, newId, nowIso } from './common';
import { compareDayText } from '@shared/domain/calendar/days';

/** A quarter's dependencies on other teams, soonest needed first (undated last). */
export async function listDependencies(cycleId: string): Promise<Dependency[]> {
  const rows = await db().dependencies.where('cycleId').equals(cycleId).toArray();
  return rows.sort(
    (a, b) =>
      compareDayText(a.byDate ?? '9999', b.byDate ?? '9999') ||
      compareDayText(a.createdAt, b.createdAt),
  );
}

/**
 * The input with the other team's name as the workspace knows it, when it names one of its teams;
 * a team outside the workspace keeps the name typed. A team does not depend on itself.
 */
async function withTeamName(input: DependencyInput, ownTeamId: string): Promise<DependencyInput> {
  const teamId = input.teamId ?? null;
  if (teamId === null) return { ...input, teamId: null };
  if (teamId === ownTeamId) throw new Error('A team does not depend on itself.');
  const team = await db().teams.get(teamId);
  if (!team) throw new Error('That team no longer exists.');
  return { ...input, teamId, team: team.name };
}

export async function createDependency(
  cycleId: string,
  input: DependencyInput,
): Promise<Dependency> {
  const d = db();
  const parsed = dependencyInputSchema.parse(input);
  return d.transaction('rw', d.teams, d.cycles, d.dependencies, async () => {
    const cycle = await d.cycles.get(cycleId);
    if (!cycle) throw new Error('That quarter no longer exists.');
    const at = nowIso();
    const dependency = dependencySchema.parse({
      ...(await withTeamName(parsed, cycle.teamId)),
      id: newId(),
      cycleId,
      keyResultId: null,
      createdAt: at,
      updatedAt: at,
    });
    await d.dependencies.add(dependency);
    return dependency;
  });
}

/**
 * Saves a dependency's fields. With `expected` (the version it was read at), a dependency changed
 * since then is not overwritten: a `RevisionConflictError` carries it as it is now.
 */
export async function updateDependency(
  id: string,
  input: DependencyInput,
  expected?: ExpectedVersion,
): Promise<Dependency> {
  const d = db();
  const parsed = dependencyInputSchema.parse(input);
  return d.transaction('rw', d.teams, d.cycles, d.dependencies, async () => {
    const existing = await d.dependencies.get(id);
    if (!existing) throw new Error('That dependency no longer exists.');
    assertExpectedVersion('dependency', existing, expected);
    const cycle = await d.cycles.get(existing.cycleId);
    const named = await withTeamName(parsed, cycle?.teamId ?? '');
    const dependency = dependencySchema.parse({
      ...existing,
      ...named,
      ...nextVersion(existing, nowIso()),
    });
    await d.dependencies.put(dependency);
    return dependency;
  });
}

export async function deleteDependency(id: string): Promise<DeletionSnapshot> {
  const d = db();
  return d.transaction('rw', d.dependencies, async () => {
    const dependency = await d.dependencies.get(id);
    if (!dependency) throw new Error('That dependency no longer exists.');
    await d.dependencies.delete(id);
    return { label: `Dependency on ${dependency.team}`, rows: { dependencies: [dependency] } };
  });
}
