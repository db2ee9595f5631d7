import {
  dependencyInputSchema,
  dependencySchema,
  type Dependency,
  type DependencyInput,
} from '@shared/domain';
import { assertExpectedVersion, nextVersion, type ExpectedVersion } from '@shared/domain/revisions';
import { type DeletionSnapshot, db, newId, nowIso } from './common';

/** A quarter's dependencies on other teams, soonest needed first (undated last). */
export async function listDependencies(cycleId: string): Promise<Dependency[]> {
  const rows = await db().dependencies.where('cycleId').equals(cycleId).toArray();
  return rows.sort(
    (a, b) =>
      (a.byDate ?? '9999').localeCompare(b.byDate ?? '9999') ||
      a.createdAt.localeCompare(b.createdAt),
  );
}

export async function createDependency(
  cycleId: string,
  input: DependencyInput,
): Promise<Dependency> {
  const d = db();
  const parsed = dependencyInputSchema.parse(input);
  return d.transaction('rw', d.cycles, d.dependencies, async () => {
    if (!(await d.cycles.get(cycleId))) throw new Error('That quarter no longer exists.');
    const at = nowIso();
    const dependency = dependencySchema.parse({
      ...parsed,
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
  return d.transaction('rw', d.dependencies, async () => {
    const existing = await d.dependencies.get(id);
    if (!existing) throw new Error('That dependency no longer exists.');
    assertExpectedVersion('dependency', existing, expected);
    const dependency = dependencySchema.parse({
      ...existing,
      ...parsed,
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
