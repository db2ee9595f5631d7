import {
  levelOwnerInputSchema,
  levelSchema,
  placementInputSchema,
  teamSchema,
  type Level,
  type LevelOwnerInput,
  type Cycle,
  type Objective,
  type PlacementInput,
  type Team,
} from '@shared/domain';
import { alignmentProblem, isAbove, ownersOf, type Owner } from '@shared/domain/alignment/levels';
import type { LevelKind } from '@shared/domain';
import { nextVersion } from '@shared/domain/revisions';
import { type DeletionSnapshot, db, newId, nowIso } from './common';

/** Every level row. */
export function listLevels(): Promise<Level[]> {
  return db().levels.toArray();
}

/** Every owner of objectives with its level, highest first, then by name. */
export async function listOwners(): Promise<Owner[]> {
  const d = db();
  return d.transaction('r', d.teams, d.levels, async () =>
    ownersOf(await d.teams.toArray(), await d.levels.toArray()),
  );
}

/**
 * Sets up an owner above the teams, the organisation or a group of teams: a new owner with its
 * name, which holds its own quarters and objectives as a team does.
 */
export async function createLevelOwner(input: LevelOwnerInput): Promise<Team> {
  const d = db();
  const parsed = levelOwnerInputSchema.parse(input);
  return d.transaction('rw', d.teams, d.levels, async () => {
    const at = nowIso();
    const team = teamSchema.parse({
      id: newId(),
      name: parsed.name,
      function: parsed.function,
      createdAt: at,
      updatedAt: at,
    });
    await d.teams.add(team);
    await d.levels.add(
      levelSchema.parse({
        id: team.id,
        teamId: team.id,
        kind: parsed.kind,
        groupId: null,
        createdAt: at,
        updatedAt: at,
      }),
    );
    return team;
  });
}

/** What a change of placement would do, for the confirmation a person reads first. */
export type PlacementEffect = {
  /** Alignments that would no longer point up a level: to or from this owner's objectives. */
  detached: Objective[];
  /** Teams that would leave this owner, when it stops being a group. */
  released: string[];
};

function placementEffect(
  owner: string,
  kind: LevelKind,
  kinds: Map<string, LevelKind>,
  objectives: Objective[],
  levels: Level[],
): PlacementEffect {
  const kindOf = (teamId: string): LevelKind =>
    teamId === owner ? kind : (kinds.get(teamId) ?? 'team');
  const byId = new Map(objectives.map((o) => [o.id, o] as const));
  const detached = objectives.filter((child) => {
    const parent = child.parentObjectiveId ? byId.get(child.parentObjectiveId) : undefined;
    if (!parent || (child.teamId !== owner && parent.teamId !== owner)) return false;
    return !isAbove(kindOf(parent.teamId), kindOf(child.teamId));
  });
  const released =
    kind === 'group' ? [] : levels.filter((l) => l.groupId === owner).map((l) => l.teamId);
  return { detached, released };
}

/** The objectives that touch an owner: its own, and those aligned to them. */
async function objectivesAround(teamId: string): Promise<Objective[]> {
  const d = db();
  const own = await d.objectives.where('teamId').equals(teamId).toArray();
  const aligned = await d.objectives
    .where('parentObjectiveId')
    .anyOf(own.map((o) => o.id))
    .toArray();
  const parents = await d.objectives.bulkGet(own.flatMap((o) => o.parentObjectiveId ?? []));
  const all = new Map<string, Objective>();
  for (const o of [...own, ...aligned, ...parents]) if (o) all.set(o.id, o);
  return [...all.values()];
}

/** What placing `teamId` at `input` would detach and release, without changing anything. */
export async function previewPlacement(
  teamId: string,
  input: PlacementInput,
): Promise<PlacementEffect> {
  const d = db();
  const parsed = placementInputSchema.parse(input);
  return d.transaction('r', d.levels, d.objectives, async () => {
    const levels = await d.levels.toArray();
    const kinds = new Map(levels.map((l) => [l.teamId, l.kind] as const));
    return placementEffect(teamId, parsed.kind, kinds, await objectivesAround(teamId), levels);
  });
}

/**
 * Places an owner: at a level (a team that has held company objectives becomes the
 * organisation) and, for a team, in a group or none. Alignments that would no longer point up a
 * level are detached and a group's teams are released when it stops being a group, in the same
 * transaction. Returns what Undo needs.
 */
export async function placeOwner(teamId: string, input: PlacementInput): Promise<DeletionSnapshot> {
  const d = db();
  const parsed = placementInputSchema.parse(input);
  return d.transaction('rw', d.teams, d.levels, d.objectives, async () => {
    const team = await d.teams.get(teamId);
    if (!team) throw new Error('That team no longer exists.');
    const groupId = parsed.kind === 'team' ? parsed.groupId : null;
    if (groupId !== null) {
      const group = await d.levels.where('teamId').equals(groupId).first();
      if (groupId === teamId || group?.kind !== 'group') {
        throw new Error('A team can only join a group of this workspace.');
      }
    }
    const levels = await d.levels.toArray();
    const kinds = new Map(levels.map((l) => [l.teamId, l.kind] as const));
    const effect = placementEffect(
      teamId,
      parsed.kind,
      kinds,
      await objectivesAround(teamId),
      levels,
    );
    const at = nowIso();
    const existing = levels.find((l) => l.teamId === teamId);
    const before: Level = existing ?? {
      id: teamId,
      teamId,
      kind: 'team',
      groupId: null,
      createdAt: at,
      updatedAt: at,
    };
    const members = levels.filter((l) => effect.released.includes(l.teamId));
    await d.levels.put(levelSchema.parse({ ...before, kind: parsed.kind, groupId, updatedAt: at }));
    await d.levels.bulkPut(members.map((l) => ({ ...l, groupId: null, updatedAt: at })));
    await d.objectives.bulkPut(
      effect.detached.map((o) => ({ ...o, parentObjectiveId: null, ...nextVersion(o, at) })),
    );
    return {
      label: `The placement of “${team.name}”`,
      rows: { levels: [before, ...members], objectives: effect.detached },
    };
  });
}

/**
 * Throws, with the reason in a sentence, when an objective of `cycle` may not align to
 * `parentObjectiveId`: the parent must be in a quarter with the same label and belong to an
 * owner at a higher level. A parent that no longer exists is let through (the link is soft). Call
 * inside a transaction over teams, levels, cycles and objectives.
 */
export async function assertParentAllowed(
  cycle: Pick<Cycle, 'teamId' | 'label'>,
  objectiveId: string | null,
  parentObjectiveId: string | null,
): Promise<void> {
  if (parentObjectiveId === null) return;
  const d = db();
  const parent = await d.objectives.get(parentObjectiveId);
  if (!parent) return;
  const parentCycle = await d.cycles.get(parent.cycleId);
  const owners = ownersOf(
    await d.teams.bulkGet([cycle.teamId, parent.teamId]).then((t) => t.flatMap((x) => x ?? [])),
    await d.levels.where('teamId').anyOf([cycle.teamId, parent.teamId]).toArray(),
  );
  const ownerOf = (id: string) => owners.find((o) => o.id === id);
  const place = (id: string, title: string, teamId: string, label: string) => ({
    id,
    title,
    ownerKind: ownerOf(teamId)?.kind ?? 'team',
    ownerName: ownerOf(teamId)?.name ?? 'a team that no longer exists',
    label,
  });
  const problem = alignmentProblem(
    place(objectiveId ?? '', 'This objective', cycle.teamId, cycle.label),
    place(parent.id, parent.title, parent.teamId, parentCycle?.label ?? ''),
  );
  if (problem) throw new Error(problem);
}
