import { teamInputSchema, teamSchema, type Team, type TeamInput } from '@shared/domain';
import { assertExpectedVersion, nextVersion, type ExpectedVersion } from '@shared/domain/revisions';
import { type DeletionSnapshot, db, newId, nowIso, planParts, quarterTables } from './common';
import { deleteWorkshopRows, quarterWorkshopRows, workshopTablesOf } from './workshops';

/** All teams, by name. */
export function listTeams(): Promise<Team[]> {
  return db().teams.orderBy('name').toArray();
}

export async function createTeam(input: TeamInput): Promise<Team> {
  const at = nowIso();
  const team = teamSchema.parse({
    ...teamInputSchema.parse(input),
    id: newId(),
    createdAt: at,
    updatedAt: at,
  });
  await db().teams.add(team);
  return team;
}

/**
 * Saves a team's name and function. With `expected` (the version the form was opened on), a team
 * changed since then is not overwritten: a `RevisionConflictError` carries the team as it is now.
 */
export async function updateTeam(
  id: string,
  input: TeamInput,
  expected?: ExpectedVersion,
): Promise<Team> {
  const d = db();
  return d.transaction('rw', d.teams, async () => {
    const existing = await d.teams.get(id);
    if (!existing) throw new Error('That team no longer exists.');
    assertExpectedVersion('team', existing, expected);
    const team = teamSchema.parse({
      ...existing,
      ...teamInputSchema.parse(input),
      ...nextVersion(existing, nowIso()),
    });
    await d.teams.put(team);
    return team;
  });
}

/**
 * Deletes a team with all its quarters and everything in them, its level, and its place as the
 * group of other teams; returns what Undo needs.
 */
export async function deleteTeam(id: string): Promise<DeletionSnapshot> {
  const d = db();
  return d.transaction(
    'rw',
    [d.teams, d.levels, d.cycles, ...quarterTables(d), d.wizardDrafts, ...workshopTablesOf(d)],
    async () => {
      const team = await d.teams.get(id);
      if (!team) throw new Error('That team no longer exists.');
      // A group's teams stay, outside any group; Undo puts them back in it.
      const levels = [
        ...(await d.levels.where('teamId').equals(id).toArray()),
        ...(await d.levels.where('groupId').equals(id).toArray()),
      ];
      await d.levels.bulkDelete(levels.filter((l) => l.teamId === id).map((l) => l.id));
      await d.levels.bulkPut(
        levels.filter((l) => l.teamId !== id).map((l) => ({ ...l, groupId: null })),
      );
      const cycles = await d.cycles.where('teamId').equals(id).toArray();
      const cycleIds = cycles.map((c) => c.id);
      const workshopKit = await quarterWorkshopRows(d, cycleIds);
      const rows = {
        teams: [team],
        levels,
        cycles,
        objectives: await d.objectives.where('cycleId').anyOf(cycleIds).toArray(),
        keyResults: await d.keyResults.where('cycleId').anyOf(cycleIds).toArray(),
        checkIns: await d.checkIns.where('cycleId').anyOf(cycleIds).toArray(),
        keyResultRetros: await d.keyResultRetros.where('cycleId').anyOf(cycleIds).toArray(),
        cycleRetros: await d.cycleRetros.where('cycleId').anyOf(cycleIds).toArray(),
        dependencies: await d.dependencies.where('cycleId').anyOf(cycleIds).toArray(),
        wizardDrafts: await d.wizardDrafts.where('cycleId').anyOf(cycleIds).toArray(),
        ...workshopKit,
      };
      await Promise.all([
        d.teams.delete(id),
        d.cycles.bulkDelete(cycleIds),
        d.objectives.bulkDelete(rows.objectives.map((r) => r.id)),
        d.keyResults.bulkDelete(rows.keyResults.map((r) => r.id)),
        d.checkIns.bulkDelete(rows.checkIns.map((r) => r.id)),
        d.keyResultRetros.bulkDelete(rows.keyResultRetros.map((r) => r.id)),
        d.cycleRetros.bulkDelete(rows.cycleRetros.map((r) => r.id)),
        d.dependencies.bulkDelete(rows.dependencies.map((r) => r.id)),
        d.wizardDrafts.bulkDelete(rows.wizardDrafts.map((r) => r.id)),
        deleteWorkshopRows(d, workshopKit),
      ]);
      return {
        label: `Team “${team.name}”`,
        went: [{ count: cycles.length, singular: 'quarter' }, ...planParts(rows)],
        rows,
      };
    },
  );
}
